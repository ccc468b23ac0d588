#include "lessonview/liverun.h"

#include "application/cpythonrecorder.h"
#include "run/releaseoffthread.h"
#include "run/runnerclient.h"
#include "run/runwire.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace awaitscope {

namespace {
std::atomic<int> g_running{0};
constexpr int kPollMs = 30;          // how often the GUI shows what arrived
constexpr int kSlowestPollMs = 1000; // however slow the redraw, the picture is never this far behind
constexpr int kEndRunnerMs = 2000;   // how long a destructor waits for an ended runner to go
} // namespace

LiveRun::LiveRun(QObject *parent)
    : QObject(parent)
    , m_poll(new QTimer(this))
    , m_stopGrace(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &LiveRun::collect);
    m_stopGrace->setSingleShot(true);
    m_stopGrace->setTimerType(Qt::PreciseTimer); // "3 seconds" means 3 seconds, not 2.85
    m_stopGrace->setInterval(RunnerClient::kStopGraceMs);
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
    if (m_client)
        m_client->discard();
    if (m_process) {
        // The window is closing or the run was replaced: nobody will look at the rest of it.
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(kEndRunnerMs);
        delete m_process;
    }
    if (m_modelThread) {
        // The model being built is of no use now; the thread ends on its own and deletes itself. A
        // recording's CPython is killed within a tenth of a second: that is waited for, so that none outlives
        // the window.
        m_modelThread->disconnect(this);
        if (m_recordCancel)
            m_recordCancel->store(true);
        if (m_recordCancel && m_modelThread->wait(kEndRunnerMs)) {
            delete m_modelThread;
        } else {
            m_modelThread->setParent(nullptr);
            deleteWhenEnded(m_modelThread);
        }
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
    releaseOffThread(std::exchange(m_result, RunnerClient::emptyRun(request)));
    releaseOffThread(std::exchange(m_model, nullptr));
    m_realClock = request.realClock;
    m_engine = request.engine;
    m_recordCancel.reset();
    m_recordInterrupt.reset();
    m_inputPrompt.reset();
    m_inputAnnounced = false;
    m_stopRequested = false;
    m_abandoned = false;
    m_endedAfterStop = false;
    m_active = true;
    ++g_running;
    if (m_engine == RunEngine::CPython) {
        startRecording(request);
        return true;
    }
    m_client = std::make_shared<RunnerClient>(request, true);

    m_process = new QProcess(this);
    m_process->setProgram(RunnerClient::runnerPath());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LiveRun::readRunner);
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { m_client->readErrors(m_process->readAllStandardError()); });
    connect(m_process, &QProcess::finished, this, &LiveRun::onRunnerEnded);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onRunnerEnded();
    });
    m_poll->setInterval(kPollMs);
    m_poll->start();
    // (A runner that fails to start ends the run inside start(), the client with it.)
    const QByteArray requestFrame = m_client->requestFrame();
    m_process->start(QIODevice::ReadWrite); // the request waits in QProcess's buffer until it has started
    send(requestFrame);
    return true;
}

void LiveRun::startRecording(const RunRequest &request)
{
    // The learner's CPython runs the program with the recorder, on a thread of its own that then builds the
    // picture's model too; the window hears of it when both are done.
    m_recordCancel = std::make_shared<std::atomic<bool>>(false);
    m_recordInterrupt = std::make_shared<std::atomic<bool>>(false);
    finishOffThread(RunResult(), QStringLiteral("awaitscope-record"),
                    [request, cancel = m_recordCancel, interrupt = m_recordInterrupt](RunResult &result,
                                                                                      RunModel &model) {
                        result = recordRun(request, cancel.get(), interrupt.get());
                        if (!cancel->load())
                            model.setTrace(result.trace);
                    });
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
    if (m_recordCancel)
        m_recordCancel->store(true);
}

void LiveRun::stop()
{
    if (m_recordInterrupt && m_active && !m_stopRequested) {
        m_stopRequested = true;
        m_recordInterrupt->store(true); // Ctrl+C, then killed if it does not end in time
        return;
    }
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
    if (m_process)
        m_client->readLater(m_process->readAllStandardOutput());
}

void LiveRun::collect()
{
    if (!m_process)
        return;
    if (m_client->garbled()) {
        // A runner that speaks garbage is as good as crashed: it ends, and the ending says so.
        m_process->kill();
        return;
    }
    // The prompt first: the pieces before it have arrived by the time it has.
    if (std::optional<QString> prompt = m_client->takePrompt()) {
        m_inputPrompt = std::move(prompt);
        m_inputAnnounced = false;
    }
    if (m_client->hasPiece()) {
        const qsizetype from = qsizetype(m_result.trace.events().size());
        m_result.trace.appendPiece(m_client->takePiece());
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
    RunnerClient::Exit exit = RunnerClient::exitOf(*process);
    exit.endedAfterStop = m_endedAfterStop;
    process->deleteLater();

    std::shared_ptr<RunnerClient> client = std::exchange(m_client, nullptr);
    if (m_abandoned) {
        client->discard();
        m_model = std::make_shared<RunModel>(); // an empty picture: nobody looks at a replaced run
        end();
        return;
    }
    buildModel(std::move(client), exit);
}

void LiveRun::buildModel(std::shared_ptr<RunnerClient> client, const RunnerClient::Exit &exit)
{
    // The rest of the runner's words (the ending and the last pieces) and the picture's model of a big run
    // take a while: on a thread of its own, not the GUI's. The run goes with it and comes back.
    finishOffThread(std::exchange(m_result, RunResult()), QStringLiteral("awaitscope-model"),
                    [client = std::move(client), exit](RunResult &result, RunModel &model) {
                        client->waitUntilRead();
                        result = client->finish(std::move(result), exit);
                        model.setTrace(result.trace);
                    });
}

void LiveRun::finishOffThread(RunResult soFar, const QString &threadName,
                              std::function<void(RunResult &, RunModel &)> work)
{
    struct Job
    {
        RunResult result;
        std::shared_ptr<RunModel> model = std::make_shared<RunModel>();
    };
    auto job = std::make_shared<Job>();
    job->result = std::move(soFar);
    m_modelThread = QThread::create([job, work = std::move(work)] { work(job->result, *job->model); });
    m_modelThread->setObjectName(threadName);
    connect(m_modelThread, &QThread::finished, this, [this, job] {
        m_result = std::move(job->result);
        // A replaced run's picture is of no use: nobody looks at it.
        m_model = m_abandoned ? std::make_shared<RunModel>() : std::move(job->model);
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
