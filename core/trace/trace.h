#pragma once

#include "trace/traceevent.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace awaitscope {

// The record of one run: every task and every event, in order. Everything the GUI draws comes from here.
class Trace
{
public:
    static constexpr int FormatVersion = 1;

    void clear();

    // Recording.
    void addTask(const TraceTask &task);
    TraceTask *task(int id);
    const TraceTask *task(int id) const;
    TraceEvent &append(TraceEvent event); // assigns seq
    // An event recorded earlier, completed once its outcome is known (how long a blocking wait lasted).
    TraceEvent &event(size_t index) { return m_events[index]; }
    // A piece of a trace that grows elsewhere (a live run on its own thread): its events from `fromEvent`
    // on, and its tasks as they are now (names may have changed). Keeps this trace's metadata.
    struct Piece
    {
        std::vector<TraceEvent> events;
        std::vector<TraceTask> tasks;
        // A later piece of the same trace: its events follow these, its task list replaces this one.
        void append(Piece &&later);
    };
    static Piece piece(const Trace &from, size_t fromEvent);
    void appendPiece(Piece piece);

    const std::vector<TraceEvent> &events() const { return m_events; }
    const std::vector<TraceTask> &tasks() const { return m_tasks; }

    // Metadata of the run: program name, clock kind, random seed, exit status, ...
    QString program;
    QString clock = QStringLiteral("virtual");
    QString source; // the program's text, so a trace file is self-contained
    // What ran it when not Awaitscope's interpreter: "CPython 3.11.7" for a recording (awaitscope record).
    QString recordedBy;
    double endTime = 0.0;
    int exitStatus = 0;
    // What the program wrote to standard error at its end (a traceback, "Stopped: ..."): the console shows
    // it once the cursor reaches the last event. At most kMaxErrorOutput characters are kept.
    QString errorOutput;
    static constexpr qsizetype kMaxErrorOutput = 20000;

    // Program output up to and including the event with sequence number `seq` (the console at the cursor).
    QString outputUntil(std::uint64_t seq) const;

    // Serialisation (docs/trace-format.md). `fromJson` returns false and fills `error` on bad input.
    QByteArray toJson() const;
    bool fromJson(const QByteArray &json, QString *error);
    // Chrome Trace Event Format (opens in Perfetto / chrome://tracing).
    QByteArray toChromeTrace() const;

private:
    std::vector<TraceEvent> m_events;
    std::vector<TraceTask> m_tasks;
    // Task id -> index in m_tasks: ids a run gives (small, dense) in a vector (-1: none), others (a file's)
    // in a hash.
    std::vector<int> m_denseTaskIndex;
    QHash<int, int> m_taskIndex;
    int taskIndex(int id) const;
};

} // namespace awaitscope
