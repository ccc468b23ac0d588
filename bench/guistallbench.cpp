#include "guistallbench.h"

#include "mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace awaitscope::bench {

namespace {

// A timer on the GUI thread that should fire every few milliseconds: the longest gap between two firings,
// less the interval, is the longest time the window could not answer the learner.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(kIntervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last - kIntervalMs);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    static constexpr int kIntervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Lets the event loop run for `ms`, or until `done` holds (then returns true).
template<typename Done> bool spin(int ms, Done done)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (done())
            return true;
    }
    return done();
}

} // namespace

GuiStallFigures runGuiStallBenchmark()
{
    QStandardPaths::setTestModeEnabled(true); // the bench never touches the user's settings
    GuiStallFigures out;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    auto idle = [&window] { return !window.isRunning(); };
    if (!window.openLesson(QStringLiteral("concurrent-tasks")) || !spin(10000, idle))
        return out;

    // 1. A heavy program: 20,000 tasks that each sleep twice, run from the editor.
    StallProbe heavy;
    heavy.start();
    window.codeEditor()->setPlainText(
        QStringLiteral("import asyncio\n"
                       "async def nap(i):\n"
                       "    await asyncio.sleep(0.001 * (i % 50))\n"
                       "    await asyncio.sleep(0)\n"
                       "    return i\n"
                       "async def main():\n"
                       "    r = await asyncio.gather(*[nap(i) for i in range(20000)])\n"
                       "    print(len(r))\n"
                       "asyncio.run(main())\n"));
    window.runProgram();
    if (!spin(60000, idle))
        return out;
    spin(100, [] { return false; });
    out.heavyRunMs = heavy.longestMs();

    // 2. A parameter dragged through ten values, one every 30 ms, as a learner drags a spin box.
    window.openLesson(QStringLiteral("concurrent-tasks"));
    spin(10000, idle);
    auto *count = window.findChild<QSpinBox *>(QStringLiteral("param_delay"));
    if (!count)
        return out;
    StallProbe drag;
    drag.start();
    for (int i = 0; i < 10; ++i) {
        count->setValue(count->minimum() + i % (count->maximum() - count->minimum() + 1));
        spin(30, [] { return false; });
    }
    spin(10000, idle);
    out.parameterDragMs = drag.longestMs();

    // 3. A real-clock run of about a second that grows live on the timeline.
    auto *realClock = window.findChild<QCheckBox *>(QStringLiteral("realClockBox"));
    if (!realClock)
        return out;
    realClock->setChecked(true);
    window.codeEditor()->setPlainText(
        QStringLiteral("import asyncio\n"
                       "async def tick(i):\n"
                       "    for k in range(10):\n"
                       "        await asyncio.sleep(0.1)\n"
                       "async def main():\n"
                       "    await asyncio.gather(*[tick(i) for i in range(50)])\n"
                       "asyncio.run(main())\n"));
    StallProbe live;
    live.start();
    window.runProgram();
    if (!spin(20000, idle))
        return out;
    out.liveRunMs = live.longestMs();
    realClock->setChecked(false);
    out.ok = true;
    return out;
}

} // namespace awaitscope::bench
