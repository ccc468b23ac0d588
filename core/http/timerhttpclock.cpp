#include "timerhttpclock.h"

#include <QTimer>

namespace awaitscope {

TimerHttpClock::TimerHttpClock(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

TimerHttpClock::~TimerHttpClock() = default; // the timers are children

quint64 TimerHttpClock::callLater(qint64 delayMs, std::function<void()> callback)
{
    const quint64 handle = ++m_nextHandle;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [this, handle, timer, callback = std::move(callback)] {
        m_timers.remove(handle);
        timer->deleteLater();
        callback();
    });
    m_timers.insert(handle, timer);
    timer->start(int(qBound<qint64>(0, delayMs, qint64(std::numeric_limits<int>::max()))));
    return handle;
}

void TimerHttpClock::cancel(quint64 handle)
{
    if (QTimer *timer = m_timers.take(handle)) {
        timer->stop();
        timer->deleteLater();
    }
}

} // namespace awaitscope
