#pragma once

#include <QPointer>
#include <QWidget>

namespace awaitscope {

class PlaybackState;
class TimelineView;

// Covers the part of the timeline after the cursor while the learner predicts, so the drawn run gives no
// answer away. A child of the timeline that lets every mouse event through to it.
class FutureVeil : public QWidget
{
    Q_OBJECT
public:
    FutureVeil(TimelineView *timeline, PlaybackState *playback);

    // The x (in the timeline's pixels) from which the run is hidden.
    double veilLeft() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TimelineView *m_timeline;
    QPointer<PlaybackState> m_playback;
};

} // namespace awaitscope
