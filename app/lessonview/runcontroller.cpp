#include "lessonview/runcontroller.h"

#include "lessonview/liverun.h"

#include <QTimer>

namespace awaitscope {

RunController::RunController(QObject *parent)
    : QObject(parent)
    , m_quiet(new QTimer(this))
{
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(kQuietMs);
    connect(m_quiet, &QTimer::timeout, this, [this] {
        if (isRunning())
            announce(false);
    });
    attach(new LiveRun(this));
}

void RunController::attach(LiveRun *run)
{
    m_run = run;
    connect(m_run, &LiveRun::progressed, this, &RunController::onProgress);
    connect(m_run, &LiveRun::inputWanted, this, &RunController::onInputWanted);
    connect(m_run, &LiveRun::finished, this, &RunController::onFinished);
}

void RunController::discard()
{
    if (!m_run->isRunning())
        return;
    // The old run ends on its own thread; it no longer reports here, and deletes itself when it is done.
    LiveRun *old = m_run;
    old->disconnect(this);
    old->abandon();
    connect(old, &LiveRun::finished, old, &QObject::deleteLater);
    attach(new LiveRun(this));
    m_quiet->stop();
    m_shownLive = false;
    m_announced = false;
    emit inputSettled();
    emit runningChanged();
}

void RunController::announce(bool realClock)
{
    m_announced = true;
    emit stillRunning(realClock);
    emit runningChanged();
}

void RunController::start(const RunRequest &request, ViewPolicy policy)
{
    discard();
    m_policy = policy;
    m_shownLive = false;
    m_announced = false;
    m_run->start(request);
    if (request.realClock) {
        m_quiet->stop();
        announce(true);
    } else {
        m_quiet->start();
        emit runningChanged();
    }
}

void RunController::stop()
{
    if (!m_run->isRunning())
        return;
    m_run->stop();
    emit runningChanged();
}

bool RunController::isRunning() const
{
    return m_run->isRunning();
}

bool RunController::stopRequested() const
{
    return m_run->stopRequested();
}

void RunController::onProgress()
{
    // A quick run is not drawn while it runs: its picture simply appears when it ends.
    const RunResult &soFar = m_run->result();
    if (!m_announced || soFar.trace.tasks().empty())
        return;
    showSoFar();
}

void RunController::showSoFar()
{
    const bool first = !m_shownLive;
    m_shownLive = true;
    emit progressed(m_run->result(), first);
}

void RunController::answerInput(const QString &line)
{
    m_run->answerInput(line);
    emit inputSettled();
}

void RunController::endInput()
{
    m_run->endInput();
    emit inputSettled();
}

void RunController::onInputWanted(const QString &prompt)
{
    // Waiting for the learner is no quick run: show what it printed so far, the prompt with it, even
    // before any task exists.
    if (!m_announced) {
        m_quiet->stop();
        announce(m_run->isRealClock());
    }
    showSoFar();
    emit inputWanted(prompt);
}

void RunController::onFinished()
{
    m_quiet->stop();
    RunEnding ending;
    ending.policy = m_policy;
    ending.shownLive = m_shownLive;
    ending.stopped = m_run->stopRequested();
    ending.model = m_run->model();
    m_shownLive = false;
    m_announced = false;
    emit inputSettled();
    emit finished(m_run->result(), ending);
    emit runningChanged();
}

} // namespace awaitscope
