#include "trace/tracestory.h"

#include "trace/trace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>

namespace awaitscope {

namespace {

using Kind = TraceEvent::Kind;

QString timeText(double t)
{
    return QString::number(t, 'g', 12);
}

// Names for the ids of one trace: tasks by creation order, every other future by first appearance.
class Labels
{
public:
    explicit Labels(const Trace &trace)
    {
        for (const TraceTask &t : trace.tasks())
            m_tasks.insert(t.id, int(m_tasks.size()));
    }
    std::optional<int> taskIndex(int id) const
    {
        const auto it = m_tasks.constFind(id);
        return it == m_tasks.cend() ? std::nullopt : std::optional<int>(*it);
    }
    QString of(int id)
    {
        if (id < 0)
            return QStringLiteral("the loop");
        if (const auto index = taskIndex(id))
            return QStringLiteral("#%1").arg(*index + 1);
        auto it = m_futures.constFind(id);
        if (it == m_futures.cend())
            it = m_futures.insert(id, int(m_futures.size()) + 1);
        return QStringLiteral("future %1").arg(*it);
    }
    // A combinator by the order it was entered.
    QString combinator(int id, const QString &kind)
    {
        auto it = m_combinators.constFind(id);
        if (it == m_combinators.cend())
            it = m_combinators.insert(id, int(m_combinators.size()) + 1);
        return QStringLiteral("%1 %2").arg(kind).arg(*it);
    }

private:
    QHash<int, int> m_tasks;
    QHash<int, int> m_futures;
    QHash<int, int> m_combinators;
};

QString quoted(const QString &text)
{
    QString s = text;
    s.replace(u'\\', QStringLiteral("\\\\")).replace(u'\n', QStringLiteral("\\n"));
    return u'"' + s + u'"';
}

// "<async_generator object f at 0x7fb13b77ab60>": an address differs from run to run.
QString withoutAddresses(QString text)
{
    static const QRegularExpression address(QStringLiteral(" at 0x[0-9a-fA-F]+"));
    return text.replace(address, QStringLiteral(" at 0x…"));
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return withoutAddresses(v.toString());
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 12);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("null");
}

// A combinator's data: ids become labels, the sets CPython orders by address are sorted (wait's done and
// pending, and the futures wait and as_completed watch: they make a set of them), the rest is kept.
// `doneBefore`: for an as_completed hand-out, the watched futures that were done when it was entered. asyncio
// makes a set of the futures and adds its callback to each in the set's order, which is their addresses'
// for those done already (their callbacks are scheduled at once): which of them comes first is CPython's own
// nondeterminism, so such a source is told as one of that group.
QString dataText(const QString &combinator, const QJsonObject &data, Labels &labels,
                 const QList<int> &doneBefore = {})
{
    QStringList parts;
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QString key = it.key();
        const bool isSet =
            key == u"done" || key == u"pending" || (key == u"children" && combinator != u"gather");
        if (key == u"children" || isSet) {
            QStringList names;
            for (const QJsonValue &v : it.value().toArray())
                names << labels.of(v.toInt(-1));
            if (isSet)
                std::sort(names.begin(), names.end());
            parts << QStringLiteral("%1 [%2]").arg(key, names.join(QStringLiteral(", ")));
        } else if (key == u"source") {
            const int source = it.value().toInt(-1);
            if (doneBefore.size() > 1 && doneBefore.contains(source)) {
                QStringList group;
                for (int id : doneBefore)
                    group << labels.of(id);
                std::sort(group.begin(), group.end());
                parts << QStringLiteral("source one of [%1] (done before)")
                             .arg(group.join(QStringLiteral(", ")));
            } else {
                parts << QStringLiteral("source %1").arg(labels.of(source));
            }
        } else {
            parts << QStringLiteral("%1 %2").arg(key, valueText(it.value()));
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString waitText(const TraceEvent &e, Labels &labels)
{
    const QString kind = waitKindName(e.waitKind);
    if (e.waitKind == TraceEvent::WaitKind::Task)
        return QStringLiteral("waits on task %1").arg(labels.of(e.other));
    // A future of asyncio's synchronisation primitives says which ("Lock.acquire", "Queue.get").
    if (e.waitKind == TraceEvent::WaitKind::Future && !e.text.isEmpty())
        return QStringLiteral("waits on %1 (%2)").arg(kind, e.text);
    return QStringLiteral("waits on %1").arg(kind);
}

} // namespace

TraceStory TraceStory::of(const Trace &trace)
{
    TraceStory story;
    Labels labels(trace);
    story.lives.resize(trace.tasks().size());
    for (const TraceTask &t : trace.tasks()) {
        QString line = QStringLiteral("#%1 %2 %3()").arg(story.tasks.size() + 1).arg(t.name, t.coroutine);
        if (labels.taskIndex(t.parent))
            line += QStringLiteral(" by %1").arg(labels.of(t.parent));
        story.tasks << line;
    }
    QSet<int> ended;                    // tasks ended so far
    QHash<int, QList<int>> doneAtEntry; // as_completed id -> the watched futures done when it was entered
    for (const TraceEvent &e : trace.events()) {
        if (e.kind == Kind::TaskFinished || e.kind == Kind::TaskFailed || e.kind == Kind::TaskCancelled)
            ended.insert(e.task);
        if (e.kind == Kind::CombinatorEntered && e.text == u"as_completed") {
            QList<int> done;
            for (const QJsonValue &v : e.data.value(QStringLiteral("children")).toArray()) {
                if (ended.contains(v.toInt(-1)) && !done.contains(v.toInt(-1)))
                    done << v.toInt(-1);
            }
            doneAtEntry.insert(e.other, done);
        }
        const auto index = labels.taskIndex(e.task);
        auto life = [&](const QString &text) {
            if (index)
                story.lives[size_t(*index)].push_back({e.time, text});
        };
        switch (e.kind) {
        case Kind::TaskCreated:
            life(QStringLiteral("created"));
            break;
        case Kind::StepStarted:
            life(QStringLiteral("runs"));
            break;
        case Kind::Suspended:
            life(waitText(e, labels));
            break;
        case Kind::Woken:
            life(QStringLiteral("woken"));
            break;
        case Kind::CancelRequested:
            life(e.text.isEmpty() ? QStringLiteral("cancel requested")
                                  : QStringLiteral("cancel requested: %1").arg(quoted(e.text)));
            break;
        case Kind::TaskFinished:
            life(e.text.isEmpty() ? QStringLiteral("returns")
                                  : QStringLiteral("returns %1").arg(withoutAddresses(e.text)));
            break;
        case Kind::TaskFailed:
            life(QStringLiteral("raises %1").arg(withoutAddresses(e.text)));
            break;
        case Kind::TaskCancelled:
            life(QStringLiteral("cancelled"));
            break;
        case Kind::CombinatorEntered:
        case Kind::CombinatorReturned:
        case Kind::CombinatorYielded: {
            static const QHash<Kind, QString> verbs = {
                {Kind::CombinatorEntered, QStringLiteral("entered")},
                {Kind::CombinatorReturned, QStringLiteral("returned")},
                {Kind::CombinatorYielded, QStringLiteral("handed out")}};
            QString text =
                QStringLiteral("%1 %2").arg(labels.combinator(e.other, e.text), verbs.value(e.kind));
            if (e.kind == Kind::CombinatorEntered)
                text += QStringLiteral(" in %1").arg(labels.of(e.task));
            const QString data =
                dataText(e.text, e.data, labels,
                         e.kind == Kind::CombinatorYielded ? doneAtEntry.value(e.other) : QList<int>());
            if (!data.isEmpty())
                text += QStringLiteral(": ") + data;
            story.combinators.push_back({e.time, text});
            break;
        }
        case Kind::Output:
            // What is printed at one moment is one piece of output: CPython's print and file writes split
            // it differently (print(a, b) is four writes to sys.stdout, json.dump many).
            if (!story.output.empty() && timeText(story.output.back().time) == timeText(e.time))
                story.output.back().text += withoutAddresses(e.text);
            else
                story.output.push_back({e.time, withoutAddresses(e.text)});
            break;
        default:
            break; // timers, loop passes, HTTP and notes are how a runtime gets there, not the story
        }
    }
    for (Fact &f : story.output)
        f.text = quoted(f.text);
    story.exitStatus = trace.exitStatus;
    story.endTime = trace.endTime;
    return story;
}

namespace {

// The first index where two lists of facts differ (time or text), if any.
std::optional<StoryDifference> firstDifference(const std::vector<TraceStory::Fact> &a,
                                               const std::vector<TraceStory::Fact> &b, const QString &where)
{
    const QString nothing = QCoreApplication::translate("TraceStory", "(nothing)");
    for (size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
        const TraceStory::Fact *x = i < a.size() ? &a[i] : nullptr;
        const TraceStory::Fact *y = i < b.size() ? &b[i] : nullptr;
        const QString left = x ? QStringLiteral("t=%1 %2").arg(timeText(x->time), x->text) : nothing;
        const QString right = y ? QStringLiteral("t=%1 %2").arg(timeText(y->time), y->text) : nothing;
        if (left != right) {
            StoryDifference d;
            d.same = false;
            d.where = where;
            d.time = std::min(x ? x->time : std::numeric_limits<double>::infinity(),
                              y ? y->time : std::numeric_limits<double>::infinity());
            d.expected = left;
            d.found = right;
            return d;
        }
    }
    return std::nullopt;
}

} // namespace

StoryDifference compareStories(const TraceStory &expected, const TraceStory &found)
{
    // Every part is compared; the difference reported is the earliest in virtual time (the others often
    // follow from it), the tasks' own lives before combinators and output at the same moment.
    std::optional<StoryDifference> first;
    auto consider = [&first](std::optional<StoryDifference> d) {
        if (d && (!first || d->time < first->time))
            first = d;
    };
    for (qsizetype i = 0; i < std::max(expected.tasks.size(), found.tasks.size()); ++i) {
        const QString a = expected.tasks.value(i);
        const QString b = found.tasks.value(i);
        auto createdAt = [i](const TraceStory &s) {
            const size_t k = size_t(i);
            return k < s.lives.size() && !s.lives[k].empty() ? s.lives[k].front().time
                                                             : std::numeric_limits<double>::infinity();
        };
        if (a != b) {
            const QString nothing = QCoreApplication::translate("TraceStory", "(nothing)");
            StoryDifference d;
            d.same = false;
            d.where = QCoreApplication::translate("TraceStory", "tasks");
            d.time = std::min(createdAt(expected), createdAt(found));
            d.expected = a.isEmpty() ? nothing : a;
            d.found = b.isEmpty() ? nothing : b;
            consider(d);
            break;
        }
    }
    for (size_t i = 0; i < std::min(expected.lives.size(), found.lives.size()); ++i)
        consider(firstDifference(
            expected.lives[i], found.lives[i],
            QCoreApplication::translate("TraceStory", "task %1").arg(expected.tasks.value(qsizetype(i)))));
    consider(firstDifference(expected.combinators, found.combinators,
                             QCoreApplication::translate("TraceStory", "combinators")));
    consider(
        firstDifference(expected.output, found.output, QCoreApplication::translate("TraceStory", "output")));
    consider(firstDifference({{expected.endTime, QStringLiteral("exit status %1").arg(expected.exitStatus)}},
                             {{found.endTime, QStringLiteral("exit status %1").arg(found.exitStatus)}},
                             QCoreApplication::translate("TraceStory", "end")));
    return first.value_or(StoryDifference{});
}

QString StoryDifference::describe() const
{
    if (same)
        return QCoreApplication::translate("TraceStory", "same scheduling story");
    return QCoreApplication::translate("TraceStory",
                                       "first difference at t=%1, %2:\n  expected: %3\n  found:    %4")
        .arg(timeText(time), where, expected, found);
}

} // namespace awaitscope
