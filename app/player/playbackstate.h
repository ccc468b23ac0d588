#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <cstdint>
#include <vector>

namespace awaitscope {

// The one cursor every view follows: where in the run we are (a time and the last event applied at it),
// whether it plays and how fast. Views only listen to its signals and call its slots; none pokes another.
// Positions: eventIndex -1 is "before the first event"; stepping moves one event at a time even when many
// events share one instant of the virtual clock.
class PlaybackState : public QObject
{
    Q_OBJECT
    Q_PROPERTY(double time READ time NOTIFY cursorChanged)
    Q_PROPERTY(bool playing READ isPlaying WRITE setPlaying NOTIFY playingChanged)
    Q_PROPERTY(double speed READ speed WRITE setSpeed NOTIFY speedChanged)
public:
    static constexpr double MinSpeed = 0.1;
    static constexpr double MaxSpeed = 10.0;
    static constexpr int FrameMs = 16;             // one animation tick at 60 fps
    static constexpr double EventsPerSecond = 4.0; // playing a run that took no virtual time

    explicit PlaybackState(QObject *parent = nullptr);

    // A new run: the time of every event (ascending) and the run's extent. Stops and goes to the start.
    void setEvents(std::vector<double> eventTimes, double start, double end);

    double time() const { return m_time; }
    std::int64_t eventIndex() const { return m_index; }
    std::int64_t eventCount() const { return std::int64_t(m_times.size()); }
    double startTime() const { return m_start; }
    double endTime() const { return m_end; }
    bool isPlaying() const { return m_timer.isActive(); }
    double speed() const { return m_speed; }
    bool atStart() const { return m_index < 0 && m_time <= m_start; }
    bool atEnd() const { return m_index == eventCount() - 1 && m_time >= m_end; }

public slots:
    void play();
    void pause();
    void togglePlaying();
    void setPlaying(bool playing);
    void setSpeed(double speed); // clamped to 0.1x..10x
    void faster();               // next preset speed: 0.1, 0.25, 0.5, 1, 2, 4, 10
    void slower();
    void stepForward();
    void stepBackward();
    void jumpToStart();
    void jumpToEnd();
    void scrubTo(double time);
    void setEventIndex(std::int64_t index);
    // Move on as if `wallSeconds` of real time had passed while playing (the timer calls this).
    void advance(double wallSeconds);

signals:
    void cursorChanged(double time, std::int64_t eventIndex);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void reachedEnd();

private:
    void setCursor(double time, std::int64_t index);
    void tick();
    std::int64_t lastEventAtOrBefore(double t) const;

    std::vector<double> m_times;
    double m_start = 0.0;
    double m_end = 0.0;
    double m_time = 0.0;
    std::int64_t m_index = -1;
    double m_speed = 1.0;
    double m_eventCredit = 0.0; // fractional events owed when playing event by event
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace awaitscope
