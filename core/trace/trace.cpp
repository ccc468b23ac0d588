#include "trace/trace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>

namespace awaitscope {

namespace {

struct KindName
{
    TraceEvent::Kind kind;
    const char *name;
};

constexpr std::array kKindNames{
    KindName{TraceEvent::Kind::TaskCreated, "task-created"},
    KindName{TraceEvent::Kind::StepStarted, "step"},
    KindName{TraceEvent::Kind::Suspended, "suspended"},
    KindName{TraceEvent::Kind::TaskFinished, "task-finished"},
    KindName{TraceEvent::Kind::TaskFailed, "task-failed"},
    KindName{TraceEvent::Kind::TaskCancelled, "task-cancelled"},
    KindName{TraceEvent::Kind::CancelRequested, "cancel-requested"},
    KindName{TraceEvent::Kind::Woken, "woken"},
    KindName{TraceEvent::Kind::CombinatorEntered, "combinator-entered"},
    KindName{TraceEvent::Kind::CombinatorReturned, "combinator-returned"},
    KindName{TraceEvent::Kind::CombinatorYielded, "combinator-yielded"},
    KindName{TraceEvent::Kind::TimerScheduled, "timer-scheduled"},
    KindName{TraceEvent::Kind::TimerFired, "timer-fired"},
    KindName{TraceEvent::Kind::LoopPass, "loop-pass"},
    KindName{TraceEvent::Kind::Output, "output"},
    KindName{TraceEvent::Kind::Input, "input"},
    KindName{TraceEvent::Kind::Http, "http"},
    KindName{TraceEvent::Kind::Note, "note"},
};

struct WaitName
{
    TraceEvent::WaitKind kind;
    const char *name;
};

constexpr std::array kWaitNames{
    WaitName{TraceEvent::WaitKind::None, "none"},   WaitName{TraceEvent::WaitKind::Yield, "yield"},
    WaitName{TraceEvent::WaitKind::Timer, "timer"}, WaitName{TraceEvent::WaitKind::Future, "future"},
    WaitName{TraceEvent::WaitKind::Task, "task"},   WaitName{TraceEvent::WaitKind::Combinator, "combinator"},
    WaitName{TraceEvent::WaitKind::Io, "io"},       WaitName{TraceEvent::WaitKind::Blocking, "blocking"},
};

QString key(const char *s)
{
    return QString::fromLatin1(s);
}

} // namespace

Trace::Piece Trace::piece(const Trace &from, size_t fromEvent)
{
    Piece p;
    const auto &events = from.events();
    if (fromEvent < events.size())
        p.events.assign(events.begin() + qsizetype(fromEvent), events.end());
    p.tasks = from.tasks();
    return p;
}

void Trace::Piece::append(Piece &&later)
{
    if (events.empty())
        events = std::move(later.events);
    else
        std::move(later.events.begin(), later.events.end(), std::back_inserter(events));
    tasks = std::move(later.tasks);
}

void Trace::appendPiece(Piece piece)
{
    for (TraceTask &t : piece.tasks) {
        if (TraceTask *known = task(t.id))
            *known = std::move(t);
        else
            addTask(t);
    }
    m_events.reserve(m_events.size() + piece.events.size());
    for (TraceEvent &e : piece.events)
        m_events.push_back(std::move(e)); // already numbered by the trace they come from
}

QString traceKindName(TraceEvent::Kind kind)
{
    for (const auto &k : kKindNames)
        if (k.kind == kind)
            return key(k.name);
    return QStringLiteral("note");
}

bool traceKindFromName(const QString &name, TraceEvent::Kind *kind)
{
    for (const auto &k : kKindNames) {
        if (name == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QString waitKindName(TraceEvent::WaitKind kind)
{
    for (const auto &k : kWaitNames)
        if (k.kind == kind)
            return key(k.name);
    return QStringLiteral("none");
}

bool waitKindFromName(const QString &name, TraceEvent::WaitKind *kind)
{
    for (const auto &k : kWaitNames) {
        if (name == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

void Trace::clear()
{
    m_events.clear();
    m_tasks.clear();
    m_denseTaskIndex.clear();
    m_taskIndex.clear();
    endTime = 0.0;
    exitStatus = 0;
    errorOutput.clear();
}

void Trace::addTask(const TraceTask &task)
{
    const int index = int(m_tasks.size());
    // A run numbers tasks, futures and timers from one counter, so its task ids stay below a few times the
    // number of tasks; the vector grows to twice the largest such id. An id far beyond (a file's) is hashed.
    const size_t limit = 4 * m_tasks.size() + 4096;
    if (task.id >= 0 && size_t(task.id) < limit) {
        if (size_t(task.id) >= m_denseTaskIndex.size())
            m_denseTaskIndex.resize(std::min(limit, 2 * size_t(task.id) + 1), -1);
        m_denseTaskIndex[size_t(task.id)] = index;
        m_taskIndex.remove(task.id); // a task listed again with the same id (a file's): the later one counts
    } else {
        if (task.id >= 0 && size_t(task.id) < m_denseTaskIndex.size())
            m_denseTaskIndex[size_t(task.id)] = -1;
        m_taskIndex.insert(task.id, index);
    }
    m_tasks.push_back(task);
}

int Trace::taskIndex(int id) const
{
    if (id >= 0 && size_t(id) < m_denseTaskIndex.size() && m_denseTaskIndex[size_t(id)] >= 0)
        return m_denseTaskIndex[size_t(id)];
    return m_taskIndex.value(id, -1);
}

TraceTask *Trace::task(int id)
{
    const int i = taskIndex(id);
    return i < 0 ? nullptr : &m_tasks[size_t(i)];
}

const TraceTask *Trace::task(int id) const
{
    const int i = taskIndex(id);
    return i < 0 ? nullptr : &m_tasks[size_t(i)];
}

TraceEvent &Trace::append(TraceEvent event)
{
    event.seq = m_events.size();
    // Time never goes backwards in a trace (the reader rejects it): a fact recorded after the loop ended, on
    // a clock that does not count the loop's real seconds, happens at the last moment known.
    if (!m_events.empty() && event.time < m_events.back().time)
        event.time = m_events.back().time;
    m_events.push_back(std::move(event));
    return m_events.back();
}

QString Trace::outputUntil(std::uint64_t seq) const
{
    QString out;
    for (const TraceEvent &e : m_events) {
        if (e.seq > seq)
            break;
        if (e.kind == TraceEvent::Kind::Output)
            out += e.text;
    }
    return out;
}

QByteArray Trace::toJson() const
{
    QJsonObject root;
    root[QStringLiteral("format")] = QStringLiteral("awaitscope-trace");
    root[QStringLiteral("version")] = FormatVersion;
    root[QStringLiteral("program")] = program;
    root[QStringLiteral("clock")] = clock;
    root[QStringLiteral("source")] = source;
    if (!recordedBy.isEmpty())
        root[QStringLiteral("recordedBy")] = recordedBy;
    root[QStringLiteral("endTime")] = endTime;
    root[QStringLiteral("exitStatus")] = exitStatus;
    if (!errorOutput.isEmpty())
        root[QStringLiteral("errorOutput")] = errorOutput;

    QJsonArray tasks;
    for (const TraceTask &t : m_tasks) {
        QJsonObject o;
        o[QStringLiteral("id")] = t.id;
        o[QStringLiteral("name")] = t.name;
        o[QStringLiteral("parent")] = t.parent;
        o[QStringLiteral("line")] = t.createdLine;
        o[QStringLiteral("coroutine")] = t.coroutine;
        o[QStringLiteral("origin")] = t.origin;
        tasks.append(o);
    }
    root[QStringLiteral("tasks")] = tasks;

    QJsonArray events;
    for (const TraceEvent &e : m_events) {
        QJsonObject o;
        o[QStringLiteral("t")] = e.time;
        o[QStringLiteral("kind")] = traceKindName(e.kind);
        if (e.waitKind != TraceEvent::WaitKind::None)
            o[QStringLiteral("wait")] = waitKindName(e.waitKind);
        if (e.task >= 0)
            o[QStringLiteral("task")] = e.task;
        if (e.other >= 0)
            o[QStringLiteral("other")] = e.other;
        if (e.line > 0)
            o[QStringLiteral("line")] = e.line;
        if (!e.text.isEmpty())
            o[QStringLiteral("text")] = e.text;
        if (!e.data.isEmpty())
            o[QStringLiteral("data")] = e.data;
        events.append(o);
    }
    root[QStringLiteral("events")] = events;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool Trace::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(QStringLiteral("not valid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("awaitscope-trace"))
        return fail(
            QStringLiteral("not an Awaitscope trace (the \"format\" key must be \"awaitscope-trace\")"));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > FormatVersion)
        return fail(QStringLiteral("trace format version %1 is not supported (this build reads 1 to %2)")
                        .arg(version)
                        .arg(FormatVersion));

    Trace t;
    t.program = root.value(QStringLiteral("program")).toString();
    t.clock = root.value(QStringLiteral("clock")).toString(QStringLiteral("virtual"));
    t.source = root.value(QStringLiteral("source")).toString();
    t.recordedBy = root.value(QStringLiteral("recordedBy")).toString().left(200);
    t.endTime = root.value(QStringLiteral("endTime")).toDouble();
    t.exitStatus = root.value(QStringLiteral("exitStatus")).toInt();
    t.errorOutput = root.value(QStringLiteral("errorOutput")).toString().left(kMaxErrorOutput);

    const QJsonArray tasks = root.value(QStringLiteral("tasks")).toArray();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const QJsonObject o = tasks.at(i).toObject();
        if (!o.value(QStringLiteral("id")).isDouble())
            return fail(QStringLiteral("task %1 has no numeric \"id\"").arg(i));
        TraceTask task;
        task.id = o.value(QStringLiteral("id")).toInt();
        task.name = o.value(QStringLiteral("name")).toString();
        task.parent = o.value(QStringLiteral("parent")).toInt(-1);
        task.createdLine = o.value(QStringLiteral("line")).toInt();
        task.coroutine = o.value(QStringLiteral("coroutine")).toString();
        task.origin = o.value(QStringLiteral("origin")).toString();
        if (t.task(task.id))
            return fail(QStringLiteral("task id %1 appears twice").arg(task.id));
        t.addTask(task);
    }

    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    double previousTime = -std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject o = events.at(i).toObject();
        TraceEvent e;
        if (!traceKindFromName(o.value(QStringLiteral("kind")).toString(), &e.kind))
            return fail(QStringLiteral("event %1 has an unknown kind \"%2\"")
                            .arg(i)
                            .arg(o.value(QStringLiteral("kind")).toString()));
        if (o.contains(QStringLiteral("wait")) &&
            !waitKindFromName(o.value(QStringLiteral("wait")).toString(), &e.waitKind))
            return fail(QStringLiteral("event %1 has an unknown wait kind").arg(i));
        e.time = o.value(QStringLiteral("t")).toDouble();
        if (!(e.time >= previousTime))
            return fail(QStringLiteral("event %1 goes back in time (%2 s after %3 s)")
                            .arg(i)
                            .arg(e.time)
                            .arg(previousTime));
        previousTime = e.time;
        e.task = o.value(QStringLiteral("task")).toInt(-1);
        e.other = o.value(QStringLiteral("other")).toInt(-1);
        e.line = o.value(QStringLiteral("line")).toInt(0);
        e.text = o.value(QStringLiteral("text")).toString();
        e.data = o.value(QStringLiteral("data")).toObject();
        t.append(std::move(e));
    }
    *this = std::move(t);
    return true;
}

QByteArray Trace::toChromeTrace() const
{
    // One thread track per task; running spans as complete ("X") events, suspensions as their own spans, and
    // flow events ("s"/"f") from the waker to the woken task.
    QJsonArray out;
    auto us = [](double seconds) { return seconds * 1e6; };
    const int pid = 1;
    for (const TraceTask &t : m_tasks) {
        QJsonObject meta;
        meta[QStringLiteral("ph")] = QStringLiteral("M");
        meta[QStringLiteral("name")] = QStringLiteral("thread_name");
        meta[QStringLiteral("pid")] = pid;
        meta[QStringLiteral("tid")] = t.id;
        meta[QStringLiteral("args")] = QJsonObject{{QStringLiteral("name"), t.name}};
        out.append(meta);
    }
    QHash<int, double> runningSince, suspendedSince;
    QHash<int, QString> suspendedOn;
    int flowId = 0;
    auto span = [&](int tid, const QString &name, double from, double to, const QString &cat) {
        QJsonObject o;
        o[QStringLiteral("ph")] = QStringLiteral("X");
        o[QStringLiteral("name")] = name;
        o[QStringLiteral("cat")] = cat;
        o[QStringLiteral("pid")] = pid;
        o[QStringLiteral("tid")] = tid;
        o[QStringLiteral("ts")] = us(from);
        // A zero-length step still needs a visible sliver.
        o[QStringLiteral("dur")] = std::max(us(to - from), 0.001);
        out.append(o);
    };
    auto endSuspension = [&](int tid, double now) {
        if (suspendedSince.contains(tid))
            span(tid, QStringLiteral("await ") + suspendedOn.value(tid), suspendedSince.take(tid), now,
                 QStringLiteral("suspended"));
    };
    for (const TraceEvent &e : m_events) {
        switch (e.kind) {
        case TraceEvent::Kind::StepStarted:
            endSuspension(e.task, e.time);
            runningSince.insert(e.task, e.time);
            break;
        case TraceEvent::Kind::Suspended:
            if (runningSince.contains(e.task))
                span(e.task, QStringLiteral("step"), runningSince.take(e.task), e.time,
                     QStringLiteral("running"));
            suspendedSince.insert(e.task, e.time);
            suspendedOn.insert(e.task, e.text.isEmpty() ? waitKindName(e.waitKind) : e.text);
            break;
        case TraceEvent::Kind::TaskFinished:
        case TraceEvent::Kind::TaskFailed:
        case TraceEvent::Kind::TaskCancelled:
            endSuspension(e.task, e.time);
            if (runningSince.contains(e.task))
                span(e.task, QStringLiteral("step"), runningSince.take(e.task), e.time,
                     QStringLiteral("running"));
            {
                QJsonObject o;
                o[QStringLiteral("ph")] = QStringLiteral("i");
                o[QStringLiteral("s")] = QStringLiteral("t");
                o[QStringLiteral("name")] = traceKindName(e.kind);
                o[QStringLiteral("pid")] = pid;
                o[QStringLiteral("tid")] = e.task;
                o[QStringLiteral("ts")] = us(e.time);
                out.append(o);
            }
            break;
        case TraceEvent::Kind::Woken:
            if (e.other >= 0 && task(e.other)) {
                ++flowId;
                QJsonObject s;
                s[QStringLiteral("ph")] = QStringLiteral("s");
                s[QStringLiteral("id")] = flowId;
                s[QStringLiteral("name")] = QStringLiteral("wake");
                s[QStringLiteral("cat")] = QStringLiteral("wake");
                s[QStringLiteral("pid")] = pid;
                s[QStringLiteral("tid")] = e.other;
                s[QStringLiteral("ts")] = us(e.time);
                out.append(s);
                QJsonObject f = s;
                f[QStringLiteral("ph")] = QStringLiteral("f");
                f[QStringLiteral("bp")] = QStringLiteral("e");
                f[QStringLiteral("tid")] = e.task;
                out.append(f);
            }
            break;
        default:
            break;
        }
    }
    for (auto it = suspendedSince.cbegin(); it != suspendedSince.cend(); ++it)
        span(it.key(), QStringLiteral("await ") + suspendedOn.value(it.key()), it.value(), endTime,
             QStringLiteral("suspended"));
    QJsonObject root;
    root[QStringLiteral("traceEvents")] = out;
    root[QStringLiteral("displayTimeUnit")] = QStringLiteral("ms");
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace awaitscope
