#pragma once

#include <QPointer>
#include <QWidget>

namespace awaitscope {

class PlaybackState;
class TimelineView;

// In presenter mode, the moment under the cursor is what the class should look at: everything else on the
// timeline is dimmed, the band around the cursor is framed, and its time is written large above it. A child
// of the timeline that lets every mouse event through.
class CursorSpotlight : public QWidget
{
    Q_OBJECT
public:
    CursorSpotlight(TimelineView *timeline, PlaybackState *playback);

    // The lit band, in the timeline's pixels.
    QRectF band() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TimelineView *m_timeline;
    QPointer<PlaybackState> m_playback;
};

} // namespace awaitscope
