#pragma once

#include "timeline/timelineoverlay.h"

namespace awaitscope {

// Covers the part of the timeline after the cursor while the learner predicts, so the drawn run gives no
// answer away.
class FutureVeil : public TimelineOverlay
{
    Q_OBJECT
public:
    FutureVeil(TimelineView *timeline, PlaybackState *playback);

    // The x (in the timeline's pixels) from which the run is hidden.
    double veilLeft() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace awaitscope
