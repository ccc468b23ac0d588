#include "player/playbackstate.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace awaitscope {

namespace {

constexpr std::array kPresetSpeeds{0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 10.0};

} // namespace

PlaybackState::PlaybackState(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(FrameMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackState::tick);
}

void PlaybackState::setEvents(std::vector<double> eventTimes, double start, double end)
{
    pause();
    m_times = std::move(eventTimes);
    m_start = start;
    m_end = std::max(start, end);
    if (!m_times.empty())
        m_end = std::max(m_end, m_times.back());
    // Force the signal: the run changed even if the numbers are equal.
    m_time = m_start;
    m_index = -1;
    emit cursorChanged(m_time, m_index);
}

std::int64_t PlaybackState::lastEventAtOrBefore(double t) const
{
    const auto it = std::upper_bound(m_times.begin(), m_times.end(), t);
    return std::int64_t(it - m_times.begin()) - 1;
}

void PlaybackState::setCursor(double time, std::int64_t index)
{
    if (time == m_time && index == m_index)
        return;
    m_time = time;
    m_index = index;
    emit cursorChanged(m_time, m_index);
}

void PlaybackState::play()
{
    if (isPlaying())
        return;
    if (atEnd())
        jumpToStart(); // Play at the end replays the run
    m_clock.start();
    m_eventCredit = 0.0;
    m_timer.start();
    emit playingChanged(true);
}

void PlaybackState::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void PlaybackState::togglePlaying()
{
    setPlaying(!isPlaying());
}

void PlaybackState::setPlaying(bool playing)
{
    if (playing)
        play();
    else
        pause();
}

void PlaybackState::setSpeed(double speed)
{
    if (!std::isfinite(speed))
        return;
    const double clamped = std::clamp(speed, MinSpeed, MaxSpeed);
    if (clamped == m_speed)
        return;
    m_speed = clamped;
    emit speedChanged(m_speed);
}

void PlaybackState::faster()
{
    for (double s : kPresetSpeeds) {
        if (s > m_speed + 1e-9) {
            setSpeed(s);
            return;
        }
    }
}

void PlaybackState::slower()
{
    for (auto it = kPresetSpeeds.rbegin(); it != kPresetSpeeds.rend(); ++it) {
        if (*it < m_speed - 1e-9) {
            setSpeed(*it);
            return;
        }
    }
}

void PlaybackState::stepForward()
{
    pause();
    if (m_index + 1 < eventCount())
        setCursor(std::max(m_time, m_times[size_t(m_index + 1)]), m_index + 1);
    else
        setCursor(m_end, m_index); // after the last event only the end of the run is left
}

void PlaybackState::stepBackward()
{
    pause();
    if (m_index >= 0 && m_time > m_times[size_t(m_index)]) {
        // Between two events (after scrubbing or at the end): back onto the event just passed.
        setCursor(m_times[size_t(m_index)], m_index);
        return;
    }
    if (m_index <= 0) {
        setCursor(m_start, -1);
        return;
    }
    setCursor(m_times[size_t(m_index - 1)], m_index - 1);
}

void PlaybackState::jumpToStart()
{
    pause();
    setCursor(m_start, -1);
}

void PlaybackState::jumpToEnd()
{
    pause();
    setCursor(m_end, eventCount() - 1);
}

void PlaybackState::scrubTo(double time)
{
    if (!std::isfinite(time))
        return;
    const double t = std::clamp(time, m_start, m_end);
    // At the very start nothing has happened yet, even if events carry the start time.
    setCursor(t, t <= m_start && time < m_start ? -1 : lastEventAtOrBefore(t));
}

void PlaybackState::setEventIndex(std::int64_t index)
{
    index = std::min(index, eventCount() - 1);
    if (index < 0) {
        setCursor(m_start, -1);
        return;
    }
    setCursor(m_times[size_t(index)], index);
}

void PlaybackState::advance(double wallSeconds)
{
    if (!(wallSeconds > 0.0))
        return;
    if (m_end - m_start < 1e-9 && eventCount() > 0) {
        // A run that took no time at all (nothing ever slept): play it event by event instead,
        // EventsPerSecond at 1x, so Play still shows it happen.
        m_eventCredit += wallSeconds * m_speed * EventsPerSecond;
        const auto steps = std::int64_t(m_eventCredit);
        m_eventCredit -= double(steps);
        const std::int64_t index = std::min(eventCount() - 1, m_index + steps);
        setCursor(m_end, index);
        if (index == eventCount() - 1) {
            pause();
            emit reachedEnd();
        }
        return;
    }
    const double t = m_time + wallSeconds * m_speed;
    if (t >= m_end) {
        setCursor(m_end, eventCount() - 1);
        pause();
        emit reachedEnd();
        return;
    }
    setCursor(t, std::max(m_index, lastEventAtOrBefore(t)));
}

void PlaybackState::tick()
{
    const double elapsed = double(m_clock.nsecsElapsed()) / 1e9;
    m_clock.restart();
    advance(elapsed);
}

} // namespace awaitscope
