#pragma once

#include "timeline/timelineoverlay.h"

namespace awaitscope {

// In presenter mode, the moment under the cursor is what the class should look at: everything else on the
// timeline is dimmed, the band around the cursor is framed, and its time is written large above it.
class CursorSpotlight : public TimelineOverlay
{
    Q_OBJECT
public:
    CursorSpotlight(TimelineView *timeline, PlaybackState *playback);

    // The lit band, in the timeline's pixels.
    QRectF band() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace awaitscope
