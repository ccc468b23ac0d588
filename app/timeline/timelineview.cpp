#include "timeline/timelineview.h"

#include "player/playbackstate.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelineviewstate.h"

#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace awaitscope {

namespace {

const RunModel &emptyModel()
{
    static const RunModel model;
    return model;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(
        tr("One lane per task over time. Wheel zooms, drag pans, click moves the cursor."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_theme = TimelineTheme::fromPalette(palette(), font());
    m_scrollBar = new QScrollBar(Qt::Vertical, this);
    m_scrollBar->setObjectName(QStringLiteral("timelineLaneScrollBar"));
    m_scrollBar->setAccessibleName(tr("Scroll the tasks"));
    m_scrollBar->setFocusPolicy(Qt::NoFocus);
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (m_syncingScrollBar)
            return;
        m_geometry.scrollY = std::clamp(double(value), 0.0, m_geometry.maxScrollY());
        update();
        emit viewChanged();
    });
    setViewState(new TimelineViewState(this));
    updateLayoutFromFont();
}

void TimelineView::setViewState(TimelineViewState *state)
{
    if (!state || state == m_state)
        return;
    if (m_state) {
        disconnect(m_state, nullptr, this, nullptr);
        if (m_state->parent() == this)
            m_state->deleteLater();
    }
    m_state = state;
    connect(m_state, &TimelineViewState::changed, this, &TimelineView::syncFromState);
    syncFromState();
}

void TimelineView::syncFromState()
{
    m_state->applyTo(m_geometry);
    updateRows();
    update();
    emit viewChanged();
}

void TimelineView::updateScrollBar()
{
    // The lanes' height does not depend on the width, so whether the bar is needed is known first.
    m_geometry.width = width();
    m_geometry.height = height();
    const bool needed = m_geometry.maxScrollY() > 0.0;
    const int barWidth = needed ? m_scrollBar->sizeHint().width() : 0;
    m_geometry.width = std::max(1, width() - barWidth);
    m_geometry.scrollY = std::clamp(m_geometry.scrollY, 0.0, m_geometry.maxScrollY());
    m_syncingScrollBar = true;
    m_scrollBar->setVisible(needed);
    if (needed) {
        const int top = int(m_geometry.lanesTop());
        m_scrollBar->setGeometry(width() - barWidth, top, barWidth,
                                 std::max(1, int(m_geometry.lanesBottom()) - top));
        m_scrollBar->setRange(0, int(std::ceil(m_geometry.maxScrollY())));
        m_scrollBar->setPageStep(int(m_geometry.lanesBottom() - m_geometry.lanesTop()));
        m_scrollBar->setSingleStep(std::max(1, int(m_geometry.laneHeight)));
        m_scrollBar->setValue(int(std::round(m_geometry.scrollY)));
    }
    m_syncingScrollBar = false;
}

void TimelineView::scrollLanesBy(double dy)
{
    m_geometry.scrollLanesBy(dy);
    m_syncingScrollBar = true;
    m_scrollBar->setValue(int(std::round(m_geometry.scrollY)));
    m_syncingScrollBar = false;
}

void TimelineView::updateLayoutFromFont()
{
    // Lane and axis sizes follow the font, so a larger font (presenter mode, high DPI) stays readable.
    const QFontMetricsF fm(m_theme.font);
    m_geometry.laneHeight = std::round(fm.height() * 1.7);
    m_geometry.axisHeight = std::round(fm.height() * 1.9);
    m_geometry.legendHeight = std::round(fm.height() * 1.6);
    updateLabelWidth();
    updateScrollBar();
}

void TimelineView::updateRows()
{
    const RunModel &m = m_model ? *m_model : emptyModel();
    m_rows.update(m, m_state->expandedGroups());
    m_geometry.laneCount = m_rows.count();
    updateLabelWidth();
    updateScrollBar();
}

void TimelineView::updateLabelWidth()
{
    // The names' column: 22 characters, wider when this run's names need it (a worker thread's job, a long
    // task name, a deep lane), but never more than a third of the view.
    const RunModel &m = m_model ? *m_model : emptyModel();
    const double least = std::round(QFontMetricsF(m_theme.font).averageCharWidth() * 22);
    const double needed = TimelinePainter::labelWidth(m, m_rows, m_theme.font);
    m_geometry.labelWidth = std::max(least, std::min(needed, std::round(width() / 3.0)));
}

void TimelineView::setGroupExpanded(int group, bool expanded)
{
    if (group >= 0 && group < int(m_rows.groups().size()))
        m_state->setGroupExpanded(m_rows.group(group).key, expanded);
}

void TimelineView::setModel(const RunModel *model)
{
    m_model = model;
    const RunModel &m = model ? *model : emptyModel();
    updateRows();
    // Fitted unless the learner zoomed or panned since the run began (TimelineViewState's rules).
    m_state->setDataRange(m.startTime(), m.endTime());
}

void TimelineView::setPlayback(PlaybackState *playback)
{
    if (m_playback)
        disconnect(m_playback, nullptr, this, nullptr);
    m_playback = playback;
    if (playback)
        connect(playback, &PlaybackState::cursorChanged, this,
                [this](double time) { onCursorChanged(time); });
    update();
}

void TimelineView::setTheme(const TimelineTheme &theme)
{
    m_theme = theme;
    m_customTheme = true;
    updateLayoutFromFont();
    update();
}

void TimelineView::followPalette()
{
    m_customTheme = false;
    m_theme = TimelineTheme::fromPalette(palette(), font());
    updateLayoutFromFont();
    update();
}

double TimelineView::cursorTime() const
{
    return m_playback ? m_playback->time() : m_geometry.dataStart;
}

void TimelineView::onCursorChanged(double time)
{
    // Playing, stepping, Home and End: the view pages along so the cursor stays in view, at the same zoom.
    if (m_follow)
        m_state->reveal(time);
    update();
}

void TimelineView::setTimeWindow(double start, double end)
{
    m_state->setWindow(start, end);
}

void TimelineView::fitAll()
{
    m_state->fit();
}

void TimelineView::zoomIn()
{
    const double x =
        m_playback ? m_geometry.timeToX(cursorTime()) : m_geometry.plotLeft() + m_geometry.plotWidth() / 2;
    TimelineGeometry g = m_geometry;
    g.zoomAround(std::clamp(x, g.plotLeft(), g.width), 1.5);
    m_state->setWindow(g.viewStart, g.viewEnd);
}

void TimelineView::zoomOut()
{
    const double x =
        m_playback ? m_geometry.timeToX(cursorTime()) : m_geometry.plotLeft() + m_geometry.plotWidth() / 2;
    TimelineGeometry g = m_geometry;
    g.zoomAround(std::clamp(x, g.plotLeft(), g.width), 1 / 1.5);
    m_state->setWindow(g.viewStart, g.viewEnd);
}

QImage TimelineView::renderImage(const QSize &size, qreal devicePixelRatio) const
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter p(&image);
    TimelinePainter::paint(p, QRectF(QPointF(0, 0), QSizeF(size)), m_model ? *m_model : emptyModel(), m_rows,
                           m_geometry, cursorTime(), m_theme, m_playback ? m_playback->eventIndex() : -1);
    return image;
}

QSize TimelineView::sizeHint() const
{
    return {900, 320};
}

QSize TimelineView::minimumSizeHint() const
{
    return {320, 140};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_geometry.width < width()) // the scroll bar's column: axis and legend colours above and below it
        p.fillRect(QRectF(m_geometry.width, 0, width() - m_geometry.width, height()), m_theme.axisBackground);
    TimelinePainter::paint(p, QRectF(0, 0, m_geometry.width, height()), m_model ? *m_model : emptyModel(),
                           m_rows, m_geometry, cursorTime(), m_theme,
                           m_playback ? m_playback->eventIndex() : -1);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The time window is in seconds and lives in the view state: a resize shows the same part of the run.
    updateLabelWidth();
    updateScrollBar();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const bool overNames = event->position().x() < m_geometry.plotLeft();
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y()) || overNames) {
        const int d = std::abs(delta.x()) > std::abs(delta.y()) ? delta.x() : delta.y();
        scrollLanesBy(-d / 120.0 * m_geometry.laneHeight * 3);
        update();
        emit viewChanged();
    } else if (delta.y() != 0) {
        // One notch (120) zooms by 1.25x, around the mouse.
        TimelineGeometry g = m_geometry;
        g.zoomAround(std::max(event->position().x(), g.plotLeft()), std::pow(1.25, delta.y() / 120.0));
        m_state->setWindow(g.viewStart, g.viewEnd);
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = m_lastPos = event->position();
    if (event->position().y() < m_geometry.axisHeight && event->position().x() >= m_geometry.plotLeft()) {
        m_drag = Drag::Scrub;
        if (m_playback)
            m_playback->scrubTo(m_geometry.xToTime(event->position().x()));
    } else {
        m_drag = Drag::Pending;
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (m_drag) {
    case Drag::Scrub:
        if (m_playback)
            m_playback->scrubTo(m_geometry.xToTime(std::max(pos.x(), m_geometry.plotLeft())));
        break;
    case Drag::Pending:
        if ((pos - m_pressPos).manhattanLength() < 4)
            break;
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        Q_FALLTHROUGH();
    case Drag::Pan: {
        TimelineGeometry g = m_geometry;
        g.panByPixels(pos.x() - m_lastPos.x());
        scrollLanesBy(m_lastPos.y() - pos.y());
        if (g.viewStart != m_geometry.viewStart)
            m_state->setWindow(g.viewStart, g.viewEnd);
        update();
        emit viewChanged();
        break;
    }
    case Drag::None:
        break;
    }
    m_lastPos = pos;
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_drag == Drag::Pending && m_model) {
        // A click: move the cursor there (onto the exact event for a marker) and tell which task it was.
        const TimelineHit hit = m_geometry.hitTest(event->position(), *m_model, m_rows);
        if (hit.kind == TimelineHit::Kind::GroupLabel) {
            setGroupExpanded(hit.group, !m_rows.group(hit.group).expanded);
            unsetCursor();
            m_drag = Drag::None;
            return;
        }
        if (m_playback && event->position().x() >= m_geometry.plotLeft()) {
            if (hit.kind == TimelineHit::Kind::Marker)
                m_playback->setEventIndex(m_model->markers()[size_t(hit.marker)].event);
            else if (hit.kind != TimelineHit::Kind::Nothing)
                m_playback->scrubTo(hit.time);
        }
        if (hit.lane >= 0)
            emit taskActivated(m_model->lane(hit.lane).task);
    }
    unsetCursor();
    m_drag = Drag::None;
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        fitAll();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        scrollLanesBy(-m_geometry.laneHeight);
        break;
    case Qt::Key_Down:
        scrollLanesBy(m_geometry.laneHeight);
        break;
    case Qt::Key_PageUp:
        scrollLanesBy(-(m_geometry.lanesBottom() - m_geometry.lanesTop()));
        break;
    case Qt::Key_PageDown:
        scrollLanesBy(m_geometry.lanesBottom() - m_geometry.lanesTop());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
    emit viewChanged();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (!m_customTheme && (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)) {
        m_theme = TimelineTheme::fromPalette(palette(), font());
        updateLayoutFromFont();
        update();
    }
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Timeline"));
        setToolTip(tr("One lane per task over time. Wheel zooms, drag pans, click moves the cursor."));
        update();
    }
    QWidget::changeEvent(event);
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

QString TimelineView::countsText(const StateCounts &c, double at) const
{
    // "at 1.500000 s: 2 running, 3 ready, 140 waiting, 55 done"
    QStringList parts;
    for (TaskStatus s : {TaskStatus::Running, TaskStatus::Blocking, TaskStatus::InThread, TaskStatus::Ready,
                         TaskStatus::Suspended, TaskStatus::Done, TaskStatus::Failed, TaskStatus::Cancelled})
        if (c[s] > 0)
            parts << QStringLiteral("%1 %2").arg(c[s]).arg(taskStatusName(s).toHtmlEscaped());
    if (parts.isEmpty())
        parts << tr("no task yet");
    return tr("at %1 s: %2").arg(QString::number(at, 'f', 6), parts.join(QStringLiteral(", ")));
}

QString TimelineView::toolTipAt(QPointF pos) const
{
    if (!m_model)
        return {};
    const TimelineHit hit = m_geometry.hitTest(pos, *m_model, m_rows);
    switch (hit.kind) {
    case TimelineHit::Kind::Nothing:
        return {};
    case TimelineHit::Kind::Axis:
        return tr("%1 s").arg(QString::number(hit.time, 'f', 6));
    case TimelineHit::Kind::LaneLabel: {
        const TaskLane &l = m_model->lane(hit.lane);
        QString text = QStringLiteral("<b>%1</b>").arg(l.name.toHtmlEscaped());
        if (!l.coroutine.isEmpty() && l.coroutine != l.name)
            text += QStringLiteral(" — %1()").arg(l.coroutine.toHtmlEscaped());
        text += QStringLiteral("<br>");
        if (l.parentLane >= 0)
            text += tr("created by %1 at %2 s")
                        .arg(m_model->lane(l.parentLane).name.toHtmlEscaped(),
                             QString::number(l.created, 'f', 6));
        else
            text += tr("created at %1 s").arg(QString::number(l.created, 'f', 6));
        if (l.createdLine > 0)
            text += tr(", line %1").arg(l.createdLine);
        if (isFinalStatus(l.finalState))
            text += QStringLiteral("<br>") +
                    tr("%1 at %2 s").arg(taskStatusName(l.finalState), QString::number(l.finished, 'f', 6));
        if (!l.resultText.isEmpty())
            text += QStringLiteral(": ") + l.resultText.toHtmlEscaped();
        return text;
    }
    case TimelineHit::Kind::Marker:
        return m_model->describeEvent(m_model->markers()[size_t(hit.marker)].event).toHtmlEscaped();
    case TimelineHit::Kind::Span:
        return m_model->describeSpan(hit.lane, hit.span);
    case TimelineHit::Kind::HttpRequest:
        return m_model->describeHttp(hit.request);
    case TimelineHit::Kind::Lane:
        return tr("%1 at %2 s")
            .arg(m_model->lane(hit.lane).name.toHtmlEscaped(), QString::number(hit.time, 'f', 6));
    case TimelineHit::Kind::GroupLabel:
    case TimelineHit::Kind::Group: {
        const TimelineRows::Group &group = m_rows.group(hit.group);
        const double at = hit.kind == TimelineHit::Kind::Group ? hit.time : cursorTime();
        QString text =
            QStringLiteral("<b>%1</b>")
                .arg(tr("%n tasks: %1", nullptr, int(group.lanes.size())).arg(group.pattern.toHtmlEscaped()));
        text += QStringLiteral("<br>") + countsText(group.states->at(at), at);
        text += QStringLiteral("<br>") + (group.expanded ? tr("Click the name to close the group.")
                                                         : tr("Click the name to show each task."));
        return text;
    }
    case TimelineHit::Kind::Density: {
        const double at =
            hit.time >= m_geometry.viewStart && pos.x() >= m_geometry.plotLeft() ? hit.time : cursorTime();
        return QStringLiteral("<b>%1</b><br>%2")
            .arg(tr("Tasks alive and ready to run"), countsText(m_rows.allStates().at(at), at));
    }
    }
    return {};
}

} // namespace awaitscope
