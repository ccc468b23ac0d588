#include "predict/futureveil.h"

#include "player/playbackstate.h"
#include "timeline/timelineview.h"

#include <QEvent>
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
        QFont f = theme.font;
        if (f.pixelSize() > 0)
            f.setPixelSize(std::max(16, f.pixelSize() * 8 / 5));
        else
            f.setPointSizeF(std::max(12.0, f.pointSizeF() * 1.6));
        f.setBold(true);
        p.setFont(f);
        p.setPen(theme.text);
        p.drawText(hidden, Qt::AlignCenter | Qt::TextWordWrap, tr("?  What happens next?"));
    }
}

bool FutureVeil::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_timeline && event->type() == QEvent::Resize)
        setGeometry(m_timeline->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace awaitscope
