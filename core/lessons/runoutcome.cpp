#include "lessons/runoutcome.h"

#include "trace/trace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace awaitscope {

namespace {

double numberOrNaN(const QJsonValue &value)
{
    return value.isDouble() ? value.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

const RunOutcome::Task *RunOutcome::task(const QString &name) const
{
    for (const Task &t : tasks) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList RunOutcome::splitLines(const QString &output)
{
    QStringList lines = output.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the newline that ends the last line
    return lines;
}

bool RunOutcome::loadRecorded(const QString &programPath, RunOutcome *outcome, QString *error)
{
    const QFileInfo info(programPath);
    const QString stem = info.dir().filePath(info.completeBaseName());
    QFile out(stem + QStringLiteral(".out"));
    if (!out.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("RunOutcome", "no recorded output %1").arg(out.fileName());
        return false;
    }
    QFile json(stem + QStringLiteral(".outcome.json"));
    if (!json.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("RunOutcome", "no recorded outcome %1").arg(json.fileName());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("RunOutcome", "%1: not a JSON object (%2)")
                     .arg(json.fileName(), parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    RunOutcome result;
    result.stdoutLines = splitLines(QString::fromUtf8(out.readAll()));
    result.totalTime = numberOrNaN(root.value(QStringLiteral("total_time")));
    result.exitStatus = root.value(QStringLiteral("exit_status")).toInt();
    const QJsonArray tasks = root.value(QStringLiteral("tasks")).toArray();
    for (const QJsonValue &v : tasks) {
        const QJsonObject o = v.toObject();
        Task t;
        t.name = o.value(QStringLiteral("name")).toString();
        t.state = o.value(QStringLiteral("state")).toString();
        t.createdAt = numberOrNaN(o.value(QStringLiteral("created_at")));
        t.endedAt = numberOrNaN(o.value(QStringLiteral("ended_at")));
        result.tasks.append(t);
    }
    *outcome = result;
    return true;
}

RunOutcome RunOutcome::fromTrace(const Trace &trace)
{
    RunOutcome result;
    result.totalTime = trace.endTime;
    result.exitStatus = trace.exitStatus;
    QHash<int, qsizetype> index; // trace task id -> position in result.tasks
    QList<int> runTasks;
    for (const TraceTask &t : trace.tasks()) {
        if (t.origin == QStringLiteral("run")) {
            runTasks.append(t.id); // asyncio.run's main task is not one the program created
            continue;
        }
        index.insert(t.id, result.tasks.size());
        Task task;
        task.name = t.name;
        task.state = QStringLiteral("pending");
        result.tasks.append(task);
    }
    QString output;
    bool mainEnded = false; // what asyncio.run cancels after main returns still counts as pending
    for (const TraceEvent &e : trace.events()) {
        if (e.kind == TraceEvent::Kind::Output) {
            output += e.text;
            continue;
        }
        const bool ends = e.kind == TraceEvent::Kind::TaskFinished ||
                          e.kind == TraceEvent::Kind::TaskFailed || e.kind == TraceEvent::Kind::TaskCancelled;
        if (ends && runTasks.contains(e.task))
            mainEnded = true;
        if (mainEnded)
            continue;
        const auto it = index.constFind(e.task);
        if (it == index.constEnd())
            continue;
        Task &task = result.tasks[*it];
        switch (e.kind) {
        case TraceEvent::Kind::TaskCreated:
            task.createdAt = e.time;
            break;
        case TraceEvent::Kind::TaskFinished:
        case TraceEvent::Kind::TaskFailed:
        case TraceEvent::Kind::TaskCancelled:
            if (task.state == QStringLiteral("pending")) {
                task.endedAt = e.time;
                task.state = e.kind == TraceEvent::Kind::TaskFinished ? QStringLiteral("finished")
                             : e.kind == TraceEvent::Kind::TaskFailed ? QStringLiteral("failed")
                                                                      : QStringLiteral("cancelled");
            }
            break;
        default:
            break;
        }
    }
    result.stdoutLines = splitLines(output);
    return result;
}

} // namespace awaitscope
