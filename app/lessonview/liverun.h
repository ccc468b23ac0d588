#pragma once

#include "run/runnerclient.h"
#include "run/runservice.h"
#include "trace/runmodel.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QProcess;
class QThread;
class QTimer;

namespace awaitscope {

// One program run in a process of its own (awaitscope-runner, run/runner.h), so that the window stays
// responsive and survives whatever the run does: a fault in the interpreter ends the runner, and the window
// shows what ran until then with a message that says so. The trace arrives in pieces while the program runs
// (progressed()), and stop() ends it the asyncio way: every task is cancelled, then the program stops; what
// ran so far stays in the trace. A runner that does not end within a few seconds of a stop is ended.
//
// Nothing here waits for the runner on the GUI thread, except a destructor that ends a running one (which
// takes milliseconds).
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
    bool isRunning() const { return m_active; }
    bool stopRequested() const { return m_stopRequested; }
    bool isRealClock() const { return m_realClock; }
    // What runs the program: the interpreter in awaitscope-runner, or CPython with the recorder (its
    // picture comes at its end: a recording has no pieces; Stop interrupts it as Ctrl+C does).
    RunEngine engine() const { return m_engine; }

    // The run as far as it has arrived (complete after finished()). While it runs, only the trace grows:
    // each progressed() appends the new events to it.
    const RunResult &result() const { return m_result; }
    // The finished run's model for the pictures, built off the GUI thread; null while it runs.
    std::shared_ptr<const RunModel> model() const { return m_model; }

    // Runs in progress in this process, for tests that prove nothing is left running.
    static int runningCount();
    // The runner's process id while it runs (0 otherwise), for tests that end it from outside.
    qint64 processId() const;

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
    void send(const QByteArray &frame);
    void readRunner();
    void collect();
    void onRunnerEnded();
    void buildModel(std::shared_ptr<RunnerClient> client, const RunnerClient::Exit &exit);
    void startRecording(const RunRequest &request);
    // `work` finishes the run (its result from `soFar`) and builds its model on a thread named `threadName`;
    // then the run ends here.
    void finishOffThread(RunResult soFar, const QString &threadName,
                         std::function<void(RunResult &, RunModel &)> work);
    void end();

    QProcess *m_process = nullptr;
    std::shared_ptr<RunnerClient> m_client; // what the runner said, decoded off the GUI thread
    QTimer *m_poll = nullptr;
    QTimer *m_stopGrace = nullptr;
    QThread *m_modelThread = nullptr; // finishOffThread's
    // RunEngine::CPython: the recording's stop (Ctrl+C) and cancel (kill), null for the interpreter's runs
    std::shared_ptr<std::atomic<bool>> m_recordCancel;
    std::shared_ptr<std::atomic<bool>> m_recordInterrupt;
    RunEngine m_engine = RunEngine::Interpreter;
    std::optional<QString> m_inputPrompt; // input() waits with this prompt
    RunResult m_result;
    std::shared_ptr<const RunModel> m_model;
    bool m_active = false;
    bool m_realClock = false;
    bool m_stopRequested = false;
    bool m_abandoned = false;
    bool m_endedAfterStop = false; // the runner did not end within RunnerClient::kStopGraceMs of a stop
    bool m_inputAnnounced = false; // inputWanted was sent for the wait in progress
};

} // namespace awaitscope
