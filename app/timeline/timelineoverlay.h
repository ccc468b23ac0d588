#pragma once

#include <QPointer>
#include <QWidget>

namespace awaitscope {

class PlaybackState;
class TimelineView;

// A picture drawn over the timeline that follows its cursor (prediction's veil, presenter mode's
// spotlight): a child that covers the whole view, lets every mouse event through to it, keeps its size
// and repaints when the view or the cursor moves. Subclasses only paint.
class TimelineOverlay : public QWidget
{
    Q_OBJECT
public:
    TimelineOverlay(TimelineView *timeline, PlaybackState *playback);

protected:
    TimelineView *timeline() const { return m_timeline; }
    PlaybackState *playback() const; // null once the playback state is gone
    // The cursor's time (the start of the data once the playback state is gone) and its x in pixels.
    double cursorTime() const;
    double cursorX() const;

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TimelineView *m_timeline;
    QPointer<PlaybackState> m_playback;
};

} // namespace awaitscope
