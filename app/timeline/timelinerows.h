#pragma once

#include "trace/runmodel.h"

#include <QSet>
#include <QString>

#include <array>
#include <vector>

namespace awaitscope {

// The rows the timeline shows for a run: one per task, except that many tasks of one kind (the same
// coroutine, names that differ only in their numbers: "job_1" ... "job_200") share one group row, which
// opens to show them; and, for runs with many tasks, a first row that counts the tasks alive and ready.
class TimelineRows
{
public:
    enum class Kind { Lane, Group, Density };
    struct Row
    {
        Kind kind = Kind::Lane;
        int lane = -1;  // Lane: the model's lane
        int group = -1; // Group: index into groups()
    };
    // A kind of task (LaneKinds) large enough to share one row.
    struct Group
    {
        QString key;     // what the members share (stable across runs of the same program)
        QString pattern; // "job_*", or the coroutine "job()" when the names are asyncio's own "Task-N"
        std::vector<int> lanes;
        bool expanded = false;
        const StateSeries *states = nullptr; // the model's (LaneKinds::Kind::states)
    };

    // Kinds with at least this many tasks are grouped; runs with at least DensityFrom tasks get the
    // density row.
    static constexpr int GroupFrom = 20;
    static constexpr int DensityFrom = 10;

    TimelineRows() = default; // no rows
    // `expanded`: the keys of the groups the learner opened.
    TimelineRows(const RunModel &model, const QSet<QString> &expanded);
    // Brought up to date with a model that grew (a live run): the rows are built again only when the model's
    // kinds were sorted again (new or renamed tasks) or other groups are open.
    void update(const RunModel &model, const QSet<QString> &expanded);

    int count() const { return int(m_rows.size()); }
    const Row &row(int index) const { return m_rows[size_t(index)]; }
    const std::vector<Group> &groups() const { return m_groups; }
    const Group &group(int index) const { return m_groups[size_t(index)]; }
    bool hasDensity() const { return m_density; }
    const StateSeries &allStates() const;

    // The row that shows `lane`: its own, or its group's when the group is closed; -1 for no such lane.
    int rowOf(int lane) const;
    // Whether `lane` has a row of its own.
    bool shows(int lane) const;

private:
    void rebuild(const RunModel &model, const QSet<QString> &expanded);

    std::vector<Row> m_rows;
    std::vector<Group> m_groups;
    std::vector<int> m_rowOfLane;
    std::vector<int> m_groupOfLane; // -1 when not grouped
    bool m_density = false;
    // What the rows were built from.
    const RunModel *m_model = nullptr;
    int m_lanes = 0;
    int m_kindsSorted = 0; // LaneKinds::regrouped()
    QSet<QString> m_expanded;
};

} // namespace awaitscope
