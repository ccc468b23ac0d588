#include "timeline/timelineoverlay.h"

#include "player/playbackstate.h"
#include "timeline/timelineview.h"

#include <QEvent>

namespace awaitscope {

TimelineOverlay::TimelineOverlay(TimelineView *timeline, PlaybackState *playback)
    : QWidget(timeline)
    , m_timeline(timeline)
    , m_playback(playback)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(timeline->rect());
    timeline->installEventFilter(this);
    connect(timeline, &TimelineView::viewChanged, this, qOverload<>(&QWidget::update));
    connect(playback, &PlaybackState::cursorChanged, this, qOverload<>(&QWidget::update));
}

PlaybackState *TimelineOverlay::playback() const
{
    return m_playback;
}

double TimelineOverlay::cursorTime() const
{
    return m_playback ? m_playback->time() : m_timeline->geometry().dataStart;
}

double TimelineOverlay::cursorX() const
{
    return m_timeline->geometry().timeToX(cursorTime());
}

bool TimelineOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_timeline && event->type() == QEvent::Resize)
        setGeometry(m_timeline->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace awaitscope
