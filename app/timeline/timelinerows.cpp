#include "timeline/timelinerows.h"

#include <QHash>

#include <algorithm>

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

QString TimelineRows::namePattern(const QString &name)
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

QString TimelineRows::groupKey(const TaskLane &lane)
{
    return lane.coroutine + u'\n' + namePattern(lane.name);
}

TimelineRows::TimelineRows(const RunModel &model, const QSet<QString> &expanded)
{
    rebuild(model, expanded);
}

void TimelineRows::update(const RunModel &model, const QSet<QString> &expanded)
{
    if (m_model != &model || m_lanes != model.laneCount() || m_expanded != expanded ||
        m_changes > model.stateChanges().size())
        rebuild(model, expanded);
    else
        readChanges(model);
}

void TimelineRows::readChanges(const RunModel &model)
{
    const auto &changes = model.stateChanges();
    for (size_t i = m_changes; i < changes.size(); ++i) {
        const StateChange &c = changes[i];
        if (m_density)
            m_all.add(c);
        if (c.lane >= 0 && size_t(c.lane) < m_groupOfLane.size() && m_groupOfLane[size_t(c.lane)] >= 0)
            m_groups[size_t(m_groupOfLane[size_t(c.lane)])].states.add(c);
    }
    m_changes = changes.size();
}

void TimelineRows::rebuild(const RunModel &model, const QSet<QString> &expanded)
{
    *this = TimelineRows();
    m_model = &model;
    m_lanes = model.laneCount();
    m_expanded = expanded;
    const int lanes = model.laneCount();

    // Which lanes share a kind, and whether there are enough of them to group.
    QHash<QString, std::vector<int>> byKey;
    std::vector<QString> keys(static_cast<size_t>(lanes));
    for (int lane = 0; lane < lanes; ++lane) {
        keys[size_t(lane)] = groupKey(model.lane(lane));
        byKey[keys[size_t(lane)]].push_back(lane);
    }
    m_groupOfLane.assign(size_t(lanes), -1);
    m_rowOfLane.assign(size_t(lanes), -1);
    m_density = lanes >= DensityFrom;
    if (m_density)
        m_rows.push_back({Kind::Density, -1, -1});
    for (int lane = 0; lane < lanes; ++lane) {
        const QString &key = keys[size_t(lane)];
        const std::vector<int> &members = byKey[key];
        if (int(members.size()) < GroupFrom) {
            m_rowOfLane[size_t(lane)] = int(m_rows.size());
            m_rows.push_back({Kind::Lane, lane, -1});
            continue;
        }
        if (members.front() != lane)
            continue; // placed with its group's first member
        // The group's row sits where its first member was created; an open group lists its members below.
        Group group;
        group.key = key;
        const TaskLane &first = model.lane(lane);
        const QString names = namePattern(first.name);
        group.pattern = names == QLatin1String("Task-*") && !first.coroutine.isEmpty()
                            ? QStringLiteral("%1()").arg(first.coroutine)
                            : names;
        group.lanes = members;
        group.expanded = expanded.contains(key);
        const int index = int(m_groups.size());
        const int groupRow = int(m_rows.size());
        m_rows.push_back({Kind::Group, -1, index});
        for (int member : members) {
            m_groupOfLane[size_t(member)] = index;
            if (group.expanded) {
                m_rowOfLane[size_t(member)] = int(m_rows.size());
                m_rows.push_back({Kind::Lane, member, index});
            } else {
                m_rowOfLane[size_t(member)] = groupRow;
            }
        }
        m_groups.push_back(std::move(group));
    }
    readChanges(model);
}

int TimelineRows::rowOf(int lane) const
{
    return lane >= 0 && size_t(lane) < m_rowOfLane.size() ? m_rowOfLane[size_t(lane)] : -1;
}

bool TimelineRows::shows(int lane) const
{
    const int r = rowOf(lane);
    return r >= 0 && m_rows[size_t(r)].kind == Kind::Lane;
}

} // namespace awaitscope
