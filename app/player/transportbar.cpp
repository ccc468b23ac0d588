#include "player/transportbar.h"

#include "player/playbackstate.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSlider>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace awaitscope {

namespace {

// The transport's symbols, drawn in the palette's button text colour so they stay clear on light, dark and
// high-contrast themes (the style's media icons are fixed dark grey).
QIcon glyphIcon(TransportBar::Glyph glyph, const QColor &colour, int size)
{
    using G = TransportBar::Glyph;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    const double s = size;
    const double m = s * 0.2; // margin
    auto triangle = [&](double left, double right, bool pointsRight) {
        QPolygonF t;
        if (pointsRight)
            t << QPointF(left, m) << QPointF(right, s / 2) << QPointF(left, s - m);
        else
            t << QPointF(right, m) << QPointF(left, s / 2) << QPointF(right, s - m);
        p.drawPolygon(t);
    };
    auto bar = [&](double x) { p.drawRect(QRectF(x, m, s * 0.1, s - 2 * m)); };
    switch (glyph) {
    case G::Start:
        bar(m);
        triangle(m + s * 0.12, s - m, false);
        break;
    case G::StepBack:
        triangle(m, s * 0.68, false);
        bar(s * 0.7);
        break;
    case G::Play:
        triangle(s * 0.28, s * 0.8, true);
        break;
    case G::Pause:
        p.drawRect(QRectF(s * 0.28, m, s * 0.15, s - 2 * m));
        p.drawRect(QRectF(s * 0.57, m, s * 0.15, s - 2 * m));
        break;
    case G::StepForward:
        bar(s * 0.2);
        triangle(s * 0.32, s - m, true);
        break;
    case G::End:
        triangle(m, s - m - s * 0.12, true);
        bar(s - m - s * 0.1);
        break;
    case G::Slower:
    case G::Faster: {
        QPolygonF t;
        if (glyph == G::Faster)
            t << QPointF(m, s - m) << QPointF(s / 2, m) << QPointF(s - m, s - m);
        else
            t << QPointF(m, m) << QPointF(s / 2, s - m) << QPointF(s - m, m);
        p.drawPolygon(t);
        break;
    }
    case G::Fit: // |<->|: the whole run between two bars
        bar(m);
        bar(s - m - s * 0.1);
        triangle(m + s * 0.12, s * 0.42, false);
        triangle(s * 0.58, s - m - s * 0.12, true);
        break;
    }
    p.end();
    return QIcon(pixmap);
}

constexpr int kSliderSteps = 10000;
const double kSpeeds[] = {0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 10.0};

QString speedText(double s)
{
    return QStringLiteral("%1×").arg(QString::number(s));
}

} // namespace

TransportBar::TransportBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("transportBar"));
    setAccessibleName(tr("Playback controls"));
    auto make = [this](const QString &name, const QString &text, Glyph icon,
                       const QList<QKeySequence> &keys) {
        auto *a = new QAction(text, this);
        a->setData(int(icon));
        a->setObjectName(name);
        a->setShortcuts(keys);
        // Works wherever the focus is inside the player; a main window may widen this.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, keys.value(0).toString(QKeySequence::NativeText)));
        return a;
    };
    m_start = make(QStringLiteral("actionJumpToStart"), tr("Jump to start"), Glyph::Start,
                   {QKeySequence(Qt::Key_Home)});
    m_stepBack = make(QStringLiteral("actionStepBack"), tr("Step back"), Glyph::StepBack,
                      {QKeySequence(Qt::Key_Left)});
    m_play = make(QStringLiteral("actionPlay"), tr("Play"), Glyph::Play, {QKeySequence(Qt::Key_Space)});
    m_stepForward = make(QStringLiteral("actionStepForward"), tr("Step forward"), Glyph::StepForward,
                         {QKeySequence(Qt::Key_Right)});
    m_end =
        make(QStringLiteral("actionJumpToEnd"), tr("Jump to end"), Glyph::End, {QKeySequence(Qt::Key_End)});
    // Two keys each, and the same ones in presenter mode: [ ] on the keyboard's letter block, - + where a
    // presenter's remote or the number pad has them.
    m_slower = make(QStringLiteral("actionSlower"), tr("Slower"), Glyph::Slower,
                    {QKeySequence(Qt::Key_BracketLeft), QKeySequence(Qt::Key_Minus)});
    m_faster =
        make(QStringLiteral("actionFaster"), tr("Faster"), Glyph::Faster,
             {QKeySequence(Qt::Key_BracketRight), QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    m_fit = make(QStringLiteral("actionFitRun"), tr("Fit the whole run"), Glyph::Fit,
                 {QKeySequence(Qt::CTRL | Qt::Key_0)});
    addActions(transportActions());
    updateIcons();

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 2, 4, 2);
    for (QAction *a : {m_start, m_stepBack, m_play, m_stepForward, m_end})
        row->addWidget(button(a));

    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speedBox"));
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setToolTip(tr("Playback speed: virtual seconds per real second ([ or - slower, ] or + faster)"));
    for (double s : kSpeeds)
        m_speed->addItem(speedText(s), s);
    row->addWidget(m_speed);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("scrubSlider"));
    m_slider->setAccessibleName(tr("Position in the run"));
    m_slider->setRange(0, kSliderSteps);
    m_slider->setFocusPolicy(Qt::NoFocus); // arrows step events; the slider is for the mouse
    row->addWidget(m_slider, 1);

    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("positionLabel"));
    m_position->setAccessibleName(tr("Cursor position"));
    m_position->setMinimumWidth(
        m_position->fontMetrics().horizontalAdvance(QStringLiteral("000.000 s / 000.000 s")));
    row->addWidget(m_position);
    QToolButton *fit = button(m_fit);
    fit->setObjectName(QStringLiteral("fitButton"));
    fit->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    row->addWidget(fit);

    setEnabled(false);
}

QToolButton *TransportBar::button(QAction *action)
{
    auto *b = new QToolButton(this);
    b->setDefaultAction(action);
    b->setAutoRaise(true);
    b->setIconSize(buttonIconSize());
    b->setAccessibleName(action->text());
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

QList<QAction *> TransportBar::transportActions() const
{
    return {m_start, m_stepBack, m_play, m_stepForward, m_end, m_slower, m_faster, m_fit};
}

void TransportBar::setPlayback(PlaybackState *playback)
{
    if (m_playback) {
        disconnect(m_playback, nullptr, this, nullptr);
        for (QAction *a : transportActions())
            disconnect(a, nullptr, m_playback, nullptr);
        disconnect(m_speed, nullptr, m_playback, nullptr);
        disconnect(m_slider, nullptr, m_playback, nullptr);
    }
    m_playback = playback;
    setEnabled(playback != nullptr);
    if (!playback)
        return;
    connect(m_start, &QAction::triggered, playback, &PlaybackState::jumpToStart);
    connect(m_stepBack, &QAction::triggered, playback, &PlaybackState::stepBackward);
    connect(m_play, &QAction::triggered, playback, &PlaybackState::togglePlaying);
    connect(m_stepForward, &QAction::triggered, playback, &PlaybackState::stepForward);
    connect(m_end, &QAction::triggered, playback, &PlaybackState::jumpToEnd);
    connect(m_slower, &QAction::triggered, playback, &PlaybackState::slower);
    connect(m_faster, &QAction::triggered, playback, &PlaybackState::faster);
    connect(playback, &PlaybackState::cursorChanged, this, &TransportBar::updatePosition);
    connect(playback, &PlaybackState::playingChanged, this, &TransportBar::updatePlaying);
    connect(playback, &PlaybackState::speedChanged, this, &TransportBar::updateSpeed);
    connect(m_speed, &QComboBox::activated, playback,
            [this](int index) { m_playback->setSpeed(m_speed->itemData(index).toDouble()); });
    connect(m_slider, &QSlider::valueChanged, playback, [this](int value) {
        if (m_updatingSlider)
            return;
        const double span = m_playback->endTime() - m_playback->startTime();
        m_playback->scrubTo(m_playback->startTime() + span * value / kSliderSteps);
    });
    updatePosition();
    updatePlaying(playback->isPlaying());
    updateSpeed(playback->speed());
}

void TransportBar::updatePosition()
{
    if (!m_playback)
        return;
    const double span = m_playback->endTime() - m_playback->startTime();
    m_updatingSlider = true;
    m_slider->setValue(
        span > 0 ? int(std::lround((m_playback->time() - m_playback->startTime()) / span * kSliderSteps))
                 : 0);
    m_updatingSlider = false;
    m_position->setText(tr("%1 s / %2 s")
                            .arg(QString::number(m_playback->time(), 'f', 3),
                                 QString::number(m_playback->endTime(), 'f', 3)));
    m_stepBack->setEnabled(!m_playback->atStart());
    m_start->setEnabled(!m_playback->atStart());
    m_stepForward->setEnabled(!m_playback->atEnd());
    m_end->setEnabled(!m_playback->atEnd());
}

void TransportBar::updateIcons()
{
    const int size = 2 * std::max(12, fontMetrics().height());
    for (QAction *a : transportActions())
        a->setIcon(glyphIcon(Glyph(a->data().toInt()), palette().color(QPalette::ButtonText), size));
}

QSize TransportBar::buttonIconSize() const
{
    const int side = std::max(16, int(fontMetrics().height() * 1.4));
    return {side, side};
}

void TransportBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateIcons();
    if (event->type() == QEvent::FontChange) {
        // The buttons follow the font: large in presenter mode, back to normal after it.
        for (QToolButton *b : findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
            b->setIconSize(buttonIconSize());
    }
    if (event->type() == QEvent::LanguageChange) {
        const std::pair<QAction *, QString> actions[] = {{m_start, tr("Jump to start")},
                                                         {m_stepBack, tr("Step back")},
                                                         {m_stepForward, tr("Step forward")},
                                                         {m_end, tr("Jump to end")},
                                                         {m_slower, tr("Slower")},
                                                         {m_faster, tr("Faster")},
                                                         {m_fit, tr("Fit the whole run")}};
        for (const auto &[action, text] : actions) {
            action->setText(text);
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
        }
        setAccessibleName(tr("Playback controls"));
        m_speed->setAccessibleName(tr("Playback speed"));
        m_speed->setToolTip(
            tr("Playback speed: virtual seconds per real second ([ or - slower, ] or + faster)"));
        m_slider->setAccessibleName(tr("Position in the run"));
        m_position->setAccessibleName(tr("Cursor position"));
        updatePosition();
        updatePlaying(m_playback && m_playback->isPlaying());
    }
    QWidget::changeEvent(event);
}

void TransportBar::updatePlaying(bool playing)
{
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setData(int(playing ? Glyph::Pause : Glyph::Play));
    updateIcons();
    m_play->setToolTip(
        QStringLiteral("%1 (%2)").arg(m_play->text(), m_play->shortcut().toString(QKeySequence::NativeText)));
}

void TransportBar::updateSpeed(double speed)
{
    int best = 0;
    for (int i = 0; i < m_speed->count(); ++i)
        if (std::abs(m_speed->itemData(i).toDouble() - speed) <
            std::abs(m_speed->itemData(best).toDouble() - speed))
            best = i;
    if (std::abs(m_speed->itemData(best).toDouble() - speed) > 1e-9) {
        m_speed->addItem(speedText(speed), speed); // a speed set from elsewhere, e.g. 1.5x
        best = m_speed->count() - 1;
    }
    m_speed->setCurrentIndex(best);
    m_slower->setEnabled(speed > PlaybackState::MinSpeed);
    m_faster->setEnabled(speed < PlaybackState::MaxSpeed);
}

void TransportBar::setLengthHidden(bool hidden)
{
    for (QWidget *w : {static_cast<QWidget *>(m_slider), static_cast<QWidget *>(m_position)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
        w->setVisible(!hidden);
    }
}

bool TransportBar::isLengthHidden() const
{
    return m_slider->isHidden();
}

QString TransportBar::positionText() const
{
    return m_position->text();
}

} // namespace awaitscope
