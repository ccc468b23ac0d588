#include "presenter/cursorspotlight.h"

#include "compare/compareview.h"
#include "player/playbackstate.h"
#include "timeline/timelineview.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace awaitscope {

CursorSpotlight::CursorSpotlight(TimelineView *timeline, PlaybackState *playback)
    : TimelineOverlay(timeline, playback)
{
    setObjectName(QStringLiteral("cursorSpotlight"));
}

QRectF CursorSpotlight::band() const
{
    const TimelineGeometry &g = timeline()->geometry();
    const double x = cursorX();
    const double half = std::max(48.0, g.plotWidth() * 0.05);
    const double left = std::max(g.plotLeft(), x - half);
    const double right =
        std::min(g.width, x + half); // g.width: the scroll bar, when there is one, is not lit
    return QRectF(left, 0, std::max(0.0, right - left), height());
}

void CursorSpotlight::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF lit = band();
    const TimelineGeometry &g = timeline()->geometry();
    // Dim the lanes outside the band, lightly: the rest of the run stays readable, the moment stands out.
    // The axis and the lane names are left alone.
    QPainterPath outside;
    outside.addRect(QRectF(g.plotLeft(), g.axisHeight, g.width - g.plotLeft(),
                           std::max(0.0, height() - g.axisHeight - g.legendHeight)));
    QPainterPath inside;
    inside.addRect(lit);
    p.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 24));
    p.setPen(QPen(timeline()->theme().cursor, 4));
    p.setBrush(Qt::NoBrush);
    p.drawRect(lit.adjusted(2, 2, -2, -2));

    // The cursor's time on the axis, over the tick labels it would otherwise crowd.
    const double t = playback() ? playback()->time() : 0.0;
    QFont f = timeline()->theme().font;
    f.setBold(true);
    p.setFont(f);
    const QString text = CompareView::formatTotal(t);
    const QFontMetricsF fm(f);
    QRectF box(0, 0, fm.horizontalAdvance(text) + fm.height(), std::max(g.axisHeight - 2, fm.height() * 1.1));
    box.moveCenter(
        QPointF(std::clamp(lit.center().x(), g.plotLeft() + box.width() / 2, g.width - box.width() / 2),
                1 + box.height() / 2));
    p.setPen(Qt::NoPen);
    p.setBrush(timeline()->theme().cursor);
    p.drawRoundedRect(box, 6, 6);
    p.setPen(Qt::white);
    p.drawText(box, Qt::AlignCenter, text);
}

} // namespace awaitscope
