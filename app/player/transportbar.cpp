#include "player/transportbar.h"

#include "player/playbackstate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <cmath>

namespace awaitscope {

namespace {

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
    auto make = [this](const QString &name, const QString &text, QStyle::StandardPixmap icon,
                       const QList<QKeySequence> &keys) {
        auto *a = new QAction(style()->standardIcon(icon), text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        // Works wherever the focus is inside the player; a main window may widen this.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, keys.value(0).toString(QKeySequence::NativeText)));
        return a;
    };
    m_start = make(QStringLiteral("actionJumpToStart"), tr("Jump to start"), QStyle::SP_MediaSkipBackward,
                   {QKeySequence(Qt::Key_Home)});
    m_stepBack = make(QStringLiteral("actionStepBack"), tr("Step back"), QStyle::SP_MediaSeekBackward,
                      {QKeySequence(Qt::Key_Left)});
    m_play =
        make(QStringLiteral("actionPlay"), tr("Play"), QStyle::SP_MediaPlay, {QKeySequence(Qt::Key_Space)});
    m_stepForward = make(QStringLiteral("actionStepForward"), tr("Step forward"), QStyle::SP_MediaSeekForward,
                         {QKeySequence(Qt::Key_Right)});
    m_end = make(QStringLiteral("actionJumpToEnd"), tr("Jump to end"), QStyle::SP_MediaSkipForward,
                 {QKeySequence(Qt::Key_End)});
    m_slower = make(QStringLiteral("actionSlower"), tr("Slower"), QStyle::SP_ArrowDown,
                    {QKeySequence(Qt::Key_BracketLeft)});
    m_faster = make(QStringLiteral("actionFaster"), tr("Faster"), QStyle::SP_ArrowUp,
                    {QKeySequence(Qt::Key_BracketRight)});
    addActions(transportActions());

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 2, 4, 2);
    for (QAction *a : {m_start, m_stepBack, m_play, m_stepForward, m_end})
        row->addWidget(button(a));

    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speedBox"));
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setToolTip(tr("Playback speed: virtual seconds per real second ([ slower, ] faster)"));
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

    setEnabled(false);
}

QToolButton *TransportBar::button(QAction *action)
{
    auto *b = new QToolButton(this);
    b->setDefaultAction(action);
    b->setAutoRaise(true);
    b->setAccessibleName(action->text());
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

QList<QAction *> TransportBar::transportActions() const
{
    return {m_start, m_stepBack, m_play, m_stepForward, m_end, m_slower, m_faster};
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

void TransportBar::updatePlaying(bool playing)
{
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
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

QString TransportBar::positionText() const
{
    return m_position->text();
}

} // namespace awaitscope
