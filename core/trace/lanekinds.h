#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace awaitscope {

enum class TaskStatus : std::uint8_t;
struct StateChange;
struct TaskLane;

// How many tasks are in each state at one moment.
struct StateCounts
{
    std::array<int, 9> n{}; // indexed by TaskStatus

    int operator[](TaskStatus s) const { return n[size_t(s)]; }
    int alive() const; // created and not yet finished: ready, running, blocking, in a thread or suspended
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
    void reserve(size_t points) { m_points.reserve(points); }
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

// A run's tasks by kind: the same coroutine and names that differ only in their numbers ("job_1" ...
// "job_200") make one kind. For each kind and for the whole run, how many tasks are in each state over time.
// A function of the run alone (RunModel keeps it, so a finished run's is derived off the GUI thread); the
// timeline groups the lanes of large kinds from it.
class LaneKinds
{
public:
    struct Kind
    {
        QString key;     // what the members share (stable across runs of the same program)
        QString pattern; // "job_*", or the coroutine "job()" when the names are asyncio's own "Task-N"
        std::vector<int> lanes;
        StateSeries states;
    };

    // Brought up to date with a run that grew: with the same tasks under the same names only the new state
    // changes are read; new tasks or renamed ones sort the kinds again (regrouped() then changes).
    void update(const std::vector<TaskLane> &lanes, const std::vector<StateChange> &changes, bool renamed);

    const std::vector<Kind> &kinds() const { return m_kinds; }
    const Kind &kind(int index) const { return m_kinds[size_t(index)]; }
    int kindOf(int lane) const;
    const StateSeries &allStates() const { return m_all; }
    // Counts the times the kinds were sorted again: what was built on them must be built again.
    int regrouped() const { return m_generation; }

    static QString key(const TaskLane &lane);
    static QString namePattern(const QString &name); // runs of digits become "*"

private:
    void rebuild(const std::vector<TaskLane> &lanes, const std::vector<StateChange> &changes);
    void read(const std::vector<StateChange> &changes);

    std::vector<Kind> m_kinds;
    std::vector<int> m_kindOfLane;
    StateSeries m_all;
    size_t m_lanes = 0;
    size_t m_changes = 0;
    int m_generation = 0;
};

} // namespace awaitscope
