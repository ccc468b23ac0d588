#pragma once

#include "run/runservice.h"
#include "trace/runmodel.h"

#include <QObject>

#include <memory>

class QTimer;

namespace awaitscope {

class LiveRun;

// What a finished run does to the timeline's view: fit the new run, or keep the learner's zoom and cursor
// (a parameter change, a re-run of the same program). Chosen by whoever asks for the run and carried with it.
enum class ViewPolicy { Fit, Keep };

// How a run's result reached the window (RunController::finished).
struct RunEnding
{
    ViewPolicy policy = ViewPolicy::Fit;
    bool shownLive = false; // pictures of it were shown while it ran
    bool stopped = false;   // the learner (or a replacing run) stopped it before its end
    // The run's model for the pictures, derived off the GUI thread (LiveRun::model).
    std::shared_ptr<const RunModel> model;
};

// The window's one running program. It starts runs off the GUI thread and never waits for them: what a run
// produced arrives by signal, as it grows and when it ends. Starting a run while another is in progress
// replaces it: the old one is stopped and ends on its own thread without reporting here.
class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);

    void start(const RunRequest &request, ViewPolicy policy);
    void stop();
    // Stops a run in progress and forgets it: nothing of it is reported any more.
    void discard();
    bool isRunning() const;
    bool stopRequested() const;
    // The run in progress has been announced (stillRunning): the window says it runs and offers Stop.
    bool announced() const { return m_announced; }
    // The run in progress, or the last one that ended.
    LiveRun *liveRun() const { return m_run; }

    // The program's input(): after inputWanted, give it a line or the end of the input.
    void answerInput(const QString &line);
    void endInput();

    // How long a virtual-clock run may take before the window says it is still running: shorter runs
    // simply appear, so a parameter drag does not flicker the status line.
    static constexpr int kQuietMs = 300;

signals:
    // Running, announced or stop requested changed.
    void runningChanged();
    // A virtual-clock run has gone on past kQuietMs, or a real-clock run began: say that it runs.
    void stillRunning(bool realClock);
    // The trace so far; `first` for the first picture of this run.
    void progressed(const RunResult &soFar, bool first);
    void finished(const RunResult &result, const RunEnding &ending);
    // The program waits in input(): its output so far, prompt included, was shown (progressed) first.
    void inputWanted(const QString &prompt);
    // No input is wanted any more: it was given, or the run ended, was stopped or replaced.
    void inputSettled();

private:
    void attach(LiveRun *run);
    void announce(bool realClock);
    void onProgress();
    void showSoFar(); // progressed() with the trace so far
    void onInputWanted(const QString &prompt);
    void onFinished();

    LiveRun *m_run = nullptr;
    QTimer *m_quiet = nullptr;
    ViewPolicy m_policy = ViewPolicy::Fit;
    bool m_shownLive = false;
    bool m_announced = false;
};

} // namespace awaitscope
