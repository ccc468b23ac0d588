#include "presenter/cursorspotlight.h"

#include "compare/compareview.h"
#include "player/playbackstate.h"
#include "timeline/timelineview.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace awaitscope {

CursorSpotlight::CursorSpotlight(TimelineView *timeline, PlaybackState *playback)
    : QWidget(timeline)
    , m_timeline(timeline)
    , m_playback(playback)
{
    setObjectName(QStringLiteral("cursorSpotlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(timeline->rect());
    timeline->installEventFilter(this);
    connect(timeline, &TimelineView::viewChanged, this, qOverload<>(&QWidget::update));
    connect(playback, &PlaybackState::cursorChanged, this, qOverload<>(&QWidget::update));
}

QRectF CursorSpotlight::band() const
{
    const TimelineGeometry &g = m_timeline->geometry();
    const double t = m_playback ? m_playback->time() : g.dataStart;
    const double x = g.timeToX(t);
    const double half = std::max(48.0, g.plotWidth() * 0.05);
    const double left = std::max(g.plotLeft(), x - half);
    const double right = std::min(double(width()), x + half);
    return QRectF(left, 0, std::max(0.0, right - left), height());
}

void CursorSpotlight::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF lit = band();
    const TimelineGeometry &g = m_timeline->geometry();
    // Dim the plot outside the band; the lane names on the left stay readable.
    QPainterPath outside;
    outside.addRect(QRectF(g.plotLeft(), 0, width() - g.plotLeft(), height()));
    QPainterPath inside;
    inside.addRect(lit);
    p.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 70));
    p.setPen(QPen(m_timeline->theme().cursor, 4));
    p.setBrush(Qt::NoBrush);
    p.drawRect(lit.adjusted(2, 2, -2, -2));

    // The cursor's time, large, at the bottom of the band where no lane label sits.
    const double t = m_playback ? m_playback->time() : 0.0;
    QFont f = m_timeline->theme().font;
    f.setBold(true);
    if (f.pixelSize() > 0)
        f.setPixelSize(f.pixelSize() * 3 / 2);
    else
        f.setPointSizeF(f.pointSizeF() * 1.5);
    p.setFont(f);
    const QString text = CompareView::formatTotal(t);
    const QFontMetricsF fm(f);
    QRectF box(0, 0, fm.horizontalAdvance(text) + fm.height(), fm.height() * 1.3);
    box.moveCenter(
        QPointF(std::clamp(lit.center().x(), g.plotLeft() + box.width() / 2, width() - box.width() / 2),
                height() - g.legendHeight - box.height()));
    p.setPen(Qt::NoPen);
    p.setBrush(m_timeline->theme().cursor);
    p.drawRoundedRect(box, 6, 6);
    p.setPen(Qt::white);
    p.drawText(box, Qt::AlignCenter, text);
}

bool CursorSpotlight::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_timeline && event->type() == QEvent::Resize)
        setGeometry(m_timeline->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace awaitscope
