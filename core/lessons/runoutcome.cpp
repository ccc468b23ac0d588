#include "lessons/runoutcome.h"
#include "io/userfile.h"

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
    const QString outPath = stem + QStringLiteral(".out");
    const QString jsonPath = stem + QStringLiteral(".outcome.json");
    QString readError;
    const std::optional<QByteArray> out = readRegularFile(outPath, FileReadLimits::Document, &readError);
    if (!out) {
        *error = QFileInfo::exists(outPath)
                     ? readError
                     : QCoreApplication::translate("RunOutcome", "no recorded output %1").arg(outPath);
        return false;
    }
    const std::optional<QByteArray> json = readRegularFile(jsonPath, FileReadLimits::Document, &readError);
    if (!json) {
        *error = QFileInfo::exists(jsonPath)
                     ? readError
                     : QCoreApplication::translate("RunOutcome", "no recorded outcome %1").arg(jsonPath);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*json, &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("RunOutcome", "%1: not a JSON object (%2)")
                     .arg(jsonPath, parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    RunOutcome result;
    result.stdoutLines = splitLines(QString::fromUtf8(*out));
    // NAME.err, when the program fails on purpose: its last line says why.
    const QStringList errLines = splitLines(
        QString::fromUtf8(readRegularFile(stem + QStringLiteral(".err"), FileReadLimits::Document, nullptr)
                              .value_or(QByteArray())));
    if (!errLines.isEmpty())
        result.errorText = errLines.last().trimmed();
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
