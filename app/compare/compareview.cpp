#include "compare/compareview.h"

#include "trace/runstatetext.h"

#include "timeline/timelinepainter.h"

#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace awaitscope {

namespace {

QFont scaled(const QFont &base, double factor, bool bold = false)
{
    QFont f = base;
    if (f.pixelSize() > 0)
        f.setPixelSize(std::max(6, int(std::lround(f.pixelSize() * factor))));
    else
        f.setPointSizeF(std::max(4.0, f.pointSizeF() * factor));
    f.setBold(bold);
    return f;
}

// A run's total as the ratio shows it: 3×, 2.5×, 1.25×.
QString formatRatio(double r)
{
    const double rounded = std::round(r);
    if (std::abs(r - rounded) < 0.05)
        return QString::number(rounded, 'f', 0);
    if (r >= 10)
        return QString::number(r, 'f', 0);
    return QString::number(std::round(r * 10) / 10, 'f', 1);
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_first(std::make_unique<RunModel>())
    , m_second(std::make_unique<RunModel>())
{
    setMinimumSize(320, 240);
}

CompareView::~CompareView() = default;

void CompareView::setRuns(const Trace &first, const QString &firstTitle, const Trace &second,
                          const QString &secondTitle)
{
    m_first->setTrace(first);
    m_second->setTrace(second);
    m_firstTitle = firstTitle;
    m_secondTitle = secondTitle;
    update();
}

void CompareView::setCursor(double time)
{
    m_cursor = time;
    update();
}

void CompareView::setTheme(const TimelineTheme &theme)
{
    m_theme = theme;
    m_themeSet = true;
    update();
}

QString CompareView::differenceText() const
{
    return headline(Run{m_first.get(), m_firstTitle}, Run{m_second.get(), m_secondTitle});
}

QString CompareView::formatTotal(double seconds)
{
    const double a = std::abs(seconds);
    if (a == 0.0)
        return tr("0 s");
    if (a >= 1.0)
        return tr("%1 s").arg(QString::number(seconds, 'f', 1));
    if (a >= 1e-3)
        return tr("%1 ms").arg(QString::number(seconds * 1e3, 'f', a >= 0.1 ? 0 : 1));
    return tr("%1 µs").arg(QString::number(seconds * 1e6, 'f', 0));
}

QString CompareView::differenceText(double first, double second)
{
    const QString a = formatTotal(first);
    const QString b = formatTotal(second);
    // Equal as shown, or both too short to tell apart: no ratio to speak of.
    if (a == b || std::abs(first - second) <= 1e-9 * std::max(std::abs(first), std::abs(second)))
        return tr("%1 vs %2: the same time").arg(a, b);
    if (second <= 0.0)
        return tr("%1 vs %2: no waiting at all").arg(a, b);
    if (first <= 0.0)
        return tr("%1 vs %2: took longer").arg(a, b);
    if (second < first)
        return tr("%1 vs %2: %3× faster").arg(a, b, formatRatio(first / second));
    return tr("%1 vs %2: %3× slower").arg(a, b, formatRatio(second / first));
}

QString CompareView::headline(const Run &first, const Run &second)
{
    const double firstEnd = first.model->trace().endTime;
    const double secondEnd = second.model->trace().endTime;
    const auto &a = first.model->combinators();
    const auto &b = second.model->combinators();
    // The first call of each run, when both make the same kind of call and it came back differently.
    if (!a.empty() && !b.empty() && a.front().kindId == b.front().kindId &&
        a.front().kindId != CombinatorKind::Other && a.front().outcome != CombinatorOutcome::Running &&
        b.front().outcome != CombinatorOutcome::Running) {
        const CombinatorCall &x = a.front();
        const CombinatorCall &y = b.front();
        const double xBack = x.resumed >= 0 ? x.resumed : x.returned;
        const double yBack = y.resumed >= 0 ? y.resumed : y.returned;
        const RunStateText xText(*first.model), yText(*second.model);
        if (x.kindId == CombinatorKind::Wait && xText.outcome(x) != yText.outcome(y))
            return tr("%1 vs %2").arg(xText.outcome(x), yText.outcome(y));
        if (x.outcome != y.outcome || std::abs(xBack - yBack) > 1e-9) {
            auto how = [](const CombinatorCall &c) {
                return c.outcome == CombinatorOutcome::Raised ? tr("%1 raised").arg(c.kind)
                                                              : tr("%1 returned").arg(c.kind);
            };
            return tr("control back after %1 vs %2 (%3, %4)")
                .arg(formatTotal(xBack - x.entered), formatTotal(yBack - y.entered), how(x), how(y));
        }
    }
    return differenceText(firstEnd, secondEnd);
}

void CompareView::paintComparison(QPainter &p, const QRectF &target, const Run &first, const Run &second,
                                  double cursor, const TimelineTheme &theme)
{
    if (!first.model || !second.model)
        return;
    const QFontMetricsF fm(theme.font);
    const double line = fm.height();
    const QFont headlineFont = scaled(theme.font, 1.9, true);
    const QFont titleFont = scaled(theme.font, 1.15, true);
    const QFontMetricsF headlineMetrics(headlineFont);
    const QFontMetricsF titleMetrics(titleFont);
    const double pad = std::round(line * 0.8);

    p.save();
    p.translate(target.topLeft());
    const double w = target.width();
    const double h = target.height();
    p.setClipRect(QRectF(0, 0, w, h));
    p.fillRect(QRectF(0, 0, w, h), theme.background);

    // Headline: the difference in total time, large enough to read from the back row.
    const double firstEnd = first.model->trace().endTime;
    const double secondEnd = second.model->trace().endTime;
    const double headlineHeight = headlineMetrics.height() + 2 * pad;
    p.setFont(headlineFont);
    p.setPen(theme.text);
    p.drawText(QRectF(pad, 0, w - 2 * pad, headlineHeight), Qt::AlignVCenter | Qt::AlignLeft,
               headlineMetrics.elidedText(headline(first, second), Qt::ElideRight, w - 2 * pad));

    // One geometry for both runs: the same time range and the same label column, so the axes line up.
    TimelineGeometry g;
    g.width = w;
    // Room for the painter's indent and state dot, the name, and the "line N" note after it.
    const double extra = 80 + fm.horizontalAdvance(QStringLiteral("line 000"));
    double labelWidth = fm.horizontalAdvance(tr("total")) + line;
    for (const Run *run : {&first, &second})
        for (const TaskLane &lane : run->model->lanes())
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(lane.name) + extra);
    g.labelWidth = std::round(std::min(labelWidth, w * 0.3));
    g.axisHeight = std::round(line * 1.9);
    g.laneHeight = std::round(line * 1.7);
    g.setDataRange(0.0,
                   std::max({firstEnd, secondEnd, first.model->endTime(), second.model->endTime(), 1e-3}));
    g.fitAll();

    const double titleHeight = titleMetrics.height() + pad;
    const double totalHeight = std::round(line * 1.6);
    const double legendHeight = std::round(line * 1.6);
    const double available = h - headlineHeight - 2 * (titleHeight + totalHeight) - legendHeight - pad;
    // Rows stay readable (a name in each) and never grow past a comfortable height. When the two runs do not
    // fit, each keeps the rows it needs up to half the room, and the rest of its rows are counted
    // ("+N more not shown") instead of squeezed.
    // Rows, not tasks: many tasks of one kind share a group row (TimelineRows).
    const TimelineRows rows[2] = {TimelineRows(*first.model, {}), TimelineRows(*second.model, {})};
    const int lanesA = std::max(1, rows[0].count());
    const int lanesB = std::max(1, rows[1].count());
    const double space = std::max(0.0, available - 2 * g.axisHeight);
    const double readable = std::ceil(line * 1.25);
    double spaceA = space * lanesA / double(lanesA + lanesB);
    // Between 0 and `space` already: the lower bound never exceeds `space`, the upper is at least 0.
    if (space / (lanesA + lanesB) < readable)
        spaceA = std::clamp(space / 2, space - lanesB * readable, lanesA * readable);
    const double spaces[2] = {spaceA, space - spaceA};
    const int laneCounts[2] = {lanesA, lanesB};
    g.laneHeight = TimelinePainter::rowHeight(space, lanesA + lanesB, readable, std::round(line * 1.9));

    double y = headlineHeight;
    const Run *runs[2] = {&first, &second};
    for (int i = 0; i < 2; ++i) {
        const Run &run = *runs[i];
        const double end = run.model->trace().endTime;
        const bool last = i == 1;

        p.setFont(titleFont);
        p.setPen(theme.text);
        p.drawText(QRectF(pad, y, w - 2 * pad, titleHeight), Qt::AlignBottom | Qt::AlignLeft,
                   titleMetrics.elidedText(run.title, Qt::ElideRight, w - 2 * pad));
        y += titleHeight;

        // The run's total as a bar on the shared axis: the two bars side by side are the difference.
        const QRectF totalRow(0, y, w, totalHeight);
        p.fillRect(totalRow, theme.labelBackground);
        p.setFont(theme.font);
        p.setPen(theme.mutedText);
        p.drawText(QRectF(pad / 2, y, g.labelWidth - pad, totalHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   tr("total"));
        const double x0 = g.timeToX(0.0);
        const double x1 = std::max(x0 + 2, g.timeToX(end));
        const QRectF bar(x0, y + totalHeight * 0.2, x1 - x0, totalHeight * 0.6);
        p.fillRect(bar, last ? theme.done : theme.running);
        const QString total = formatTotal(end);
        const double textWidth = QFontMetricsF(titleFont).horizontalAdvance(total) + pad;
        p.setFont(scaled(theme.font, 1.0, true));
        if (bar.width() > textWidth + pad) {
            p.setPen(QColor(0xff, 0xff, 0xff));
            p.drawText(bar.adjusted(0, 0, -pad / 2, 0), Qt::AlignVCenter | Qt::AlignRight, total);
        } else {
            p.setPen(theme.text);
            p.drawText(QRectF(bar.right() + pad / 2, y, textWidth, totalHeight),
                       Qt::AlignVCenter | Qt::AlignLeft, total);
        }
        y += totalHeight;

        TimelineGeometry rg = g;
        rg.legendHeight = last ? legendHeight : 0.0;
        if (laneCounts[i] * g.laneHeight > spaces[i] + 0.5)
            rg.laneHeight = TimelinePainter::rowHeight(spaces[i], laneCounts[i], readable, readable);
        const double lanesHeight =
            std::min(laneCounts[i] * rg.laneHeight, std::max(spaces[i], rg.laneHeight));
        const double blockHeight = rg.axisHeight + lanesHeight + rg.legendHeight;
        TimelinePainter::paintRows(p, QRectF(0, y, w, std::min(blockHeight, std::max(0.0, h - y))),
                                   *run.model, rows[i], rg, cursor, theme);
        y += blockHeight + (last ? 0 : pad / 2);
    }
    p.restore();
}

void CompareView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const TimelineTheme theme = m_themeSet ? m_theme : TimelineTheme::fromPalette(palette(), font());
    paintComparison(p, QRectF(rect()), Run{m_first.get(), m_firstTitle}, Run{m_second.get(), m_secondTitle},
                    m_cursor, theme);
}

} // namespace awaitscope
