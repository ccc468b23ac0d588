#pragma once

#include "timeline/timelinegeometry.h"
#include "trace/runmodel.h"
#include "timeline/timelinetheme.h"

#include <QRectF>

class QPainter;

namespace awaitscope {

// Draws a whole timeline (axis, lane names, spans, combinator brackets, arrows, markers, cursor, legend) into
// any QPainter: the widget, a QImage, an SVG or a PDF. The geometry is taken as given except for its size,
// which becomes the target's. Spans narrower than a pixel are merged per pixel column, and only visible lanes
// and times are visited, so a frame costs about the same for ten tasks as for ten thousand.
class TimelinePainter
{
public:
    static void paint(QPainter &painter, const QRectF &target, const RunModel &model,
                      const TimelineGeometry &geometry, double cursor, const TimelineTheme &theme,
                      EventIndex cursorEvent = -2); // -2: the last event at or before `cursor`
};

} // namespace awaitscope
