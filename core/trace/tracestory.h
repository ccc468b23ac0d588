#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace awaitscope {

class Trace;

// The scheduling story of a run, as `awaitscope trace-diff` compares two of them (docs/trace-format.md,
// "Same scheduling story"): what each task did and when, what each combinator was given and gave back, what
// the program printed and when, and how it ended. Ids differ between two runs of one program (the
// interpreter's runtime and CPython number their tasks and futures differently), so a task is named by its
// place in creation order and its name ("#2 j1"), and any other future by its place in the order it first
// appears; a set that CPython orders by address (wait's done and pending) is sorted.
struct TraceStory
{
    struct Fact
    {
        double time = 0.0;
        QString text;
    };
    QStringList tasks;                    // "#1 Task-1 main() from run", in creation order
    std::vector<std::vector<Fact>> lives; // per task: created, runs, waits on …, woken, ends …
    std::vector<Fact> combinators;        // entered, yielded and returned, in the order they happened
    std::vector<Fact> output;             // each print, with its time
    int exitStatus = 0;
    double endTime = 0.0;

    static TraceStory of(const Trace &trace);
};

// The first place where two stories part, or `same`.
struct StoryDifference
{
    bool same = true;
    QString where;     // "task #3 j2", "combinators", "output", "tasks", "end"
    double time = 0.0; // the virtual time of the first differing fact
    QString expected;  // the fact in the first story ("(nothing)" when it has none there)
    QString found;     // the fact in the second story

    QString describe() const; // one paragraph for the command line
};

StoryDifference compareStories(const TraceStory &expected, const TraceStory &found);

} // namespace awaitscope
