#include "lessonview/liverun.h"

#include "i18n/languagemanager.h"
#include "run/releaseoffthread.h"
#include "run/runwire.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstring>

namespace awaitscope {

namespace {
std::atomic<int> g_running{0};
constexpr int kPollMs = 30;                  // how often the GUI shows what arrived
constexpr int kSlowestPollMs = 1000;         // however slow the redraw, the picture is never this far behind
constexpr int kEndRunnerMs = 2000;           // how long a destructor waits for an ended runner to go
constexpr qsizetype kRunnerErrorTail = 4000; // what the runner wrote on stderr, kept for a crash report

QString runnerPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("awaitscope-runner"));
}

// What the runner needs that is not in the request: the hints' words and the window's language.
QByteArray requestFrame(const RunRequest &request)
{
    runwire::RequestFrame frame;
    frame.request = request;
    frame.interactive = true;
    for (py::Limit limit : py::allLimits())
        frame.limitHints.append(request.limitHint ? request.limitHint(limit) : py::commandLineHint(limit));
    frame.translationFile = LanguageManager::instance()->translationFile();
    return runwire::encodeRequest(frame);
}
} // namespace

LiveRun::LiveRun(QObject *parent)
    : QObject(parent)
    , m_reader(std::make_unique<runwire::FrameReader>())
    , m_poll(new QTimer(this))
    , m_stopGrace(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &LiveRun::collect);
    m_stopGrace->setSingleShot(true);
    m_stopGrace->setInterval(kStopGraceMs);
    connect(m_stopGrace, &QTimer::timeout, this, [this] {
        if (!m_process)
            return;
        m_endedAfterStop = true;
        m_process->kill();
    });
}

LiveRun::~LiveRun()
{
    // A replaced run is deleted on the GUI thread: its trace and model are freed off it.
    releaseOffThread(std::exchange(m_result, RunResult()));
    releaseOffThread(std::exchange(m_model, nullptr));
    releaseOffThread(std::exchange(m_pending, Trace::Piece()));
    if (m_process) {
        // The window is closing or the run was replaced: nobody will look at the rest of it.
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(kEndRunnerMs);
        delete m_process;
    }
    if (m_modelThread) {
        // The model being built is of no use now; the thread ends on its own and deletes itself.
        m_modelThread->disconnect(this);
        m_modelThread->setParent(nullptr);
        deleteWhenEnded(m_modelThread);
    }
    if (m_active)
        --g_running;
}

int LiveRun::runningCount()
{
    return g_running.load();
}

qint64 LiveRun::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool LiveRun::start(const RunRequest &request)
{
    if (m_active)
        return false;
    // The last run's trace and model may be big: freed off the GUI thread.
    releaseOffThread(std::exchange(m_result, RunResult()));
    releaseOffThread(std::exchange(m_model, nullptr));
    m_result.trace.source = request.source;
    m_result.trace.program = request.displayName;
    m_result.trace.clock = request.realClock ? QStringLiteral("real") : QStringLiteral("virtual");
    m_realClock = request.realClock;
    m_reader = std::make_unique<runwire::FrameReader>();
    m_pending = {};
    m_pendingAny = false;
    m_final.reset();
    m_runnerErrors.clear();
    m_inputPrompt.reset();
    m_inputAnnounced = false;
    m_stopRequested = false;
    m_abandoned = false;
    m_endedAfterStop = false;
    m_active = true;
    ++g_running;

    m_process = new QProcess(this);
    m_process->setProgram(runnerPath());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LiveRun::readRunner);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_runnerErrors.append(m_process->readAllStandardError());
        if (m_runnerErrors.size() > kRunnerErrorTail)
            m_runnerErrors = m_runnerErrors.right(kRunnerErrorTail);
    });
    connect(m_process, &QProcess::finished, this, &LiveRun::onRunnerEnded);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onRunnerEnded();
    });
    m_poll->setInterval(kPollMs);
    m_poll->start();
    m_process->start(QIODevice::ReadWrite); // the request waits in QProcess's buffer until it has started
    send(requestFrame(request));
    return true;
}

void LiveRun::send(const QByteArray &frame)
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->write(frame);
}

void LiveRun::abandon()
{
    if (!m_active)
        return;
    // It ends without further work for the window: a parameter dragged through ten values replaces ten
    // runs, and nobody looks at what they did.
    m_abandoned = true;
    m_stopRequested = true;
    m_poll->stop();
    if (m_process)
        m_process->kill();
}

void LiveRun::stop()
{
    if (!m_process || m_stopRequested)
        return;
    m_stopRequested = true;
    send(runwire::encodeStop(QString()));
    m_stopGrace->start();
}

void LiveRun::answerInput(const QString &line)
{
    if (m_inputPrompt)
        send(runwire::encodeAnswer(line));
    m_inputPrompt.reset();
    m_inputAnnounced = false;
}

void LiveRun::endInput()
{
    if (m_inputPrompt)
        send(runwire::encodeAnswer(std::nullopt));
    m_inputPrompt.reset();
    m_inputAnnounced = false;
}

void LiveRun::readRunner()
{
    if (!m_process)
        return;
    m_reader->feed(m_process->readAllStandardOutput());
    while (std::optional<runwire::Frame> frame = m_reader->next()) {
        bool ok = false;
        switch (frame->kind) {
        case runwire::Message::Piece: {
            Trace::Piece piece;
            ok = runwire::decodePiece(frame->body, &piece);
            if (ok) {
                std::move(piece.events.begin(), piece.events.end(), std::back_inserter(m_pending.events));
                m_pending.tasks = std::move(piece.tasks);
                m_pendingAny = true;
            }
            break;
        }
        case runwire::Message::Input: {
            QString prompt;
            ok = runwire::decodeInput(frame->body, &prompt);
            if (ok) {
                m_inputPrompt = prompt;
                m_inputAnnounced = false;
            }
            break;
        }
        case runwire::Message::Final: {
            auto ending = std::make_unique<runwire::FinalFrame>();
            ok = runwire::decodeFinal(frame->body, ending.get());
            if (ok)
                m_final = std::move(ending);
            break;
        }
        default:
            break;
        }
        if (!ok) {
            // A runner that speaks garbage is as good as crashed: it ends, and the ending says so.
            m_process->kill();
            return;
        }
    }
    if (m_reader->broken())
        m_process->kill();
}

void LiveRun::collect()
{
    if (!m_process)
        return;
    if (m_pendingAny) {
        m_pendingAny = false;
        const qsizetype from = qsizetype(m_result.trace.events().size());
        m_result.trace.appendPiece(std::exchange(m_pending, Trace::Piece()));
        // While the program runs, the run ends at the last thing that happened.
        m_result.trace.endTime = runEndTime(m_result.trace, 0.0);
        // Redrawing a big trace takes a while: look again only after a few times that, so the window keeps
        // most of its time for the learner.
        QElapsedTimer spent;
        spent.start();
        emit progressed(from);
        m_poll->setInterval(std::clamp(int(3 * spent.elapsed()), kPollMs, kSlowestPollMs));
    }
    // After the trace that holds its prompt: the window shows the prompt, then asks for the line.
    if (m_inputPrompt && !m_inputAnnounced && m_process) {
        m_inputAnnounced = true;
        emit inputWanted(*m_inputPrompt);
    }
}

void LiveRun::onRunnerEnded()
{
    if (!m_process)
        return;
    readRunner(); // what it wrote before it ended
    m_poll->stop();
    m_stopGrace->stop();
    m_inputPrompt.reset();
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    const bool crashed = process->exitStatus() == QProcess::CrashExit || process->exitCode() != 0;
    const QString why =
        process->error() == QProcess::FailedToStart
            ? tr("The program could not be started: %1 (%2). Reinstall Awaitscope; the runner "
                 "belongs beside the awaitscope program.")
                  .arg(process->program(), process->errorString())
        : process->exitStatus() == QProcess::CrashExit
            ? tr("The process that ran the program ended unexpectedly (%1). This is a fault "
                 "in Awaitscope, not in your program; the picture shows what ran until then.")
                  .arg(QString::fromLocal8Bit(strsignal(process->exitCode())))
            : tr("The process that ran the program ended without reporting the ending (exit "
                 "status %1). This is a fault in Awaitscope, not in your program; the picture "
                 "shows what ran until then.")
                  .arg(process->exitCode());
    process->deleteLater();

    if (m_abandoned) {
        releaseOffThread(std::exchange(m_pending, Trace::Piece()));
        m_model = std::make_shared<RunModel>(); // an empty picture: nobody looks at a replaced run
        end();
        return;
    }
    m_result.trace.appendPiece(std::exchange(m_pending, Trace::Piece()));
    if (m_final && !crashed) {
        runwire::FinalFrame &f = *m_final;
        m_result.trace.appendPiece(std::move(f.piece));
        m_result.trace.endTime = f.endTime;
        m_result.trace.exitStatus = f.exitStatus;
        m_result.exitStatus = f.exitStatus;
        m_result.output = std::move(f.output);
        m_result.errorOutput = std::move(f.errorOutput);
        m_result.trace.errorOutput = m_result.errorOutput.left(Trace::kMaxErrorOutput);
        m_result.error = std::move(f.error);
        m_final.reset();
    } else if (m_endedAfterStop) {
        endWithoutReport(tr("The program did not stop within %1 seconds (a blocking call?), so the process "
                            "that ran it was ended; its tasks were not cancelled.")
                             .arg(kStopGraceMs / 1000),
                         true);
    } else {
        endWithoutReport(why, false);
    }
    buildModel();
}

void LiveRun::endWithoutReport(const QString &why, bool stopped)
{
    // What arrived is what ran: the output is in the trace's events, the ending is the message.
    QString output;
    for (const TraceEvent &e : m_result.trace.events()) {
        if (e.kind == TraceEvent::Kind::Output)
            output += e.text;
    }
    m_result.output = output;
    QString errors = why + QLatin1Char('\n');
    const QString runnerSaid = QString::fromLocal8Bit(m_runnerErrors).trimmed();
    if (!stopped && !runnerSaid.isEmpty())
        errors += runnerSaid + QLatin1Char('\n');
    m_result.errorOutput = errors;
    m_result.exitStatus = 1;
    m_result.error = RunError();
    m_result.error.kind = stopped ? RunError::Kind::Killed : RunError::Kind::Crashed;
    m_result.error.message = why;
    m_result.trace.exitStatus = 1;
    m_result.trace.endTime = runEndTime(m_result.trace, 0.0);
    m_result.trace.errorOutput = errors.left(Trace::kMaxErrorOutput);
}

void LiveRun::buildModel()
{
    // The picture's model of a big run takes a while to derive: on a thread of its own, not the GUI's. The
    // run goes with it and comes back.
    struct Job
    {
        RunResult result;
        std::shared_ptr<RunModel> model = std::make_shared<RunModel>();
    };
    auto job = std::make_shared<Job>();
    job->result = std::exchange(m_result, RunResult());
    m_modelThread = QThread::create([job] { job->model->setTrace(job->result.trace); });
    m_modelThread->setObjectName(QStringLiteral("awaitscope-model"));
    connect(m_modelThread, &QThread::finished, this, [this, job] {
        m_result = std::move(job->result);
        m_model = std::move(job->model);
        m_modelThread->disconnect(this);
        deleteWhenEnded(std::exchange(m_modelThread, nullptr));
        end();
    });
    m_modelThread->start();
}

void LiveRun::end()
{
    m_active = false;
    --g_running;
    emit finished();
}

} // namespace awaitscope
