#include "lessonview/liverun.h"
#include "run/releaseoffthread.h"

#include "python/pythonrunner.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace awaitscope {

namespace {
std::atomic<int> g_running{0};
constexpr int kPublishMs = 40;       // how often the program's thread hands over the trace so far
constexpr int kPollMs = 30;          // how often the GUI looks for it
constexpr int kSlowestPollMs = 1000; // however slow the redraw, the picture is never more than this behind
constexpr int kJoinMs = 5000;        // how long a destructor waits for a stopped program to end
constexpr int kInputPollMs = 50;     // how soon a program waiting for input() sees a stop
} // namespace

// What the program's thread and the GUI share. The program's thread hands over what is new in the trace (the
// events since the last hand-over and the task list); the GUI appends it to its copy under the lock.
struct LiveRun::Shared : RunProgressSink
{
    QMutex mutex;
    py::RunControl control;
    Trace::Piece pending; // guarded by mutex
    RunResult finalResult;
    std::shared_ptr<const RunModel> finalModel; // built on the program's thread, not the window's
    bool done = false;
    std::atomic<bool> abandoned{false}; // replaced by another run: nobody will look at it

    // input(): the program's thread waits in readLine until the window answers, ends the input or stops
    // the run. Guarded by inputMutex (a std::mutex, which ThreadSanitizer sees).
    std::mutex inputMutex;
    std::condition_variable inputReady;
    bool inputWaiting = false;
    QString inputPrompt;
    std::optional<QString> inputLine; // the answer; set with inputGiven
    bool inputGiven = false;

    std::optional<QString> readLine(const QString &prompt)
    {
        std::unique_lock lock(inputMutex);
        inputWaiting = true;
        inputPrompt = prompt;
        inputGiven = false;
        // A stop request sets only a flag this thread can read: look at it now and then.
        while (!inputGiven && !control.stopRequested())
            inputReady.wait_for(lock, std::chrono::milliseconds(kInputPollMs));
        inputWaiting = false;
        return inputGiven ? std::exchange(inputLine, std::nullopt) : std::nullopt;
    }

    void giveInput(std::optional<QString> line)
    {
        {
            std::lock_guard lock(inputMutex);
            if (!inputWaiting || inputGiven)
                return;
            inputLine = std::move(line);
            inputGiven = true;
        }
        inputReady.notify_all();
    }

    void traceGrew(const Trace &trace, size_t fromEvent) override
    {
        if (abandoned.load(std::memory_order_relaxed))
            return;
        Trace::Piece piece = Trace::piece(trace, fromEvent); // copied outside the lock
        QMutexLocker lock(&mutex);
        std::move(piece.events.begin(), piece.events.end(), std::back_inserter(pending.events));
        pending.tasks = std::move(piece.tasks);
    }
};

LiveRun::LiveRun(QObject *parent)
    : QObject(parent)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &LiveRun::collect);
}

LiveRun::~LiveRun()
{
    // A replaced run is deleted on the GUI thread: its trace and model are freed off it.
    releaseOffThread(std::exchange(m_result, RunResult()));
    releaseOffThread(std::exchange(m_model, nullptr));
    if (!m_thread)
        return;
    m_shared->control.requestStop(QStringLiteral("the window was closed"));
    if (m_thread->wait(kJoinMs)) {
        delete m_thread;
        --g_running;
        return;
    }
    // A program blocked in time.sleep() cannot see the stop yet: let the thread end on its own and clean up
    // after itself. The shared state lives as long as the thread needs it.
    qWarning("awaitscope: a stopped program is still ending; it will be cleaned up when it does");
    m_thread->setParent(nullptr);
    QThread *thread = m_thread;
    // It may end between the wait and the connection: whichever comes first cleans up, once.
    auto once = std::make_shared<std::atomic<bool>>(false);
    auto cleanUp = [thread, once] {
        if (once->exchange(true))
            return;
        --g_running;
        thread->deleteLater();
    };
    QObject::connect(thread, &QThread::finished, thread, cleanUp);
    if (thread->isFinished())
        cleanUp();
}

int LiveRun::runningCount()
{
    return g_running.load();
}

bool LiveRun::stopRequested() const
{
    return m_shared && m_shared->control.stopRequested();
}

bool LiveRun::start(const RunRequest &request)
{
    if (m_thread)
        return false;
    // The last run's trace and model may be big: freed off the GUI thread.
    releaseOffThread(std::exchange(m_result, RunResult()));
    releaseOffThread(std::exchange(m_model, nullptr));
    m_result.trace.source = request.source;
    m_result.trace.program = request.displayName;
    m_result.trace.clock = request.realClock ? QStringLiteral("real") : QStringLiteral("virtual");
    m_realClock = request.realClock;
    m_shared = std::make_shared<Shared>();
    m_shared->intervalMs = kPublishMs;
    m_poll->setInterval(kPollMs);
    m_inputAnnounced = false;
    std::shared_ptr<Shared> shared = m_shared;

    m_thread = QThread::create([shared, request = RunRequest(request)]() mutable {
        request.readLine = [shared = shared.get()](const QString &prompt) {
            return shared->readLine(prompt);
        };
        RunResult result = runProgram(request, &shared->control, shared.get());
        // The picture's model of a big run takes a while to derive: here, not on the GUI thread (and not at
        // all for a run that was replaced).
        auto model = std::make_shared<RunModel>();
        if (!shared->abandoned.load())
            model->setTrace(result.trace);
        QMutexLocker lock(&shared->mutex);
        shared->finalResult = std::move(result);
        shared->finalModel = std::move(model);
        shared->done = true;
    });
    m_thread->setObjectName(QStringLiteral("awaitscope-program"));
    // The interpreter checks its stack depth against the thread's real stack: give it the main thread's size.
    m_thread->setStackSize(py::programThreadStackBytes);
    const int generation = ++m_generation;
    connect(m_thread, &QThread::finished, this, [this, generation] {
        if (generation == m_generation && m_thread)
            onThreadFinished();
    });
    ++g_running;
    m_thread->start();
    m_poll->start();
    return true;
}

void LiveRun::abandon()
{
    if (!m_thread)
        return;
    // It ends on its own thread without further work for the window: a parameter dragged through ten values
    // replaces ten runs. (Not at idle priority: a thread starved while it holds a lock the window needs, an
    // allocator's for one, stalled the window up to 342 ms in the GUI-stall bench.)
    m_shared->abandoned = true;
    m_poll->stop();
    m_shared->control.requestStop();
}

void LiveRun::stop()
{
    if (m_thread)
        m_shared->control.requestStop();
}

void LiveRun::answerInput(const QString &line)
{
    if (m_shared && m_thread)
        m_shared->giveInput(line);
    m_inputAnnounced = false;
}

void LiveRun::endInput()
{
    if (m_shared && m_thread)
        m_shared->giveInput(std::nullopt);
    m_inputAnnounced = false;
}

void LiveRun::collect()
{
    if (!m_shared)
        return;
    collectTrace();
    // After the trace that holds its prompt: the window shows the prompt, then asks for the line.
    if (m_inputAnnounced || !m_thread)
        return;
    QString prompt;
    {
        std::lock_guard lock(m_shared->inputMutex);
        if (!m_shared->inputWaiting || m_shared->inputGiven)
            return;
        prompt = m_shared->inputPrompt;
    }
    m_inputAnnounced = true;
    emit inputWanted(prompt);
}

void LiveRun::collectTrace()
{
    Trace::Piece piece;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->done || m_shared->pending.events.empty())
            return; // the final state is taken in onThreadFinished
        piece = std::move(m_shared->pending);
        m_shared->pending = {};
    }
    const qsizetype from = qsizetype(m_result.trace.events().size());
    m_result.trace.appendPiece(std::move(piece));
    // While the program runs, the run ends at the last thing that happened.
    m_result.trace.endTime = runEndTime(m_result.trace, 0.0);
    // Redrawing a big trace takes a while: look again only after a few times that, so the window keeps
    // most of its time for the learner.
    QElapsedTimer spent;
    spent.start();
    emit progressed(from);
    m_poll->setInterval(std::clamp(int(3 * spent.elapsed()), kPollMs, kSlowestPollMs));
}

void LiveRun::onThreadFinished()
{
    m_poll->stop();
    releaseOffThread(std::exchange(m_result, RunResult())); // what was collected while it ran
    {
        // The program set its result before its thread said it finished.
        QMutexLocker lock(&m_shared->mutex);
        m_result = std::move(m_shared->finalResult);
        m_model = std::move(m_shared->finalModel);
    }
    m_thread->disconnect(this);
    deleteWhenEnded(std::exchange(m_thread, nullptr));
    --g_running;
    emit finished();
}

} // namespace awaitscope
