#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace awaitscope {

class PlaybackState;

// Play/pause, step, jump, speed, a scrub slider and Fit, each an action with a keyboard shortcut:
// Space play/pause, Left/Right step, Home/End jump, [ or - slower, ] or + faster, Ctrl+0 fits the whole run
// in the timeline (the same keys in the window and in presenter mode).
// The actions are exposed so a window can also put them in a menu.
class TransportBar : public QWidget
{
    Q_OBJECT
public:
    enum class Glyph { Start, StepBack, Play, Pause, StepForward, End, Slower, Faster, Fit };

    explicit TransportBar(QWidget *parent = nullptr);

    void setPlayback(PlaybackState *playback);
    QList<QAction *> transportActions() const;

    QAction *playAction() const { return m_play; }
    QAction *stepBackAction() const { return m_stepBack; }
    QAction *stepForwardAction() const { return m_stepForward; }
    QAction *startAction() const { return m_start; }
    QAction *endAction() const { return m_end; }
    QAction *slowerAction() const { return m_slower; }
    QAction *fasterAction() const { return m_faster; }
    // Not connected here: the player connects it to its timeline.
    QAction *fitAction() const { return m_fit; }
    QString positionText() const;
    // Hides the position ("0.000 s / 9.000 s") and the scrub slider, whose proportions tell how long the run
    // takes, keeping their room so the rest of the bar does not move (Predict, before an answer).
    void setLengthHidden(bool hidden);
    bool isLengthHidden() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcons();
    void updatePosition();
    void updatePlaying(bool playing);
    void updateSpeed(double speed);
    QToolButton *button(QAction *action);
    QSize buttonIconSize() const; // follows the font

    PlaybackState *m_playback = nullptr;
    QAction *m_start = nullptr;
    QAction *m_stepBack = nullptr;
    QAction *m_play = nullptr;
    QAction *m_stepForward = nullptr;
    QAction *m_end = nullptr;
    QAction *m_slower = nullptr;
    QAction *m_faster = nullptr;
    QAction *m_fit = nullptr;
    QComboBox *m_speed = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_position = nullptr;
    bool m_updatingSlider = false;
};

} // namespace awaitscope
