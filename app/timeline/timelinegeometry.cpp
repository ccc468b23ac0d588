#include "timeline/timelinegeometry.h"

#include "timeline/timelinerows.h"
#include "trace/runmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace awaitscope {

double TimelineGeometry::plotWidth() const
{
    return std::max(1.0, width - labelWidth);
}

double TimelineGeometry::lanesBottom() const
{
    return std::max(lanesTop(), height - legendHeight - footerHeight);
}

QRectF TimelineGeometry::plotRect() const
{
    return QRectF(plotLeft(), lanesTop(), plotWidth(), lanesBottom() - lanesTop());
}

double TimelineGeometry::timeToX(double t) const
{
    return plotLeft() + (t - viewStart) / secondsPerPixel();
}

double TimelineGeometry::xToTime(double x) const
{
    return viewStart + (x - plotLeft()) * secondsPerPixel();
}

double TimelineGeometry::secondsPerPixel() const
{
    return std::max(viewEnd - viewStart, MinSpan) / plotWidth();
}

double TimelineGeometry::laneTop(int lane) const
{
    return lanesTop() + lane * laneHeight - scrollY;
}

QRectF TimelineGeometry::laneRect(int lane) const
{
    return QRectF(0.0, laneTop(lane), width, laneHeight);
}

QRectF TimelineGeometry::httpBand(int lane, double x0, double x1) const
{
    return QRectF(x0, laneTop(lane) + laneHeight * 0.64, std::max(1.0, x1 - x0),
                  std::max(2.0, laneHeight * 0.3));
}

int TimelineGeometry::laneAt(double y) const
{
    if (y < lanesTop() || y >= lanesBottom() || laneHeight <= 0)
        return -1;
    const int lane = int(std::floor((y - lanesTop() + scrollY) / laneHeight));
    return lane >= 0 && lane < laneCount ? lane : -1;
}

int TimelineGeometry::firstVisibleLane() const
{
    if (laneHeight <= 0)
        return 0;
    return std::clamp(int(std::floor(scrollY / laneHeight)), 0, std::max(0, laneCount));
}

int TimelineGeometry::lastVisibleLane() const
{
    if (laneHeight <= 0 || laneCount == 0)
        return -1;
    const int last = int(std::ceil((scrollY + lanesBottom() - lanesTop()) / laneHeight)) - 1;
    return std::clamp(last, -1, laneCount - 1);
}

void TimelineGeometry::setDataRange(double start, double end)
{
    dataStart = start;
    dataEnd = std::max(start, end);
}

double TimelineGeometry::fitStart() const
{
    return dataStart - fitSpan() * FitPaddingBefore;
}

double TimelineGeometry::fitEnd() const
{
    return dataStart + fitSpan() * (1 + FitPaddingAfter);
}

double TimelineGeometry::fitSpan() const
{
    // Everything happened at one instant (a program that never sleeps): the second that starts there, so
    // the axis starts where the run does, as for any run, not at a negative time.
    const double span = dataEnd - dataStart;
    return span < MinSpan ? 1.0 : span;
}

void TimelineGeometry::fitAll()
{
    viewStart = fitStart();
    viewEnd = fitEnd();
}

bool TimelineGeometry::isFitted() const
{
    const double tolerance = (fitEnd() - fitStart()) * 1e-9;
    return std::abs(viewStart - fitStart()) <= tolerance && std::abs(viewEnd - fitEnd()) <= tolerance;
}

void TimelineGeometry::clampView()
{
    const double lo = fitStart();
    const double hi = fitEnd();
    double span = viewEnd - viewStart;
    if (!std::isfinite(span) || !std::isfinite(viewStart)) {
        span = hi - lo;
        viewStart = lo;
    }
    span = std::clamp(span, MinSpan, std::max(MinSpan, hi - lo));
    // Within the fitted window, and some of the run (or its one instant) always in view, however deep the
    // zoom.
    const double first = std::max(lo, dataStart - span);
    const double last = std::min(hi - span, dataEnd);
    viewStart = std::clamp(viewStart, first, std::max(first, last));
    viewEnd = viewStart + span;
}

void TimelineGeometry::zoomAround(double x, double factor)
{
    if (!(factor > 0.0) || !std::isfinite(factor))
        return;
    const double anchor = xToTime(x);
    const double oldSpan = viewEnd - viewStart;
    // Zooming out stops at the fitted view: beyond it there is nothing to see.
    const double maxSpan = std::max(MinSpan, fitEnd() - fitStart());
    const double newSpan = std::clamp(oldSpan / factor, MinSpan, maxSpan);
    const double fraction = (anchor - viewStart) / oldSpan;
    viewStart = anchor - fraction * newSpan;
    viewEnd = viewStart + newSpan;
    clampView();
}

void TimelineGeometry::panByPixels(double dx)
{
    const double dt = dx * secondsPerPixel();
    viewStart -= dt;
    viewEnd -= dt;
    clampView();
}

double TimelineGeometry::maxScrollY() const
{
    return std::max(0.0, laneCount * laneHeight - (lanesBottom() - lanesTop()));
}

void TimelineGeometry::scrollLanesBy(double dy)
{
    scrollY = std::clamp(scrollY + dy, 0.0, maxScrollY());
}

TimelineHit TimelineGeometry::hitTest(QPointF p, const RunModel &model, const TimelineRows &rows,
                                      double tolerance) const
{
    TimelineHit hit;
    hit.time = xToTime(p.x());
    if (p.x() < 0 || p.x() >= width || p.y() < 0 || p.y() >= height)
        return hit;
    if (p.y() < lanesTop()) {
        if (p.x() >= plotLeft())
            hit.kind = TimelineHit::Kind::Axis;
        return hit;
    }
    const int row = laneAt(p.y());
    if (row < 0 || row >= rows.count())
        return hit;
    hit.row = row;
    const TimelineRows::Row &shown = rows.row(row);
    if (shown.kind == TimelineRows::Kind::Density) {
        hit.kind = TimelineHit::Kind::Density;
        return hit;
    }
    if (shown.kind == TimelineRows::Kind::Group) {
        hit.group = shown.group;
        hit.kind = p.x() < plotLeft() ? TimelineHit::Kind::GroupLabel : TimelineHit::Kind::Group;
        return hit;
    }
    const int lane = shown.lane;
    if (lane < 0 || lane >= model.laneCount())
        return hit;
    hit.lane = lane;
    hit.group = shown.group;
    if (p.x() < plotLeft()) {
        hit.kind = TimelineHit::Kind::LaneLabel;
        return hit;
    }
    hit.kind = TimelineHit::Kind::Lane;
    const double slack = tolerance * secondsPerPixel();

    // Markers first: they are small and drawn on top.
    const auto &markers = model.markers();
    auto it = std::lower_bound(markers.begin(), markers.end(), hit.time - slack,
                               [](const RunMarker &m, double t) { return m.time < t; });
    double bestDistance = slack;
    for (; it != markers.end() && it->time <= hit.time + slack; ++it) {
        if (it->lane != lane)
            continue;
        const double d = std::abs(it->time - hit.time);
        if (d <= bestDistance) {
            bestDistance = d;
            hit.kind = TimelineHit::Kind::Marker;
            hit.marker = int(it - markers.begin());
        }
    }
    if (hit.kind == TimelineHit::Kind::Marker)
        return hit;

    // HTTP waterfalls sit in the lower band of the lane, over its spans.
    const auto &requests = model.httpRequests();
    for (size_t i = 0; i < requests.size(); ++i) {
        const HttpRequestRecord &r = requests[i];
        if (r.lane != lane || hit.time < r.start - slack || hit.time > r.end + slack)
            continue;
        const QRectF band = httpBand(row, timeToX(r.start), timeToX(r.end));
        if (p.y() >= band.top() - 1 && p.y() <= band.bottom() + 1) {
            hit.kind = TimelineHit::Kind::HttpRequest;
            hit.request = int(i);
            return hit;
        }
    }

    // The span under the point; on a virtual clock most steps take no time, so prefer a short span
    // within the tolerance over the long one it interrupts.
    const auto &spans = model.lane(lane).spans;
    auto first = std::lower_bound(spans.begin(), spans.end(), hit.time - slack,
                                  [](const TaskSpan &s, double t) { return s.end < t; });
    double bestWidth = -1.0;
    for (auto s = first; s != spans.end() && s->start <= hit.time + slack; ++s) {
        const bool inside = s->start <= hit.time && hit.time <= s->end;
        const bool near = std::abs(s->start - hit.time) <= slack || std::abs(s->end - hit.time) <= slack;
        const bool tiny = (s->end - s->start) <= slack;
        if (!(inside || (near && tiny)))
            continue;
        const double w = s->end - s->start;
        if (bestWidth < 0 || w < bestWidth) {
            bestWidth = w;
            hit.kind = TimelineHit::Kind::Span;
            hit.span = int(s - spans.begin());
        }
    }
    return hit;
}

double TimelineGeometry::niceStep(double rawStep)
{
    if (!(rawStep > 0.0) || !std::isfinite(rawStep))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    const double normalized = rawStep / magnitude;
    double nice = 10.0;
    if (normalized <= 1.0 + 1e-9)
        nice = 1.0;
    else if (normalized <= 2.0 + 1e-9)
        nice = 2.0;
    else if (normalized <= 5.0 + 1e-9)
        nice = 5.0;
    return nice * magnitude;
}

double TimelineGeometry::tickStep(double minSpacing) const
{
    return niceStep(minSpacing * secondsPerPixel());
}

std::vector<double> TimelineGeometry::tickTimes(double step) const
{
    std::vector<double> ticks;
    if (!(step > 0.0))
        return ticks;
    const double first = std::ceil(viewStart / step - 1e-9);
    const double last = std::floor(viewEnd / step + 1e-9);
    if (last - first > 10000) // a bad step: refuse rather than allocate a million ticks
        return ticks;
    for (double i = first; i <= last; i += 1.0) {
        const double t = i * step;
        ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
    }
    return ticks;
}

namespace {

// Digits after the decimal point that `step` needs in `unit` (0.5 ms -> 1, 0.25 s -> 2).
int decimalsFor(double step, double unit)
{
    const double v = step / unit;
    int decimals = 0;
    while (decimals < 6 &&
           std::abs(v * std::pow(10.0, decimals) - std::round(v * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return decimals;
}

} // namespace

QString TimelineGeometry::formatTime(double seconds, double step)
{
    const double a = std::abs(step);
    // Steps of 0.1 s and up read best in seconds; from 0.1 ms in milliseconds.
    if (a >= 0.1 - 1e-12)
        return QStringLiteral("%1 s").arg(seconds, 0, 'f', decimalsFor(step, 1.0));
    if (a >= 1e-4 - 1e-16)
        return QStringLiteral("%1 ms").arg(seconds * 1e3, 0, 'f', decimalsFor(step, 1e-3));
    return QStringLiteral("%1 µs").arg(seconds * 1e6, 0, 'f', decimalsFor(step, 1e-6));
}

QString TimelineGeometry::formatDuration(double seconds)
{
    const double a = std::abs(seconds);
    if (a == 0.0)
        return QStringLiteral("0 s");
    if (a >= 1.0)
        return QStringLiteral("%1 s").arg(QString::number(seconds, 'f', 3));
    if (a >= 1e-3)
        return QStringLiteral("%1 ms").arg(QString::number(seconds * 1e3, 'f', 3));
    return QStringLiteral("%1 µs").arg(QString::number(seconds * 1e6, 'f', 1));
}

} // namespace awaitscope
