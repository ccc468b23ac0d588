#pragma once

#include "trace/runmodel.h"

#include <QSet>
#include <QString>

#include <array>
#include <vector>

namespace awaitscope {

// How many tasks are in each state at one moment.
struct StateCounts
{
    std::array<int, 9> n{}; // indexed by TaskStatus

    int operator[](TaskStatus s) const { return n[size_t(s)]; }
    int alive() const; // created and not yet finished: ready, running, blocking or suspended
};

// A step function of StateCounts over time: the counts after each state change, in event order.
class StateSeries
{
public:
    struct Point
    {
        double time = 0.0;
        StateCounts counts;
    };

    // One task changing state (the next in event order).
    void add(const StateChange &change);
    const std::vector<Point> &points() const { return m_points; }
    bool empty() const { return m_points.empty(); }
    // The counts once every change at or before `t` has happened.
    StateCounts at(double t) const;
    // The largest count of each state at any moment in [t0, t1) (changes at the same instant included:
    // two hundred tasks made ready and run at one virtual instant peak at two hundred ready).
    StateCounts peakIn(double t0, double t1) const;
    int peakAlive() const { return m_peakAlive; }

private:
    std::vector<Point> m_points;
    StateCounts m_now;
    int m_peakAlive = 0;
};

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
    struct Group
    {
        QString key;     // what the members share (stable across runs of the same program)
        QString pattern; // "job_*", or the coroutine "job()" when the names are asyncio's own "Task-N"
        std::vector<int> lanes;
        bool expanded = false;
        StateSeries states;
    };

    // Kinds with at least this many tasks are grouped; runs with at least DensityFrom tasks get the
    // density row.
    static constexpr int GroupFrom = 20;
    static constexpr int DensityFrom = 10;

    TimelineRows() = default; // no rows
    // `expanded`: the keys of the groups the learner opened.
    TimelineRows(const RunModel &model, const QSet<QString> &expanded);
    // Brought up to date with a model that grew (a live run): with the same tasks only the new state changes
    // are read; new tasks or other open groups build the rows again.
    void update(const RunModel &model, const QSet<QString> &expanded);

    int count() const { return int(m_rows.size()); }
    const Row &row(int index) const { return m_rows[size_t(index)]; }
    const std::vector<Group> &groups() const { return m_groups; }
    const Group &group(int index) const { return m_groups[size_t(index)]; }
    bool hasDensity() const { return m_density; }
    const StateSeries &allStates() const { return m_all; }

    // The row that shows `lane`: its own, or its group's when the group is closed; -1 for no such lane.
    int rowOf(int lane) const;
    // Whether `lane` has a row of its own.
    bool shows(int lane) const;

    static QString groupKey(const TaskLane &lane);
    static QString namePattern(const QString &name); // runs of digits become "*"

private:
    void rebuild(const RunModel &model, const QSet<QString> &expanded);
    // Reads the model's state changes from m_changes on into the density series and the groups' series.
    void readChanges(const RunModel &model);

    std::vector<Row> m_rows;
    std::vector<Group> m_groups;
    std::vector<int> m_rowOfLane;
    std::vector<int> m_groupOfLane; // -1 when not grouped
    bool m_density = false;
    StateSeries m_all;
    // What the rows were built from.
    const RunModel *m_model = nullptr;
    int m_lanes = 0;
    size_t m_changes = 0;
    QSet<QString> m_expanded;
};

} // namespace awaitscope
