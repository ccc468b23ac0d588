#pragma once

#include "run/runservice.h"
#include "trace/runmodel.h"

#include <QObject>

#include <memory>

class QThread;
class QTimer;

namespace awaitscope {

// One program run off the GUI thread, so the window stays responsive: real-clock runs (which wait on real
// time and the network) and virtual-clock programs that might run long. The trace arrives in pieces while
// the program runs (progressed()), and stop() ends it the asyncio way: every task is cancelled, then the
// program stops; what ran so far stays in the trace.
//
// The program's thread touches only a shared state object, never this QObject, so destroying a LiveRun
// mid-run is safe: it asks the program to stop and waits briefly for it to end.
class LiveRun : public QObject
{
    Q_OBJECT
public:
    explicit LiveRun(QObject *parent = nullptr);
    ~LiveRun() override;

    // Starts a run; returns false if one is still in progress.
    bool start(const RunRequest &request);
    void stop();
    // Stops a run that another replaces: it reports no more progress and builds no model.
    void abandon();
    bool isRunning() const { return m_thread != nullptr; }
    bool stopRequested() const;
    bool isRealClock() const { return m_realClock; }

    // The run as far as it has arrived (complete after finished()). While it runs, only the trace grows:
    // each progressed() appends the new events to it.
    const RunResult &result() const { return m_result; }
    // The finished run's model for the pictures, built on the program's thread; null while it runs.
    std::shared_ptr<const RunModel> model() const { return m_model; }

    // Runs in progress in this process, for tests that prove nothing is left running.
    static int runningCount();

    // input(): the program waits for a line (inputWanted was sent). answerInput gives it the line,
    // endInput the end of the input (input() raises EOFError). Stop ends the wait too.
    void answerInput(const QString &line);
    void endInput();

signals:
    // The trace grew: events from `fromEvent` on are new. Sent at most every few dozen milliseconds.
    void progressed(qsizetype fromEvent);
    // The program called input() and waits, its prompt already in the trace (sent after its progressed()).
    void inputWanted(const QString &prompt);
    void finished(); // the run ended, normally, with an error or stopped

private:
    struct Shared;
    void collect();
    void collectTrace();
    void onThreadFinished();

    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    QTimer *m_poll = nullptr;
    int m_generation = 0; // tells a late finished signal of an earlier run from the current one
    RunResult m_result;
    std::shared_ptr<const RunModel> m_model;
    bool m_realClock = false;
    bool m_inputAnnounced = false; // inputWanted was sent for the wait in progress
};

} // namespace awaitscope
