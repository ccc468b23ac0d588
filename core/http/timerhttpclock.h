#pragma once

#include "httpclock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class QTimer;

namespace awaitscope {

// HttpClock on real time with QTimer, for the real network outside the runtime (tests, benchmarks).
class TimerHttpClock : public QObject, public HttpClock
{
    Q_OBJECT
public:
    explicit TimerHttpClock(QObject *parent = nullptr);
    ~TimerHttpClock() override;

    qint64 nowMs() const override { return m_clock.elapsed(); }
    quint64 callLater(qint64 delayMs, std::function<void()> callback) override;
    void cancel(quint64 handle) override;

private:
    QElapsedTimer m_clock;
    QHash<quint64, QTimer *> m_timers;
    quint64 m_nextHandle = 0;
};

} // namespace awaitscope
