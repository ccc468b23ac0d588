#include "timeline/timelinepainter.h"

#include "trace/runstatetext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <unordered_map>

namespace awaitscope {

namespace {

constexpr int kStateCount = 9;

// Which state wins a pixel column that several short spans share: the rare and telling ones.
int priority(TaskStatus s)
{
    switch (s) {
    case TaskStatus::Failed:
        return 7;
    case TaskStatus::Cancelled:
        return 6;
    case TaskStatus::Blocking:
        return 5;
    case TaskStatus::InThread:
        return 4;
    case TaskStatus::Running:
        return 4;
    case TaskStatus::Ready:
        return 3;
    case TaskStatus::Suspended:
        return 2;
    case TaskStatus::Done:
        return 1;
    case TaskStatus::NotCreated:
        return 0;
    }
    return 0;
}

// The words of a group row ("job_* ×200", at the cursor "150 alive") or of the density row ("tasks alive /
// ready", "150 / 3").
struct SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)
public:
    QString name;
    QString now;

    static SummaryText of(const TimelineRows &rows, int row, const StateCounts &c)
    {
        const TimelineRows::Row &r = rows.row(row);
        if (r.kind == TimelineRows::Kind::Group) {
            const TimelineRows::Group &group = rows.group(r.group);
            return {tr("%1 ×%2").arg(group.pattern).arg(group.lanes.size()),
                    tr("%n alive", nullptr, c.alive())};
        }
        return {tr("tasks alive / ready"),
                QStringLiteral("%1 / %2").arg(c.alive()).arg(c[TaskStatus::Ready])};
    }
    static SummaryText at(const TimelineRows &rows, int row, double cursor)
    {
        const TimelineRows::Row &r = rows.row(row);
        const StateSeries &series =
            r.kind == TimelineRows::Kind::Group ? *rows.group(r.group).states : rows.allStates();
        return of(rows, row, series.at(cursor));
    }
};

QFont smallerFont(const QFont &font)
{
    QFont small(font);
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.85);
    else if (small.pixelSize() > 0)
        small.setPixelSize(std::max(8, int(small.pixelSize() * 0.85)));
    return small;
}

QFont boldFont(const QFont &font)
{
    QFont bold(font);
    bold.setBold(true);
    return bold;
}

class Frame
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)
public:
    Frame(QPainter &p, const RunModel &m, const TimelineRows &rows, const TimelineGeometry &g, double cursor,
          EventIndex cursorEvent, const TimelineTheme &t)
        : p(p)
        , m(m)
        , rows(rows)
        , g(g)
        , t(t)
        , cursor(cursor)
        , cursorEvent(cursorEvent)
        , small(smallerFont(t.font))
    {
        first = g.firstVisibleLane();
        last = std::min(g.lastVisibleLane(), rows.count() - 1);
        plot = g.plotRect();
    }

    void paint()
    {
        p.fillRect(QRectF(0, 0, g.width, g.height), t.background);
        p.setFont(t.font);
        const double step = g.tickStep(
            std::max(70.0, QFontMetricsF(t.font).horizontalAdvance(QStringLiteral("000.00 ms")) + 16));
        ticks = g.tickTimes(step);
        tickStep = step;

        p.save();
        p.setClipRect(plot);
        laneBackgrounds();
        grid();
        combinators();
        spans();
        summaries();
        http();
        connectors();
        arrows();
        markers();
        outcomes();
        timeoutLabels();
        p.restore();

        labels();
        axis();
        cursorLine();
        legend();
    }

private:
    std::vector<std::pair<QRectF, QString>> m_timeoutLabels; // collected by combinators()
    QPainter &p;
    const RunModel &m;
    const TimelineRows &rows;
    const TimelineGeometry &g;
    const TimelineTheme &t;
    double cursor;
    EventIndex cursorEvent;
    QFont small;
    int first = 0;
    int last = -1;
    QRectF plot;
    std::vector<double> ticks;
    double tickStep = 1.0;

    // Rows are what the geometry lays out; a lane is visible when it has a row of its own in view.
    int rowOf(int lane) const { return rows.rowOf(lane); }
    bool visible(int lane) const
    {
        const int row = rows.rowOf(lane);
        return row >= first && row <= last && rows.shows(lane);
    }
    // The lane shown in `row`, -1 for a group or the density row.
    int laneIn(int row) const
    {
        const TimelineRows::Row &r = rows.row(row);
        return r.kind == TimelineRows::Kind::Lane ? r.lane : -1;
    }

    void laneBackgrounds()
    {
        for (int lane = first; lane <= last; ++lane)
            if (lane % 2 == 1)
                p.fillRect(QRectF(plot.left(), g.laneTop(lane), plot.width(), g.laneHeight), t.laneAlternate);
    }

    void grid()
    {
        p.setPen(QPen(t.grid, 1));
        for (double tick : ticks) {
            const double x = std::round(g.timeToX(tick)) + 0.5;
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        }
    }

    void timeoutLabels()
    {
        p.setFont(small);
        QColor bg = t.background;
        bg.setAlpha(225);
        for (const auto &[backing, label] : m_timeoutLabels) {
            p.fillRect(backing, bg);
            p.setPen(t.deadline);
            p.drawText(backing, Qt::AlignCenter, label);
        }
        p.setFont(t.font);
    }

    void combinators()
    {
        QColor fill = t.combinator;
        fill.setAlpha(t.isDark() ? 40 : 22);
        QColor edge = t.combinator;
        edge.setAlpha(170);
        p.setFont(small);
        const QFontMetricsF fm(small);
        for (const CombinatorCall &c : m.combinators()) {
            const double end = c.returnedEvent >= 0 ? c.returned : m.endTime();
            if (end < g.viewStart || c.entered > g.viewEnd || c.children.empty())
                continue;
            int lo = INT_MAX, hi = -1;
            for (int child : c.children) {
                const int row = rowOf(m.laneOfTask(child));
                if (row >= 0) {
                    lo = std::min(lo, row);
                    hi = std::max(hi, row);
                }
            }
            if (hi < first || lo > last)
                continue;
            const double x0 = g.timeToX(c.entered);
            const double x1 = std::max(g.timeToX(end), x0 + 3);
            const double top = g.laneTop(lo) + 1;
            const double bottom = g.laneTop(hi) + g.laneHeight - 1;
            const QRectF box(x0, top, x1 - x0, bottom - top);
            p.fillRect(box, fill);
            // Brackets at both ends: "[" when entered, "]" when it returned.
            p.setPen(QPen(edge, 1.5));
            const double arm = 5;
            p.drawLine(QPointF(x0, top), QPointF(x0, bottom));
            p.drawLine(QPointF(x0, top), QPointF(x0 + arm, top));
            p.drawLine(QPointF(x0, bottom), QPointF(x0 + arm, bottom));
            if (c.returnedEvent >= 0) {
                p.drawLine(QPointF(x1, top), QPointF(x1, bottom));
                p.drawLine(QPointF(x1, top), QPointF(x1 - arm, top));
                p.drawLine(QPointF(x1, bottom), QPointF(x1 - arm, bottom));
            }
            if (c.hasDeadline()) {
                // The deadline belongs to the task that waits: a line across its lane, labelled there.
                // Over the children it is only a faint guide.
                const double xd = g.timeToX(c.deadline());
                QColor guide = t.deadline;
                guide.setAlpha(110);
                p.setPen(QPen(guide, 1, Qt::DashLine));
                p.drawLine(QPointF(xd, top), QPointF(xd, bottom));
                const int callerRow = visible(c.callerLane) ? rowOf(c.callerLane) : -1;
                const double ltop = callerRow >= 0 ? g.laneTop(callerRow) : top;
                const double lbottom = callerRow >= 0 ? ltop + g.laneHeight : bottom;
                p.setPen(QPen(t.deadline, 2, Qt::DashLine));
                p.drawLine(QPointF(xd, ltop), QPointF(xd, lbottom));
                const QString label = tr("timeout %1").arg(TimelineGeometry::formatDuration(c.timeout));
                const double w = fm.horizontalAdvance(label);
                // Beside the line at the lane's top (its outcome, if any, is written at the bottom), on
                // whichever side has room, on a backing so that no bar shows through.
                const double lx = xd + 4 + w <= plot.right() ? xd + 4 : xd - 4 - w;
                // Written after the bars (timeoutLabels), so the waiting task's own bar does not cover it.
                m_timeoutLabels.push_back({QRectF(lx - 2, ltop + 3, w + 4, fm.height()), label});
            }
            // The caller's lane already says "await <title>"; only when it is out of view does the bracket
            // name itself.
            if (visible(c.callerLane))
                continue;
            const QString title = combinatorTitle(c);
            const QRectF titleBox(x0 + 3, top + 1, fm.horizontalAdvance(title) + 6, fm.height());
            {
                QColor bg = t.background;
                bg.setAlpha(210);
                p.fillRect(titleBox, bg);
                p.setPen(t.combinator);
                p.drawText(titleBox.adjusted(3, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, title);
            }
        }
        p.setFont(t.font);
    }

    // As the call reads in Python: wait(return_when=FIRST_COMPLETED, timeout=2.5).
    static QString combinatorTitle(const CombinatorCall &c)
    {
        QStringList args;
        if (c.returnExceptions)
            args << QStringLiteral("return_exceptions=True");
        if (!c.returnWhen.isEmpty() && c.returnWhen != QLatin1String("ALL_COMPLETED"))
            args << QStringLiteral("return_when=%1").arg(c.returnWhen);
        if (c.hasDeadline())
            args << QStringLiteral("timeout=%1").arg(QString::number(c.timeout));
        return args.isEmpty() ? c.kind
                              : QStringLiteral("%1(%2)").arg(c.kind, args.join(QStringLiteral(", ")));
    }

    // Vertical extent of a state's bar inside a lane: telling states are tall, waiting ones thinner.
    QRectF bar(TaskStatus s, int row, double x0, double x1) const
    {
        const double h = g.laneHeight;
        const double top = g.laneTop(row);
        double inset = std::max(1.0, h * 0.15);
        switch (s) {
        case TaskStatus::Suspended:
            inset = std::max(1.0, h * 0.28);
            break;
        case TaskStatus::Done:
        case TaskStatus::Failed:
        case TaskStatus::Cancelled:
            inset = std::max(1.0, h * 0.42);
            break;
        default:
            break;
        }
        return QRectF(x0, top + inset, std::max(0.0, x1 - x0), std::max(1.0, h - 2 * inset));
    }

    void spans()
    {
        std::array<std::vector<QRectF>, kStateCount> runs;
        std::array<std::vector<QRectF>, kStateCount> slivers;
        std::vector<std::pair<QRectF, QString>> texts;
        std::vector<std::pair<QRectF, TaskStatus>> caps;
        std::vector<QRectF> overdue; // sleeps that are over while the loop is blocked: ready, not running
        const double left = plot.left();
        const double right = plot.right();
        const double sliver = std::clamp(g.laneHeight * 0.1, 2.0, 3.0);
        const bool roomForText = g.laneHeight >= 16;

        for (int row = first; row <= last; ++row) {
            const int lane = laneIn(row);
            if (lane < 0)
                continue;
            const auto &spans = m.lane(lane).spans;
            auto it = std::lower_bound(spans.begin(), spans.end(), g.viewStart,
                                       [](const TaskSpan &s, double v) { return s.end < v; });
            // A run of equal states being extended, and one pixel column collecting short spans.
            TaskStatus runState = TaskStatus::NotCreated;
            double runX0 = 0, runX1 = -1;
            QString runLabel; // the words on the run's last labelled wait
            int column = INT_MIN;
            TaskStatus columnState = TaskStatus::NotCreated;
            auto flushRun = [&] {
                if (runX1 >= runX0 && runState != TaskStatus::NotCreated)
                    runs[size_t(runState)].push_back(bar(runState, row, runX0, runX1));
                runState = TaskStatus::NotCreated;
                runX1 = -1;
            };
            auto flushColumn = [&] {
                if (column != INT_MIN && columnState != TaskStatus::NotCreated) {
                    const QRectF r =
                        bar(columnState, row, column - sliver / 2 + 0.5, column + sliver / 2 + 0.5);
                    slivers[size_t(columnState)].push_back(r);
                }
                column = INT_MIN;
                columnState = TaskStatus::NotCreated;
            };
            for (; it != spans.end() && it->start <= g.viewEnd; ++it) {
                const double x0 = std::max(left, g.timeToX(it->start));
                const double x1 = std::min(right, g.timeToX(it->end));
                if (x1 - x0 < 1.0) {
                    const int c = int(std::floor(x0));
                    if (c != column) {
                        flushColumn();
                        column = c;
                    }
                    if (priority(it->state) > priority(columnState))
                        columnState = it->state;
                    continue;
                }
                if (it->state == runState && x0 <= runX1 + 0.5) {
                    runX1 = x1;
                    // One bar, but a new wait gets its own words ("await nap_1" after "await nap_0").
                    if (roomForText && it->state == TaskStatus::Suspended && x1 - x0 > 70) {
                        QString label = spanLabel(*it);
                        if (label != runLabel) {
                            texts.emplace_back(QRectF(x0 + 4, g.laneTop(row), x1 - x0 - 6, g.laneHeight),
                                               label);
                            runLabel = std::move(label);
                        }
                    }
                    continue;
                }
                flushRun();
                runState = it->state;
                runX0 = x0;
                runX1 = x1;
                if (it->state == TaskStatus::Suspended && it->until >= 0 && it->until < it->end - 1e-9) {
                    const double xu = std::max(x0, g.timeToX(it->until));
                    if (x1 - xu >= 1.0)
                        overdue.push_back(bar(TaskStatus::Ready, row, xu, x1));
                }
                if (isFinalStatus(it->state) && it->start >= g.viewStart)
                    caps.emplace_back(
                        QRectF(x0, g.laneTop(row) + g.laneHeight * 0.22, 4, g.laneHeight * 0.56), it->state);
                runLabel.clear();
                if (roomForText && it->state == TaskStatus::Suspended && x1 - x0 > 70) {
                    runLabel = spanLabel(*it);
                    texts.emplace_back(QRectF(x0 + 4, g.laneTop(row), x1 - x0 - 6, g.laneHeight), runLabel);
                }
            }
            flushColumn();
            flushRun();
        }

        p.setPen(Qt::NoPen);
        // Waiting states first, running on top; slivers (steps that took no virtual time) above all.
        const std::array order{TaskStatus::Done,      TaskStatus::Cancelled, TaskStatus::Failed,
                               TaskStatus::Suspended, TaskStatus::Ready,     TaskStatus::InThread,
                               TaskStatus::Running,   TaskStatus::Blocking};
        for (TaskStatus s : order) {
            auto &r = runs[size_t(s)];
            if (r.empty())
                continue;
            p.setBrush(t.stateColor(s));
            p.drawRects(r.data(), int(r.size()));
            if (s == TaskStatus::Blocking) {
                p.setBrush(QBrush(t.blockingHatch, Qt::BDiagPattern));
                p.drawRects(r.data(), int(r.size()));
            }
        }
        if (!overdue.empty()) {
            p.setBrush(t.stateColor(TaskStatus::Ready));
            p.drawRects(overdue.data(), int(overdue.size()));
        }
        for (const auto &[r, s] : caps) {
            p.setBrush(t.stateColor(s));
            p.drawRect(r);
        }
        for (TaskStatus s : order) {
            auto &r = slivers[size_t(s)];
            if (r.empty())
                continue;
            p.setBrush(t.stateColor(s));
            p.drawRects(r.data(), int(r.size()));
        }
        p.setBrush(Qt::NoBrush);
        if (!texts.empty()) {
            p.setFont(small);
            p.setPen(t.isDark() ? t.text : t.text.lighter(110));
            const QFontMetricsF fm(small);
            for (const auto &[r, text] : texts)
                p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(text, Qt::ElideRight, r.width()));
            p.setFont(t.font);
        }
    }

    QString spanLabel(const TaskSpan &s) const
    {
        switch (s.waitKind) {
        case TraceEvent::WaitKind::Timer:
            return tr("sleep");
        case TraceEvent::WaitKind::Task:
            return tr("await %1").arg(m.taskName(s.other));
        case TraceEvent::WaitKind::Combinator:
            for (const CombinatorCall &c : m.combinators())
                if (c.id == s.other)
                    return tr("await %1").arg(combinatorTitle(c));
            return tr("await");
        case TraceEvent::WaitKind::Future:
            // What the future stands for, when the runtime named it ("Lock.acquire", "Queue.get").
            return s.waitFor.isEmpty() ? tr("await future") : tr("await %1()").arg(s.waitFor);
        case TraceEvent::WaitKind::Io:
            return tr("I/O");
        case TraceEvent::WaitKind::Yield:
            return tr("yield");
        case TraceEvent::WaitKind::Blocking:
            return tr("blocked");
        case TraceEvent::WaitKind::None:
            break;
        }
        return {};
    }

    // Each request's phases as a slim waterfall bar, with its connection number after it.
    void http()
    {
        const auto &requests = m.httpRequests();
        if (requests.empty())
            return;
        p.setPen(Qt::NoPen);
        p.setFont(small);
        const QFontMetricsF fm(small);
        // Where each lane's last connection label ends: a label that would run into it is left out, so two
        // requests ending close together never print "#1#1".
        std::unordered_map<int, double> labelEnd;
        for (const HttpRequestRecord &r : requests) {
            if (!visible(r.lane) || r.end < g.viewStart || r.start > g.viewEnd)
                continue;
            for (const HttpRequestRecord::Segment &s : r.segments) {
                const double x0 = std::max(plot.left(), g.timeToX(s.start));
                const double x1 = std::min(plot.right(), std::max(g.timeToX(s.end), x0 + 1));
                p.fillRect(g.httpBand(rowOf(r.lane), x0, x1), t.httpColor(s.phase));
            }
            const double xe = g.timeToX(r.end);
            const QRectF band = g.httpBand(rowOf(r.lane), xe, xe + 1);
            if (r.outcome == QLatin1String("failed") || r.outcome == QLatin1String("timed_out"))
                p.fillRect(QRectF(xe - 1, band.top() - 2, 3, band.height() + 4), t.failed);
            if (r.connection > 0 && g.laneHeight >= 16) {
                const QString label = QStringLiteral("#%1").arg(r.connection);
                const auto previous = labelEnd.find(r.lane);
                if (previous == labelEnd.end() || xe + 3 > previous->second + fm.horizontalAdvance(u' ')) {
                    p.setPen(t.mutedText);
                    p.drawText(QPointF(xe + 3, band.bottom()), label);
                    p.setPen(Qt::NoPen);
                    labelEnd[r.lane] = xe + 3 + fm.horizontalAdvance(label);
                }
            }
        }
        p.setFont(t.font);
    }

    // A faint line from the creating task to where the new task's lane begins.
    void connectors()
    {
        QColor c = t.mutedText;
        c.setAlpha(110);
        p.setPen(QPen(c, 1, Qt::DotLine));
        for (int row = first; row <= last; ++row) {
            const int lane = laneIn(row);
            if (lane < 0)
                continue;
            const TaskLane &l = m.lane(lane);
            if (l.parentLane < 0 || l.created < g.viewStart || l.created > g.viewEnd)
                continue;
            const double x = g.timeToX(l.created) + 0.5;
            const double y0 = std::clamp(g.laneCenter(rowOf(l.parentLane)), plot.top(), plot.bottom());
            p.drawLine(QPointF(x, y0), QPointF(x, g.laneTop(row) + 2));
        }
    }

    void arrows()
    {
        const auto &all = m.arrows();
        auto it = std::lower_bound(all.begin(), all.end(), g.viewStart,
                                   [](const RunArrow &a, double v) { return a.time < v; });
        // One arrow per pixel column into (or, for stubs, out of) a lane.
        std::vector<int> lastInto(size_t(std::max(0, last - first + 1)), INT_MIN);
        std::vector<int> lastOutOf(lastInto.size(), INT_MIN);
        p.setRenderHint(QPainter::Antialiasing, true);
        const QPen wake(t.wakeArrow, 1.3);
        const QPen cancel(t.cancelArrow, 1.8, Qt::DashLine);
        for (; it != all.end() && it->time <= g.viewEnd; ++it) {
            // Between rows: a task inside a closed group is drawn at its group's row, and an arrow within
            // one row says nothing.
            const int fromRow = rowOf(it->fromLane);
            const int toRow = rowOf(it->toLane);
            if (fromRow < 0 || toRow < 0 || fromRow == toRow)
                continue;
            const bool fromVisible = fromRow >= first && fromRow <= last;
            const bool toVisible = toRow >= first && toRow <= last;
            if (!fromVisible && !toVisible)
                continue;
            const double x = g.timeToX(it->time) + (it->kind == RunArrow::Kind::Cancel ? -3 : 3);
            int &seen = toVisible ? lastInto[size_t(toRow - first)] : lastOutOf[size_t(fromRow - first)];
            if (int(x) == seen)
                continue;
            seen = int(x);
            // An end that is scrolled out of view gets a short stub pointing its way, not a line across
            // every lane in between.
            const double dir = toRow > fromRow ? 1.0 : -1.0;
            const double stub = std::max(8.0, g.laneHeight * 0.9);
            const double y1 = toVisible ? g.laneCenter(toRow) : g.laneCenter(fromRow) + dir * stub;
            const double y0 = fromVisible ? g.laneCenter(fromRow) : y1 - dir * stub;
            const QColor colour = it->kind == RunArrow::Kind::Cancel ? t.cancelArrow : t.wakeArrow;
            p.setPen(it->kind == RunArrow::Kind::Cancel ? cancel : wake);
            p.drawLine(QPointF(x, y0), QPointF(x, y1 - dir * 4));
            const double head = std::min(6.0, g.laneHeight * 0.3);
            QPainterPath tip;
            tip.moveTo(x, y1);
            tip.lineTo(x - head * 0.6, y1 - dir * head);
            tip.lineTo(x + head * 0.6, y1 - dir * head);
            tip.closeSubpath();
            p.fillPath(tip, colour);
        }
        p.setRenderHint(QPainter::Antialiasing, false);
    }

    // Where control comes back to the task that awaited a combinator, what it got: "wait returned:
    // done={api_b, api_c}, pending={api_a}", "gather raised ValueError(...)". Only once the cursor has
    // passed that moment, and never over another annotation of the same lane.
    void outcomes()
    {
        const RunStateText text(m);
        const EventIndex now = cursorEvent >= -1 ? cursorEvent : m.lastEventAtOrBefore(cursor);
        p.setFont(small);
        const QFontMetricsF fm(small);
        std::vector<double> freeFrom(size_t(std::max(0, last - first + 1)), -1e9);
        for (const CombinatorCall &c : m.combinators()) {
            if (c.outcome == CombinatorOutcome::Running || c.returnedEvent > now || !visible(c.callerLane))
                continue;
            const double at = c.resumed >= 0 ? c.resumed : c.returned;
            if (at < g.viewStart || at > g.viewEnd)
                continue;
            const double x = g.timeToX(at);
            const int callerRow = rowOf(c.callerLane);
            double &free = freeFrom[size_t(callerRow - first)];
            if (x < free)
                continue;
            const QString label = text.outcome(c);
            const double top = g.laneTop(callerRow);
            const double h = g.laneHeight;
            const QColor accent = c.outcome == CombinatorOutcome::Returned ? t.combinator : t.failed;
            // A flag at the moment, then the words after it on a backing as far as the view allows.
            p.setPen(QPen(accent, 2));
            p.drawLine(QPointF(x, top + 1), QPointF(x, top + h - 1));
            if (h < fm.height() * 0.9)
                continue;
            // After the flag when the words fit there, else before it (a call that returns at the very end).
            // A timeout label on the same row (a short lane has only one) is kept clear: the words
            // start after it, or end before it.
            const double y = h >= 2 * fm.height() ? top + h - fm.height() - 1 : top + (h - fm.height()) / 2;
            const double want = fm.horizontalAdvance(label) + 6;
            double startRight = x + 3;
            double endLeft = x - 3;
            for (const auto &[backing, text] : m_timeoutLabels) {
                Q_UNUSED(text)
                if (backing.bottom() <= y || backing.top() >= y + fm.height())
                    continue;
                if (backing.left() < startRight + want && backing.right() > startRight)
                    startRight = backing.right() + 3;
                if (backing.left() < endLeft && backing.right() > endLeft - want)
                    endLeft = backing.left() - 3;
            }
            const double after = plot.right() - startRight - 3;
            const double before = endLeft - std::max(plot.left(), free) - 3;
            const bool right = after >= want || after >= before;
            const double room = right ? after : before;
            // Too little room for a dozen characters says nothing ("wait r…"): the panels say it.
            if (room < std::min(want, 12 * fm.averageCharWidth()))
                continue;
            const QString shown = fm.elidedText(label, Qt::ElideRight, room - 6);
            const double w = fm.horizontalAdvance(shown) + 6;
            const QRectF box(right ? startRight : endLeft - w, y, w, fm.height());
            QColor bg = t.background;
            bg.setAlpha(235);
            p.fillRect(box, bg);
            p.setPen(accent);
            p.drawText(box.adjusted(3, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, shown);
            free = box.right() + 4;
        }
        p.setFont(t.font);
    }

    void markers()
    {
        const auto &all = m.markers();
        const double slack = g.secondsPerPixel() * 8;
        auto it = std::lower_bound(all.begin(), all.end(), g.viewStart - slack,
                                   [](const RunMarker &mk, double v) { return mk.time < v; });
        const size_t lanes = size_t(std::max(0, last - first + 1));
        std::vector<int> lastX(lanes * RunMarker::KindCount, INT_MIN);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setFont(small);
        const QFontMetricsF fm(small);
        const double h = g.laneHeight;
        const double endTime = g.viewEnd + slack;
        for (; it != all.end() && it->time <= endTime; ++it) {
            if (!visible(it->lane))
                continue;
            const double x = g.timeToX(it->time);
            const int row = rowOf(it->lane);
            int &seen = lastX[size_t(row - first) * RunMarker::KindCount + size_t(it->kind)];
            if (int(x) == seen && it->kind != RunMarker::Kind::Yielded)
                continue;
            seen = int(x);
            const double top = g.laneTop(row);
            switch (it->kind) {
            case RunMarker::Kind::Created: {
                QPainterPath tri;
                const double s = std::min(5.0, h * 0.25);
                tri.moveTo(x - s, top + 1);
                tri.lineTo(x + s, top + 1);
                tri.lineTo(x, top + 1 + s * 1.3);
                tri.closeSubpath();
                p.fillPath(tri, t.mutedText);
                break;
            }
            case RunMarker::Kind::CancelRequested: {
                const double s = std::min(4.5, h * 0.2);
                const double cy = top + h * 0.5;
                p.setPen(QPen(t.cancelled, 2));
                p.drawLine(QPointF(x - s, cy - s), QPointF(x + s, cy + s));
                p.drawLine(QPointF(x - s, cy + s), QPointF(x + s, cy - s));
                break;
            }
            case RunMarker::Kind::Yielded: {
                const double r = std::min(8.0, h * 0.36);
                const QRectF circle(x - r, top + h / 2 - r, 2 * r, 2 * r);
                p.setPen(QPen(t.background, 1.5));
                p.setBrush(t.combinator);
                p.drawEllipse(circle);
                p.setBrush(Qt::NoBrush);
                if (r >= 5) {
                    p.setPen(t.background);
                    p.drawText(circle, Qt::AlignCenter, QString::number(it->number));
                }
                break;
            }
            case RunMarker::Kind::Output: {
                const double r = std::min(2.5, h * 0.1);
                p.setPen(Qt::NoPen);
                p.setBrush(t.mutedText);
                p.drawEllipse(QPointF(x, top + h - r - 1), r, r);
                p.setBrush(Qt::NoBrush);
                break;
            }
            case RunMarker::Kind::TimerTie: {
                // Just before the moment, on the sleep that goes on, clear of a cancel cross at the moment.
                const double s = std::clamp(h * 0.26, 4.0, 6.0);
                tieSign(QPointF(x - s - 7, top + h * 0.5), s);
                break;
            }
            }
        }
        Q_UNUSED(fm);
        p.setFont(t.font);
        p.setRenderHint(QPainter::Antialiasing, false);
    }

    // "=" on a backing: a timer due at the same moment as one that fired, left for the loop's next wake-up.
    void tieSign(QPointF centre, double s)
    {
        QColor bg = t.background;
        bg.setAlpha(225);
        p.setPen(QPen(t.deadline, 1));
        p.setBrush(bg);
        p.drawRoundedRect(QRectF(centre.x() - s - 2, centre.y() - s * 0.85, 2 * s + 4, s * 1.7), 2, 2);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(t.deadline, 1.5));
        for (double dy : {-0.32 * s, 0.32 * s})
            p.drawLine(QPointF(centre.x() - s + 1, centre.y() + dy),
                       QPointF(centre.x() + s - 1, centre.y() + dy));
    }

    // The words of a group row ("▸ job_* ×200" and, at the cursor, "150 waiting") or of the density row.
    void summaryLabel(int row, double top, const QFontMetricsF &fmSmall)
    {
        if (g.laneHeight < 9)
            return;
        const TimelineRows::Row &r = rows.row(row);
        const SummaryText words = SummaryText::at(rows, row, cursor);
        double indent = 6;
        if (r.kind == TimelineRows::Kind::Group) {
            const TimelineRows::Group &group = rows.group(r.group);
            // A triangle that says the row opens (▸) or is open (▾).
            const double s = std::min(5.0, g.laneHeight * 0.22);
            const double cx = indent + s;
            const double cy = top + g.laneHeight / 2;
            QPainterPath tri;
            if (group.expanded) {
                tri.moveTo(cx - s, cy - s * 0.6);
                tri.lineTo(cx + s, cy - s * 0.6);
                tri.lineTo(cx, cy + s * 0.8);
            } else {
                tri.moveTo(cx - s * 0.6, cy - s);
                tri.lineTo(cx + s * 0.8, cy);
                tri.lineTo(cx - s * 0.6, cy + s);
            }
            tri.closeSubpath();
            p.fillPath(tri, t.text);
            indent += 2 * s + 5;
        }
        // The name comes first; the counts at the cursor follow when there is room (the tooltip has them).
        const QFont bold = boldFont(t.font);
        const QFontMetricsF fmBold(bold);
        const double nowWidth = fmSmall.horizontalAdvance(words.now) + 8;
        const double room = g.labelWidth - indent - 4;
        const bool withNow = fmBold.horizontalAdvance(words.name) + nowWidth <= room;
        const double nameWidth = withNow ? room - nowWidth : room;
        p.setPen(t.text);
        p.setFont(bold);
        p.drawText(QRectF(indent, top, std::max(0.0, nameWidth), g.laneHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fmBold.elidedText(words.name, Qt::ElideRight, std::max(0.0, nameWidth)));
        if (withNow) {
            p.setFont(small);
            p.setPen(t.mutedText);
            p.drawText(QRectF(g.labelWidth - nowWidth - 2, top, nowWidth, g.laneHeight),
                       Qt::AlignRight | Qt::AlignVCenter, words.now);
        }
        p.setFont(t.font);
    }

    // Group rows: per pixel column, how many of the group's tasks are in each state, stacked from the
    // bottom (running, blocking, ready, waiting, then the finished ones). The density row: how many tasks are
    // alive (an area) and how many of them are ready to run (in the ready colour, in front).
    void summaries()
    {
        const double left = std::max(plot.left(), g.timeToX(m.startTime()));
        const double right = std::min(plot.right(), g.timeToX(m.endTime()));
        if (right <= left)
            return;
        for (int row = first; row <= last; ++row) {
            const TimelineRows::Row &r = rows.row(row);
            if (r.kind == TimelineRows::Kind::Lane)
                continue;
            const double top = g.laneTop(row) + 2;
            const double h = std::max(1.0, g.laneHeight - 4);
            const bool density = r.kind == TimelineRows::Kind::Density;
            const StateSeries &series = density ? rows.allStates() : *rows.group(r.group).states;
            const double scale =
                density ? std::max(1, series.peakAlive()) : double(rows.group(r.group).lanes.size());
            static constexpr std::array stack{
                TaskStatus::Running,   TaskStatus::Blocking, TaskStatus::InThread,  TaskStatus::Ready,
                TaskStatus::Suspended, TaskStatus::Failed,   TaskStatus::Cancelled, TaskStatus::Done};
            std::array<std::vector<QRectF>, kStateCount> bars;
            std::vector<QRectF> alive;
            for (double x = std::floor(left); x < right; x += 1.0) {
                const StateCounts c = series.peakIn(g.xToTime(x), g.xToTime(x + 1));
                const double bottom = top + h;
                if (density) {
                    const double ha = h * c.alive() / scale;
                    if (ha > 0)
                        alive.emplace_back(x, bottom - ha, 1.0, ha);
                    const double hr = h * c[TaskStatus::Ready] / scale;
                    if (hr > 0)
                        bars[size_t(TaskStatus::Ready)].emplace_back(x, bottom - std::max(1.0, hr), 1.0,
                                                                     std::max(1.0, hr));
                    continue;
                }
                double y = bottom;
                for (TaskStatus st : stack) {
                    if (c[st] <= 0 || y <= top)
                        continue;
                    // At least a pixel for a state that is there at all, so one running task of two hundred
                    // still shows.
                    const double hs = std::min(y - top, std::max(1.0, h * c[st] / scale));
                    bars[size_t(st)].emplace_back(x, y - hs, 1.0, hs);
                    y -= hs;
                }
            }
            p.setPen(Qt::NoPen);
            if (!alive.empty()) {
                p.setBrush(t.isDark() ? t.stateColor(TaskStatus::Suspended).lighter(125)
                                      : t.stateColor(TaskStatus::Suspended).darker(125));
                p.drawRects(alive.data(), int(alive.size()));
            }
            for (TaskStatus st : stack) {
                auto &b = bars[size_t(st)];
                if (b.empty())
                    continue;
                p.setBrush(t.stateColor(st));
                p.drawRects(b.data(), int(b.size()));
            }
            p.setBrush(Qt::NoBrush);
            // A rule under the density row sets it apart from the tasks.
            if (density) {
                p.setPen(QPen(t.grid, 1));
                p.drawLine(QPointF(plot.left(), g.laneTop(row) + g.laneHeight - 0.5),
                           QPointF(plot.right(), g.laneTop(row) + g.laneHeight - 0.5));
            }
        }
    }

    void labels()
    {
        const QRectF column(0, plot.top(), g.labelWidth, plot.height());
        if (column.width() <= 0)
            return;
        p.save();
        p.setClipRect(column);
        p.fillRect(column, t.labelBackground);
        const QFontMetricsF fm(t.font);
        const QFontMetricsF fmSmall(small);
        const EventIndex at = cursorEvent >= -1 ? cursorEvent : m.lastEventAtOrBefore(cursor);
        p.setRenderHint(QPainter::Antialiasing, true);
        for (int row = first; row <= last; ++row) {
            const double top = g.laneTop(row);
            const int lane = laneIn(row);
            if (lane < 0) {
                summaryLabel(row, top, fmSmall);
                continue;
            }
            const TaskLane &l = m.lane(lane);
            int depth = 0;
            for (int parent = l.parentLane; parent >= 0 && depth < 6; parent = m.lane(parent).parentLane)
                ++depth;
            const double indent = 6 + std::min(depth, 4) * 10;
            const TaskStatus state = m.stateAt(lane, at);
            const double dot = std::min(9.0, g.laneHeight * 0.4);
            if (state != TaskStatus::NotCreated) {
                p.setPen(Qt::NoPen);
                p.setBrush(t.stateColor(state));
                p.drawEllipse(QRectF(indent, top + (g.laneHeight - dot) / 2, dot, dot));
                p.setBrush(Qt::NoBrush);
            }
            if (g.laneHeight < 9)
                continue; // too thin for text
            const int line = m.lineAt(lane, at);
            QString lineText = line > 0 ? tr("line %1").arg(line) : QString();
            const double lineWidth = lineText.isEmpty() ? 0 : fmSmall.horizontalAdvance(lineText) + 8;
            const double nameLeft = indent + dot + 5;
            const double nameWidth = g.labelWidth - nameLeft - lineWidth - 4;
            p.setPen(state == TaskStatus::NotCreated ? t.mutedText : t.text);
            p.setFont(t.font);
            p.drawText(QRectF(nameLeft, top, std::max(0.0, nameWidth), g.laneHeight),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(l.name, Qt::ElideRight, std::max(0.0, nameWidth)));
            if (!lineText.isEmpty() && nameWidth > 30) {
                p.setFont(small);
                p.setPen(t.mutedText);
                p.drawText(QRectF(g.labelWidth - lineWidth - 2, top, lineWidth, g.laneHeight),
                           Qt::AlignRight | Qt::AlignVCenter, lineText);
            }
        }
        p.restore();
        p.setPen(QPen(t.grid, 1));
        p.drawLine(QPointF(g.labelWidth - 0.5, plot.top()), QPointF(g.labelWidth - 0.5, plot.bottom()));
    }

    void axis()
    {
        const QRectF bar(0, 0, g.width, g.axisHeight);
        if (bar.height() <= 0)
            return;
        p.fillRect(bar, t.axisBackground);
        p.setPen(t.mutedText);
        p.setFont(small);
        // Jobs of worker threads have lanes but are not tasks.
        int jobs = 0;
        for (const TaskLane &l : m.lanes())
            jobs += l.inThread ? 1 : 0;
        p.drawText(QRectF(8, 0, g.labelWidth - 8, g.axisHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   jobs > 0 ? tr("tasks: %1 · jobs: %2").arg(m.laneCount() - jobs).arg(jobs)
                            : tr("tasks: %1").arg(m.laneCount()));
        p.setFont(t.font);
        const QFontMetricsF fm(t.font);
        p.save();
        p.setClipRect(QRectF(g.plotLeft(), 0, g.plotWidth(), g.axisHeight));
        for (double tick : ticks) {
            const double x = std::round(g.timeToX(tick)) + 0.5;
            p.setPen(QPen(t.mutedText, 1));
            p.drawLine(QPointF(x, g.axisHeight - 6), QPointF(x, g.axisHeight));
            const QString text = TimelineGeometry::formatTime(tick, tickStep);
            const double w = fm.horizontalAdvance(text);
            // A label the plot's edge would cut is left out: "61.5 ms" cut on its left reads "1.5 ms".
            if (x - w / 2 < g.plotLeft() || x + w / 2 > g.plotLeft() + g.plotWidth())
                continue;
            p.setPen(t.text);
            p.drawText(QRectF(x - w / 2 - 2, 0, w + 4, g.axisHeight - 6), Qt::AlignCenter, text);
        }
        p.restore();
        p.setPen(QPen(t.grid, 1));
        p.drawLine(QPointF(0, g.axisHeight - 0.5), QPointF(g.width, g.axisHeight - 0.5));
    }

    void cursorLine()
    {
        const double x = g.timeToX(cursor);
        if (x < g.plotLeft() - 1 || x > g.width + 1)
            return;
        p.setPen(QPen(t.cursor, 2));
        p.drawLine(QPointF(x, g.axisHeight - 2), QPointF(x, plot.bottom()));
        // A handle in the axis' tick band, below the labels, to grab for scrubbing.
        QPainterPath handle;
        const double s = 6;
        handle.moveTo(x - s, g.axisHeight - 9);
        handle.lineTo(x + s, g.axisHeight - 9);
        handle.lineTo(x, g.axisHeight);
        handle.closeSubpath();
        p.setRenderHint(QPainter::Antialiasing, true);
        p.fillPath(handle, t.cursor);
        p.setRenderHint(QPainter::Antialiasing, false);
    }

    void legend()
    {
        if (g.legendHeight < 10)
            return;
        const QRectF strip(0, g.height - g.legendHeight, g.width, g.legendHeight);
        p.fillRect(strip, t.axisBackground);
        p.setFont(small);
        const QFontMetricsF fm(small);
        double x = 10;
        const double cy = strip.center().y();
        // "blocking the loop" only where something blocked: the legend stays short otherwise.
        std::vector<TaskStatus> states{TaskStatus::Running, TaskStatus::Ready,  TaskStatus::Suspended,
                                       TaskStatus::Done,    TaskStatus::Failed, TaskStatus::Cancelled};
        if (m.hasBlocking())
            states.insert(states.begin() + 1, TaskStatus::Blocking);
        if (m.hasThreads()) // "in a worker thread" only where a job ran in one
            states.insert(states.begin() + (m.hasBlocking() ? 2 : 1), TaskStatus::InThread);
        for (TaskStatus s : states) {
            const QRectF swatch(x, cy - 5, 14, 10);
            p.fillRect(swatch, t.stateColor(s));
            if (s == TaskStatus::Blocking)
                p.fillRect(swatch, QBrush(t.blockingHatch, Qt::BDiagPattern));
            x += 18;
            const QString name = taskStatusName(s);
            p.setPen(t.text);
            p.drawText(QPointF(x, cy + fm.ascent() / 2 - 1), name);
            x += fm.horizontalAdvance(name) + 14;
        }
        p.setRenderHint(QPainter::Antialiasing, true);
        auto lineSample = [&](const QPen &pen, const QString &name) {
            p.setPen(pen);
            p.drawLine(QPointF(x, cy), QPointF(x + 18, cy));
            x += 22;
            p.setPen(t.text);
            p.drawText(QPointF(x, cy + fm.ascent() / 2 - 1), name);
            x += fm.horizontalAdvance(name) + 14;
        };
        lineSample(QPen(t.wakeArrow, 1.3), tr("wake-up"));
        lineSample(QPen(t.cancelArrow, 1.8, Qt::DashLine), tr("cancel"));
        lineSample(QPen(t.deadline, 2, Qt::DashLine), tr("timeout"));
        if (m.hasTimerTies()) {
            tieSign(QPointF(x + 7, cy), 5);
            x += 18;
            const QString name = tr("same moment, left for the next wake-up");
            p.setPen(t.text);
            p.drawText(QPointF(x, cy + fm.ascent() / 2 - 1), name);
            x += fm.horizontalAdvance(name) + 14;
        }
        if (!m.httpRequests().empty()) {
            using Phase = HttpRequestRecord::Phase;
            for (Phase ph : {Phase::Queued, Phase::Connecting, Phase::Waiting, Phase::Receiving}) {
                p.fillRect(QRectF(x, cy - 2, 14, 5), t.httpColor(ph));
                x += 18;
                const QString name = httpPhaseName(ph);
                p.setPen(t.text);
                p.drawText(QPointF(x, cy + fm.ascent() / 2 - 1), name);
                x += fm.horizontalAdvance(name) + 14;
            }
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setFont(t.font);
    }
};

} // namespace

void TimelinePainter::paint(QPainter &painter, const QRectF &target, const RunModel &model,
                            const TimelineRows &rows, const TimelineGeometry &geometry, double cursor,
                            const TimelineTheme &theme, EventIndex cursorEvent)
{
    TimelineGeometry g = geometry;
    g.width = target.width();
    g.height = target.height();
    g.laneCount = rows.count();
    g.scrollY = std::clamp(g.scrollY, 0.0, g.maxScrollY());
    painter.save();
    painter.translate(target.topLeft());
    painter.setClipRect(QRectF(0, 0, g.width, g.height));
    Frame(painter, model, rows, g, cursor, cursorEvent, theme).paint();
    painter.restore();
}

double TimelinePainter::labelWidth(const RunModel &model, const TimelineRows &rows, const QFont &font)
{
    // A task's row: indent, state dot, name and the "line N" note after it; a summary row: its triangle, its
    // name in bold and the widest count it can show.
    const QFontMetricsF fm(font);
    const QFontMetricsF bold(boldFont(font));
    const QFontMetricsF small(smallerFont(font));
    const double extra = 80 + fm.horizontalAdvance(QStringLiteral("line 000"));
    double width = fm.horizontalAdvance(QStringLiteral("main")) + extra;
    for (int row = 0; row < rows.count(); ++row) {
        if (rows.row(row).kind == TimelineRows::Kind::Lane) {
            width = std::max(width, fm.horizontalAdvance(model.lane(rows.row(row).lane).name) + extra);
            continue;
        }
        StateCounts most;
        most.n[size_t(TaskStatus::Ready)] = model.laneCount();
        const SummaryText words = SummaryText::of(rows, row, most);
        width = std::max(width,
                         30 + bold.horizontalAdvance(words.name) + small.horizontalAdvance(words.now) + 12);
    }
    return std::ceil(width);
}

double TimelinePainter::rowHeight(double space, int lanes, double readable, double tallest)
{
    lanes = std::max(1, lanes);
    if (space / lanes >= readable)
        return std::round(std::min(space / lanes, tallest));
    const int rows = std::max(1, int(space / readable));
    return std::floor(space / rows);
}

int TimelinePainter::paintRows(QPainter &painter, const QRectF &target, const RunModel &model,
                               const TimelineRows &shown, TimelineGeometry g, double cursor,
                               const TimelineTheme &theme, EventIndex cursorEvent)
{
    g.width = target.width();
    g.height = target.height();
    g.footerHeight = 0.0;
    const int fit = g.laneHeight > 0 ? int((g.lanesBottom() - g.lanesTop()) / g.laneHeight + 1e-9) : 0;
    const int hiddenRows = shown.count() > fit && fit > 0 ? shown.count() - (fit - 1) : 0;
    // What the note counts is tasks: the tasks of every row left out (a group row holds many).
    int hidden = 0;
    for (int row = shown.count() - hiddenRows; row < shown.count(); ++row) {
        const TimelineRows::Row &r = shown.row(row);
        hidden += r.kind == TimelineRows::Kind::Lane    ? 1
                  : r.kind == TimelineRows::Kind::Group ? int(shown.group(r.group).lanes.size())
                                                        : 0;
    }
    if (hiddenRows > 0)
        g.footerHeight = g.lanesBottom() - g.lanesTop() - (fit - 1) * g.laneHeight;
    paint(painter, target, model, shown, g, cursor, theme, cursorEvent);
    if (hiddenRows == 0)
        return 0;
    const QRectF band(target.left(), target.top() + g.lanesBottom(), target.width(), g.footerHeight);
    painter.save();
    painter.setClipRect(target);
    painter.fillRect(band, theme.axisBackground);
    painter.setPen(theme.mutedText);
    painter.setFont(theme.font);
    const double indent = std::round(QFontMetricsF(theme.font).height() * 0.5);
    painter.drawText(
        band.adjusted(indent, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
        Frame::tr("+%n more not shown (%1 tasks in all)", nullptr, hidden).arg(model.laneCount()));
    painter.restore();
    return hidden;
}

} // namespace awaitscope
