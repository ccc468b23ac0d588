#include "predict/futureveil.h"

#include "player/playbackstate.h"
#include "timeline/timelineview.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace awaitscope {

FutureVeil::FutureVeil(TimelineView *timeline, PlaybackState *playback)
    : QWidget(timeline)
    , m_timeline(timeline)
    , m_playback(playback)
{
    setObjectName(QStringLiteral("futureVeil"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(timeline->rect());
    timeline->installEventFilter(this);
    connect(timeline, &TimelineView::viewChanged, this, qOverload<>(&QWidget::update));
    connect(playback, &PlaybackState::cursorChanged, this, qOverload<>(&QWidget::update));
}

double FutureVeil::veilLeft() const
{
    const TimelineGeometry &g = m_timeline->geometry();
    const double t = m_playback ? m_playback->time() : g.dataStart;
    return std::clamp(g.timeToX(t) + 2.0, g.plotLeft(), double(width()));
}

void FutureVeil::paintEvent(QPaintEvent *)
{
    const double left = veilLeft();
    if (left >= width())
        return;
    QPainter p(this);
    const TimelineTheme &theme = m_timeline->theme();
    // The legend stays readable: it tells nothing about the run.
    const double bottom = std::max(0.0, height() - m_timeline->geometry().legendHeight);
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

bool FutureVeil::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_timeline && event->type() == QEvent::Resize)
        setGeometry(m_timeline->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace awaitscope
