#include "lessonview/liverun.h"

#include "python/pythonrunner.h"
#include "settings/settings.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace awaitscope {

namespace {
std::atomic<int> g_running{0};
constexpr int kPublishMs = 40;       // how often the program's thread hands over the trace so far
constexpr int kPollMs = 30;          // how often the GUI looks for it
constexpr int kSlowestPollMs = 1000; // however slow the redraw, the picture is never more than this behind
constexpr int kJoinMs = 5000;        // how long a destructor waits for a stopped program to end
} // namespace

// What the program's thread and the GUI share. The program's thread publishes a copy of the trace (its
// strings are shared, so a copy is cheap) and the output; the GUI takes them under the lock.
struct LiveRun::Shared
{
    QMutex mutex;
    py::RunControl control;
    ProgramRun published;
    bool fresh = false;
    bool done = false;
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

bool LiveRun::start(const QString &source, const QString &displayName, bool realClock)
{
    if (m_thread)
        return false;
    m_result = ProgramRun();
    m_result.trace.source = source;
    m_result.trace.clock = realClock ? QStringLiteral("real") : QStringLiteral("virtual");
    m_realClock = realClock;
    m_shared = std::make_shared<Shared>();
    m_poll->setInterval(kPollMs);
    std::shared_ptr<Shared> shared = m_shared;
    // Read here, on the GUI thread: QSettings is not for the program's thread.
    const py::RunLimits limits = Settings::limits();
    const QStringList hosts = Settings::allowedHosts();

    m_thread = QThread::create([shared, source, displayName, realClock, limits, hosts] {
        ProgramRun run;
        size_t publishedEvents = 0;
        auto publish = [&run, &shared, &publishedEvents] {
            if (run.trace.events().size() == publishedEvents)
                return;
            {
                // The GUI has not taken the last piece yet: no point copying another one.
                QMutexLocker lock(&shared->mutex);
                if (shared->fresh)
                    return;
            }
            publishedEvents = run.trace.events().size();
            // Copy outside the lock, so the GUI never waits for it.
            ProgramRun copy = run;
            // While the program runs, the run ends at the last thing that happened.
            if (!copy.trace.events().empty())
                copy.trace.endTime = copy.trace.events().back().time;
            QMutexLocker lock(&shared->mutex);
            shared->published = std::move(copy);
            shared->fresh = true;
        };
        py::RunOptions options;
        Settings::applyTo(options, limits, hosts);
        options.realClock = realClock;
        options.displayName = displayName;
        options.trace = &run.trace;
        options.control = &shared->control;
        options.out = [&run](const QString &s) { run.stdoutText += s; };
        options.err = [&run](const QString &s) { run.stderrText += s; };
        // The timer fires while the real-clock loop waits in its Qt event loop, between two loop passes,
        // so the trace is never caught half-written.
        QTimer publisher;
        publisher.setInterval(kPublishMs);
        QObject::connect(&publisher, &QTimer::timeout, publish);
        publisher.start();
        run.exitStatus = py::runPythonSource(source, options);
        publisher.stop();
        run.trace.source = source;
        run.trace.exitStatus = run.exitStatus;
        // The real clock's program time does not count the loop's seconds: the run ends at its last event.
        if (!run.trace.events().empty())
            run.trace.endTime = std::max(run.trace.endTime, run.trace.events().back().time);
        describeFailure(run);
        QMutexLocker lock(&shared->mutex);
        shared->published = std::move(run);
        shared->fresh = true;
        shared->done = true;
    });
    m_thread->setObjectName(QStringLiteral("awaitscope-program"));
    // The interpreter checks its stack depth against the thread's real stack: give it the main thread's size.
    m_thread->setStackSize(8u * 1024u * 1024u);
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

void LiveRun::stop()
{
    if (m_thread)
        m_shared->control.requestStop();
}

bool LiveRun::waitForFinished(int ms)
{
    if (!m_thread)
        return true;
    if (!m_thread->wait(ms))
        return false;
    onThreadFinished();
    return true;
}

void LiveRun::collect()
{
    if (!m_shared)
        return;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (!m_shared->fresh || m_shared->done)
            return; // the final state is taken in onThreadFinished
        m_result = std::move(m_shared->published);
        m_shared->fresh = false;
    }
    // Redrawing a big trace takes a while: look again only after a few times that, so the window keeps
    // most of its time for the learner.
    QElapsedTimer spent;
    spent.start();
    emit progressed();
    m_poll->setInterval(std::clamp(int(3 * spent.elapsed()), kPollMs, kSlowestPollMs));
}

void LiveRun::onThreadFinished()
{
    m_poll->stop();
    {
        QMutexLocker lock(&m_shared->mutex);
        m_result = std::move(m_shared->published);
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    --g_running;
    emit finished();
}

} // namespace awaitscope
