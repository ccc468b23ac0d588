#include "predict/futureveil.h"

#include "timeline/timelineview.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace awaitscope {

FutureVeil::FutureVeil(TimelineView *timeline, PlaybackState *playback)
    : TimelineOverlay(timeline, playback)
{
    setObjectName(QStringLiteral("futureVeil"));
}

double FutureVeil::veilLeft() const
{
    return std::clamp(cursorX() + 2.0, timeline()->geometry().plotLeft(), double(width()));
}

void FutureVeil::paintEvent(QPaintEvent *)
{
    const double left = veilLeft();
    if (left >= width())
        return;
    QPainter p(this);
    const TimelineTheme &theme = timeline()->theme();
    // The legend stays readable: it tells nothing about the run.
    const double bottom = std::max(0.0, height() - timeline()->geometry().legendHeight);
    const QRectF hidden(left, 0, width() - left, bottom);
    p.fillRect(hidden, theme.background);
    // Diagonal hatching says "covered", not "empty".
    QColor hatch = theme.mutedText;
    hatch.setAlpha(60);
    p.fillRect(hidden, QBrush(hatch, Qt::BDiagPattern));
    if (hidden.width() > 40) {
        const QString text = tr("?  What happens next?");
        QFont f = theme.font;
        f.setBold(true);
        QFont large = f;
        if (large.pixelSize() > 0)
            large.setPixelSize(std::max(16, large.pixelSize() * 8 / 5));
        else
            large.setPointSizeF(std::max(12.0, large.pointSizeF() * 1.6));
        // Large where there is room; never cut off where there is not.
        const bool fits = QFontMetricsF(large).horizontalAdvance(text) < hidden.width() - 16;
        p.setFont(fits ? large : f);
        p.setPen(theme.text);
        p.drawText(hidden.adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
}

} // namespace awaitscope
