#include "timeline/timelinebenchmark.h"

#include "timeline/timelinegeometry.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinetheme.h"
#include "trace/runmodel.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>

namespace awaitscope {

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

Trace TimelineBenchmark::syntheticTrace(int tasks, int events, unsigned seed)
{
    using Kind = TraceEvent::Kind;
    using Wait = TraceEvent::WaitKind;
    QRandomGenerator random(seed);
    Trace trace;
    trace.program = QStringLiteral("synthetic");
    tasks = std::max(1, tasks);
    // Each task: created, then cycles of run -> sleep or await another task -> woken, then a last step that
    // prints and finishes. Per-task event lists are merged by time at the end.
    const int perTask = std::max(6, events / tasks);
    const int cycles = std::max(1, (perTask - 4) / 3);
    const double horizon = 60.0;
    std::vector<TraceEvent> all;
    all.reserve(size_t(tasks) * size_t(perTask + 1));
    for (int id = 0; id < tasks; ++id) {
        TraceTask t;
        t.id = id;
        t.name = id == 0 ? QStringLiteral("main") : QStringLiteral("worker-%1").arg(id);
        t.parent = id == 0 ? -1 : 0;
        t.createdLine = 3;
        t.coroutine = id == 0 ? QStringLiteral("main") : QStringLiteral("worker");
        t.origin = QStringLiteral("create_task");
        trace.addTask(t);
        double now = id == 0 ? 0.0 : random.bounded(horizon * 0.1);
        auto add = [&](Kind kind, int other = -1, Wait wait = Wait::None, int line = 0) {
            TraceEvent e;
            e.time = now;
            e.kind = kind;
            e.task = id;
            e.other = other;
            e.waitKind = wait;
            e.line = line;
            all.push_back(std::move(e));
        };
        add(Kind::TaskCreated, t.parent, Wait::None, 3);
        for (int c = 0; c < cycles; ++c) {
            add(Kind::StepStarted, -1, Wait::None, 5 + c % 4);
            const bool awaitTask = id > 1 && random.bounded(4) == 0;
            const int other = awaitTask ? int(random.bounded(id)) : 100000 + id;
            add(Kind::Suspended, other, awaitTask ? Wait::Task : Wait::Timer, 6);
            now += random.bounded(horizon / cycles / 2.0);
            add(Kind::Woken, other, awaitTask ? Wait::Task : Wait::Timer);
        }
        add(Kind::StepStarted, -1, Wait::None, 9);
        add(Kind::Output, -1, Wait::None, 9);
        all.back().text = QStringLiteral("done %1\n").arg(id);
        add(random.bounded(20) == 0 ? Kind::TaskFailed : Kind::TaskFinished, -1, Wait::None, 10);
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const TraceEvent &a, const TraceEvent &b) { return a.time < b.time; });
    for (TraceEvent &e : all) {
        const double t = e.time;
        trace.append(std::move(e));
        trace.endTime = std::max(trace.endTime, t);
    }
    return trace;
}

TimelineBenchmark::Result TimelineBenchmark::run(int tasks, int events, QSize size, int frames)
{
    Result result;
    frames = std::max(1, frames);
    frames = std::max(1, frames);
    const Trace trace = syntheticTrace(tasks, events);
    QElapsedTimer clock;
    clock.start();
    RunModel model;
    model.setTrace(trace);
    // The rows (groups, density) are built once per model, as the view builds them.
    const TimelineRows rows(model, {});
    result.buildMs = double(clock.nsecsElapsed()) / 1e6;

    TimelineGeometry g;
    g.width = size.width();
    g.height = size.height();
    g.laneCount = rows.count();
    g.setDataRange(model.startTime(), model.endTime());
    g.fitAll();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const TimelineTheme theme = TimelineTheme::light();

    {
        // One frame first, not counted: it fills the glyph cache as the first frame on screen would.
        QPainter p(&image);
        TimelinePainter::paint(p, QRectF(QPointF(0, 0), QSizeF(size)), model, rows, g, model.startTime(),
                               theme);
    }
    std::vector<double> still, sweep;
    for (int i = 0; i < frames; ++i) {
        clock.restart();
        QPainter p(&image);
        TimelinePainter::paint(p, QRectF(QPointF(0, 0), QSizeF(size)), model, rows, g, model.endTime() / 2,
                               theme);
        p.end();
        still.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < frames; ++i) {
        // Scrubbing: a new cursor every frame, and the state lookups a frame needs at it.
        const double cursor =
            model.startTime() + (model.endTime() - model.startTime()) * i / std::max(1, frames - 1);
        clock.restart();
        const EventIndex at = model.lastEventAtOrBefore(cursor);
        QPainter p(&image);
        TimelinePainter::paint(p, QRectF(QPointF(0, 0), QSizeF(size)), model, rows, g, cursor, theme, at);
        p.end();
        sweep.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    result.frames = frames;
    result.paintMs = median(still);
    result.worstMs = still.empty() ? 0.0 : *std::max_element(still.begin(), still.end());
    result.scrubMs = median(sweep);
    return result;
}

double TimelineBenchmark::paintMs(int tasks, int events, QSize size)
{
    return run(tasks, events, size).paintMs;
}

} // namespace awaitscope
