#include "timeline/timelinerows.h"

#include <QHash>

#include <algorithm>

namespace awaitscope {

TimelineRows::TimelineRows(const RunModel &model, const QSet<QString> &expanded)
{
    rebuild(model, expanded);
}

void TimelineRows::update(const RunModel &model, const QSet<QString> &expanded)
{
    if (m_model != &model || m_lanes != model.laneCount() || m_expanded != expanded ||
        m_kindsSorted != model.laneKinds().regrouped())
        rebuild(model, expanded);
}

const StateSeries &TimelineRows::allStates() const
{
    static const StateSeries none;
    return m_model ? m_model->laneKinds().allStates() : none;
}

void TimelineRows::rebuild(const RunModel &model, const QSet<QString> &expanded)
{
    *this = TimelineRows();
    m_model = &model;
    m_lanes = model.laneCount();
    m_expanded = expanded;
    const LaneKinds &kinds = model.laneKinds();
    m_kindsSorted = kinds.regrouped();
    const int lanes = model.laneCount();

    // Kinds with enough tasks are grouped (the model sorted the tasks by kind).
    m_groupOfLane.assign(size_t(lanes), -1);
    m_rowOfLane.assign(size_t(lanes), -1);
    m_density = lanes >= DensityFrom;
    if (m_density)
        m_rows.push_back({Kind::Density, -1, -1});
    for (int lane = 0; lane < lanes; ++lane) {
        const int k = kinds.kindOf(lane);
        if (k < 0 || int(kinds.kind(k).lanes.size()) < GroupFrom) {
            m_rowOfLane[size_t(lane)] = int(m_rows.size());
            m_rows.push_back({Kind::Lane, lane, -1});
            continue;
        }
        const LaneKinds::Kind &kind = kinds.kind(k);
        if (kind.lanes.front() != lane)
            continue; // placed with its group's first member
        // The group's row sits where its first member was created; an open group lists its members below.
        Group group;
        group.key = kind.key;
        group.pattern = kind.pattern;
        group.lanes = kind.lanes;
        group.states = &kind.states;
        group.expanded = expanded.contains(kind.key);
        const int index = int(m_groups.size());
        const int groupRow = int(m_rows.size());
        m_rows.push_back({Kind::Group, -1, index});
        for (int member : kind.lanes) {
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
