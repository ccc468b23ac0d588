#include "trace/lanekinds.h"

#include "trace/runmodel.h"

#include <QHash>

#include <algorithm>
#include <atomic>

namespace awaitscope {

int StateCounts::alive() const
{
    return (*this)[TaskStatus::Ready] + (*this)[TaskStatus::Running] + (*this)[TaskStatus::Blocking] +
           (*this)[TaskStatus::InThread] + (*this)[TaskStatus::Suspended];
}

void StateSeries::add(const StateChange &change)
{
    --m_now.n[size_t(change.from)];
    ++m_now.n[size_t(change.to)];
    m_peakAlive = std::max(m_peakAlive, m_now.alive());
    m_points.push_back({change.time, m_now});
}

StateCounts StateSeries::at(double t) const
{
    auto it = std::upper_bound(m_points.begin(), m_points.end(), t,
                               [](double v, const Point &p) { return v < p.time; });
    return it == m_points.begin() ? StateCounts{} : std::prev(it)->counts;
}

StateCounts StateSeries::peakIn(double t0, double t1) const
{
    // What holds when the column begins, then every change inside it.
    auto it = std::lower_bound(m_points.begin(), m_points.end(), t0,
                               [](const Point &p, double v) { return p.time < v; });
    StateCounts peak = it == m_points.begin() ? StateCounts{} : std::prev(it)->counts;
    for (; it != m_points.end() && it->time < t1; ++it)
        for (size_t s = 0; s < peak.n.size(); ++s)
            peak.n[s] = std::max(peak.n[s], it->counts.n[s]);
    return peak;
}

QString LaneKinds::namePattern(const QString &name)
{
    QString pattern;
    pattern.reserve(name.size());
    bool inDigits = false;
    for (QChar c : name) {
        const bool digit = c.isDigit();
        if (digit && !inDigits)
            pattern += u'*';
        else if (!digit)
            pattern += c;
        inDigits = digit;
    }
    return pattern;
}

QString LaneKinds::key(const TaskLane &lane)
{
    return lane.coroutine + u'\n' + namePattern(lane.name);
}

int LaneKinds::kindOf(int lane) const
{
    return lane >= 0 && size_t(lane) < m_kindOfLane.size() ? m_kindOfLane[size_t(lane)] : -1;
}

void LaneKinds::update(const std::vector<TaskLane> &lanes, const std::vector<StateChange> &changes,
                       bool renamed)
{
    if (renamed || lanes.size() != m_lanes || changes.size() < m_changes)
        rebuild(lanes, changes);
    else
        read(changes);
}

void LaneKinds::rebuild(const std::vector<TaskLane> &lanes, const std::vector<StateChange> &changes)
{
    m_kinds.clear();
    m_kindOfLane.assign(lanes.size(), -1);
    m_all = StateSeries();
    m_changes = 0;
    m_lanes = lanes.size();
    static std::atomic<int> sorts{0}; // unique across models: a rebuilt model never looks unchanged
    m_generation = ++sorts;
    // Kinds in the order of their first task, members in lane order.
    QHash<QString, int> byKey;
    byKey.reserve(qsizetype(std::min<size_t>(lanes.size(), 4096)));
    for (size_t lane = 0; lane < lanes.size(); ++lane) {
        QString k = key(lanes[lane]);
        auto it = byKey.find(k);
        if (it == byKey.end()) {
            const TaskLane &first = lanes[lane];
            Kind kind;
            const QString names = namePattern(first.name);
            kind.pattern = names == QLatin1String("Task-*") && !first.coroutine.isEmpty()
                               ? QStringLiteral("%1()").arg(first.coroutine)
                               : names;
            kind.key = k;
            it = byKey.insert(std::move(k), int(m_kinds.size()));
            m_kinds.push_back(std::move(kind));
        }
        m_kindOfLane[lane] = *it;
        m_kinds[size_t(*it)].lanes.push_back(int(lane));
    }
    // Every change lands in the whole run's series and in its kind's: make room once, not by doubling.
    m_all.reserve(changes.size());
    std::vector<size_t> perKind(m_kinds.size(), 0);
    for (const StateChange &c : changes) {
        if (const int kind = kindOf(c.lane); kind >= 0)
            ++perKind[size_t(kind)];
    }
    for (size_t kind = 0; kind < m_kinds.size(); ++kind)
        m_kinds[kind].states.reserve(perKind[kind]);
    read(changes);
}

void LaneKinds::read(const std::vector<StateChange> &changes)
{
    for (size_t i = m_changes; i < changes.size(); ++i) {
        const StateChange &c = changes[i];
        m_all.add(c);
        if (const int kind = kindOf(c.lane); kind >= 0)
            m_kinds[size_t(kind)].states.add(c);
    }
    m_changes = changes.size();
}

} // namespace awaitscope
