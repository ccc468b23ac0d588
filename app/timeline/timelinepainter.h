#pragma once

#include "timeline/timelinegeometry.h"
#include "timeline/timelinerows.h"
#include "timeline/timelinetheme.h"
#include "trace/runmodel.h"

#include <QFont>
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
    // `rows` are the model's rows (TimelineRows): the view keeps them with the groups the learner opened; a
    // picture builds them once per model, groups closed. cursorEvent -2: the last event at or before
    // `cursor`.
    static void paint(QPainter &painter, const QRectF &target, const RunModel &model,
                      const TimelineRows &rows, const TimelineGeometry &geometry, double cursor,
                      const TimelineTheme &theme, EventIndex cursorEvent = -2);

    // For a picture that cannot scroll (an export, the compare view): paints with the geometry's lane height,
    // and when not every lane fits, the last row's room says how many tasks are left out ("+N more not shown
    // (M tasks in all)") rather than cropping them silently. Returns how many are left out.
    static int paintRows(QPainter &painter, const QRectF &target, const RunModel &model,
                         const TimelineRows &rows, TimelineGeometry geometry, double cursor,
                         const TimelineTheme &theme, EventIndex cursorEvent = -2);

    // How wide the names' column must be for every row's words to show in full (an export's layout).
    static double labelWidth(const RunModel &model, const TimelineRows &rows, const QFont &font);

    // The lane height for `lanes` rows in `space` pixels: shared out up to `tallest`, never below `readable`
    // (a name in each row); when they do not all fit, the rows that fit share the space. `lanes` counts rows
    // (TimelineRows::count()).
    static double rowHeight(double space, int lanes, double readable, double tallest);
};

} // namespace awaitscope
