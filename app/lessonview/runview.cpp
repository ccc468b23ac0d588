#include "lessonview/runview.h"

#include "lessonview/lessonsession.h"
#include "lessonview/liverun.h"
#include "player/inputline.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"

#include <QLabel>

namespace awaitscope {

RunView::RunView(RunController *runs, PlayerWidget *player, LessonSession *session, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_player(player)
    , m_session(session)
    , m_status(new QLabel)
{
    m_status->setObjectName(QStringLiteral("runStatus"));
    connect(m_runs, &RunController::progressed, this, &RunView::showProgress);
    connect(m_runs, &RunController::finished, this, &RunView::showEnding);
    connect(m_runs, &RunController::stillRunning, this, [this](bool realClock) {
        if (m_runs->liveRun()->engine() == RunEngine::CPython)
            say(realClock ? tr("CPython runs the program on the real clock; its picture comes when it ends… "
                               "(Stop: Shift+F5)")
                          : tr("Recording under CPython… (Stop: Shift+F5)"));
        else
            say(realClock ? tr("Running on the real clock… (Stop: Shift+F5)")
                          : tr("Still running… (Stop: Shift+F5)"));
    });
    // The program's input(): typed under the Output panel.
    InputLine *input = m_player->inputLine();
    connect(m_runs, &RunController::inputWanted, this, [this, input] {
        input->ask();
        say(tr(
            "The program waits for input(): type a line under its output and press Enter (Stop: Shift+F5)"));
    });
    connect(m_runs, &RunController::inputSettled, input, &InputLine::settle);
    connect(input, &InputLine::lineEntered, m_runs, &RunController::answerInput);
    connect(input, &InputLine::inputEnded, m_runs, &RunController::endInput);
}

void RunView::say(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setToolTip(text); // a narrow window cuts a long line: hovering shows all of it
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void RunView::sayStopping()
{
    say(tr("Stopping: cancelling every task…"));
}

void RunView::sayHeld()
{
    say(tr("Awaitscope did not close normally last time, so your edited program was not run. "
           "It is in the editor: press Run (Ctrl+Return) when you want it to run."),
        true);
}

void RunView::retranslate()
{
    if (!m_player->trace().tasks().empty() || !m_lastError.isEmpty())
        sayOutcome();
}

void RunView::showProgress(const RunResult &run, bool first)
{
    // The first picture of a run starts from a fitted view, then the cursor follows the growing end unless
    // the learner moved it.
    if (first) {
        m_player->setTrace(run.trace, false);
        rememberEdited();
        m_player->playback()->jumpToEnd();
    } else {
        m_player->growRun(run.trace);
    }
    say(tr("Running… %1 s, %n task(s) so far (Stop: Shift+F5)", nullptr, int(run.trace.tasks().size()))
            .arg(run.trace.endTime, 0, 'f', 2));
}

void RunView::showEnding(const RunResult &run, const RunEnding &ending)
{
    // A run whose pictures came in live keeps the view it grew in; the cursor stays at the end if it was
    // following the end.
    const bool followed = ending.shownLive && m_player->playback()->atEnd();
    show(run, ending.policy == ViewPolicy::Keep || ending.shownLive, ending.stopped, ending.model);
    if (followed)
        m_player->playback()->jumpToEnd();
}

void RunView::show(const RunResult &run, bool keepView, bool stopped, std::shared_ptr<const RunModel> model)
{
    // A run the learner stopped did nothing wrong: no error line to mark. One that could not be stopped
    // the asyncio way (its process was ended) says that instead of "every task was cancelled".
    m_stopped = stopped && run.error.kind != RunError::Kind::Killed;
    m_lastError = m_stopped || !run.error.isError() ? QString() : run.error.summary();
    m_errorLine = stopped ? 0 : run.error.line;
    // A program that failed before any task ran (a syntax error, an unsupported construct) leaves the last
    // picture, under a banner that says why; one that ran cleanly without tasks shows its (empty) run.
    const bool drew = !run.trace.tasks().empty() || m_lastError.isEmpty();
    if (drew && model)
        m_player->setRun(std::move(model), keepView);
    else if (drew)
        m_player->setTrace(run.trace, keepView);
    else
        m_player->setNotStartedNotice(errorWithLine(tr("line %1: %2")));
    if (drew)
        rememberEdited();
    sayOutcome();
    emit runShown();
}

void RunView::sayOutcome()
{
    const double end = m_player->trace().endTime;
    if (m_stopped)
        say(tr("Stopped after %1 s; every task was cancelled.").arg(end, 0, 'f', 2));
    else if (const QString &by = m_player->trace().recordedBy; m_lastError.isEmpty() && !by.isEmpty())
        say(m_player->trace().clock == QLatin1String("real")
                ? tr("%1 ran it in %2 s of real time (recorded).").arg(by).arg(end, 0, 'f', 2)
                : tr("%1 ran it in %2 s of virtual time (recorded).").arg(by).arg(end, 0, 'f', 2));
    else if (m_lastError.isEmpty())
        say(m_player->trace().clock == QLatin1String("real")
                ? tr("Ran in %1 s of real time.").arg(end, 0, 'f', 2)
                : tr("Ran in %1 s of virtual time.").arg(end, 0, 'f', 2));
    else
        say(errorWithLine(tr("Line %1: %2")), true);
}

void RunView::rememberEdited()
{
    // Once per run shown, not per cursor move: the comparison reads the lesson's program from disk.
    m_edited = m_session->isEdited(m_player->trace().source);
}

QString RunView::errorWithLine(const QString &lineAndMessage) const
{
    // A syntax error's message already ends with "(line 65, column 5)".
    if (m_errorLine <= 0 || m_lastError.contains(QStringLiteral("(line %1").arg(m_errorLine)))
        return m_lastError;
    return lineAndMessage.arg(m_errorLine).arg(m_lastError);
}

} // namespace awaitscope
