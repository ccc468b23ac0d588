#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace awaitscope {

class RunModel;
class TimelineRows;

// What lies under a point of the timeline.
struct TimelineHit
{
    // GroupLabel and Group: a group row's name or its plot; Density: the row counting tasks alive and ready.
    enum class Kind { Nothing, Axis, LaneLabel, Lane, Span, Marker, HttpRequest, GroupLabel, Group, Density };
    Kind kind = Kind::Nothing;
    int row = -1;     // the row under the point (TimelineRows)
    int group = -1;   // index into TimelineRows::groups()
    int lane = -1;    // the model's lane, for a task's own row
    int span = -1;    // index into TaskLane::spans
    int marker = -1;  // index into RunModel::markers()
    int request = -1; // index into RunModel::httpRequests()
    double time = 0.0;
};

// The mapping between a trace's time and a widget's pixels, as a plain value: lane names on the left, the
// time axis on top, the legend at the bottom, lanes in between. "Lane" here means a row of the picture
// (TimelineRows: a task, a group of tasks, or the density row). Zoom, pan and fit-all only change numbers
// here, so all of it is testable without a GUI.
class TimelineGeometry
{
public:
    // Layout, in pixels.
    double width = 800.0;
    double height = 400.0;
    double labelWidth = 160.0;
    double axisHeight = 28.0;
    double legendHeight = 24.0;
    double laneHeight = 26.0;
    double footerHeight = 0.0; // room between the lanes and the legend (an export's "+N more" note)
    double scrollY = 0.0;      // how far the lanes are scrolled up
    int laneCount = 0;

    // Time, in seconds: the visible window and the extent of the data (what fit-all shows).
    double viewStart = 0.0;
    double viewEnd = 1.0;
    double dataStart = 0.0;
    double dataEnd = 1.0;

    static constexpr double MinSpan = 1e-6; // 1 µs across the whole plot is the deepest zoom
    // Fit-all leaves 2% of the duration free before the first event and 5% after the last, so that what
    // happens at the very end (a failure, a timeout) is not a sliver glued to the right edge.
    static constexpr double FitPaddingBefore = 0.02;
    static constexpr double FitPaddingAfter = 0.05;

    double plotLeft() const { return labelWidth; }
    double plotWidth() const;
    double lanesTop() const { return axisHeight; }
    double lanesBottom() const;
    QRectF plotRect() const;

    double timeToX(double t) const;
    double xToTime(double x) const;
    double secondsPerPixel() const;

    double laneTop(int lane) const;
    double laneCenter(int lane) const { return laneTop(lane) + laneHeight / 2.0; }
    // The band of a lane where HTTP requests are drawn as waterfalls (its lower part).
    QRectF httpBand(int lane, double x0, double x1) const;
    QRectF laneRect(int lane) const;
    int laneAt(double y) const; // -1 outside the lanes
    int firstVisibleLane() const;
    int lastVisibleLane() const; // -1 when none

    void setDataRange(double start, double end);
    // The window fit-all shows; it is also the bounds of panning and zooming out, so the run can never leave
    // the view entirely.
    double fitStart() const;
    double fitEnd() const;
    double fitSpan() const; // the run's duration, or one second when it took none
    void fitAll();
    bool isFitted() const; // the window is the fit-all window (to rounding)
    // Moves and shrinks the window into [fitStart, fitEnd], keeping at least MinSpan and some of the run.
    void clampView();
    void zoomAround(double x, double factor); // factor > 1 zooms in; the time under x stays under x
    void panByPixels(double dx);              // dx > 0 drags the picture to the right (earlier times come in)
    void scrollLanesBy(double dy);
    double maxScrollY() const;

    // Hit-testing against a model; `tolerance` is in pixels, so a zero-length step is still found.
    TimelineHit hitTest(QPointF p, const RunModel &model, const TimelineRows &rows,
                        double tolerance = 4.0) const;

    // Axis ticks: a 1-2-5 step at least `minSpacing` pixels apart, and the tick times inside the view.
    double tickStep(double minSpacing) const;
    std::vector<double> tickTimes(double step) const;
    static double niceStep(double rawStep);
    static QString formatTime(double seconds, double step); // "1.5 s", "250 ms", "20 µs"
    static QString formatDuration(double seconds);          // exact-enough value for tooltips
};

} // namespace awaitscope
