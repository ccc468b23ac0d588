#pragma once

#include "timeline/timelinetheme.h"

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QMargins>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QRect>

#include <utility>

class QAction;
class QScreen;
class QMainWindow;
class QSplitter;
class QWidget;

namespace awaitscope {

class CursorSpotlight;
class PlayerWidget;

// Presenter mode, for teaching from a projector: full screen, fonts scaled for the back row, the
// high-contrast projector theme on the timeline and the panels, a spotlight on the cursor's moment, and the
// editor chrome, menus, status messages, dialogs and debug output out of sight. Keyboard only:
//   F5 enters and leaves, Esc leaves; Space plays or pauses, Left/Right step, Home/End jump,
//   [ or - and ] or + change the playback speed (the transport's keys, the same as in the window; zooming
//   stays on the mouse wheel), 1-9 open the lessons in order.
// Leaving puts back the layout, window state, fonts, palette and theme exactly as they were.
class PresenterMode : public QObject
{
    Q_OBJECT
public:
    // Fonts grow with the screen: twice their size on a 1080-line screen, never less than 1.5 times (a small
    // projector), never more than 2.5 times; all in the screen's device pixels, so on a screen scaled by 2
    // (`screenHeight` in logical pixels) fonts already twice as large grow less, never below their size.
    static double fontScaleFor(int screenHeight, double devicePixelRatio = 1.0);

    PresenterMode(QMainWindow *window, PlayerWidget *player);
    ~PresenterMode() override;

    // Widgets a class should not see (the lesson list, the parameter form, Run buttons...).
    void setChrome(const QList<QWidget *> &widgets);
    // Actions that open dialogs or windows: off while presenting.
    void setBlockedActions(const QList<QAction *> &actions);
    void setFontScale(double scale) { m_fixedScale = scale; } // 0: after the screen (the default)
    // The scale in use while presenting (or the one entering would use now).
    double fontScale() const;

    bool isActive() const { return m_active; }
    QAction *toggleAction() const { return m_toggle; }
    QAction *leaveAction() const { return m_leave; }
    CursorSpotlight *spotlight() const { return m_spotlight; }
    // The actions' texts in the language now chosen.
    void retranslate();

public slots:
    void setActive(bool active);
    void enter() { setActive(true); }
    void leave() { setActive(false); }

signals:
    void activeChanged(bool active);
    // A number key: open the lesson at this position of the list (1 = the first).
    void lessonRequested(int position);

private:
    void saveAndApply();
    void restore();
    QAction *makeAction(const QString &name, const QString &text, const QList<QKeySequence> &keys);

    QMainWindow *m_window;
    QPointer<PlayerWidget> m_player;
    QList<QPointer<QWidget>> m_chrome;
    QList<QPointer<QAction>> m_blocked;
    double m_fixedScale = 0.0;
    double m_fontScale = 2.0;
    bool m_active = false;

    QAction *m_toggle = nullptr;
    QAction *m_leave = nullptr;
    QList<QAction *> m_presentingActions; // enabled only while presenting
    CursorSpotlight *m_spotlight = nullptr;

    // What leaving restores.
    struct Saved
    {
        Qt::WindowStates windowState;
        QRect normalGeometry;
        QMargins frameMargins; // title bar and borders, to put the frame back inside the screen
        QByteArray mainWindowState;
        QList<std::pair<QPointer<QSplitter>, QByteArray>> splitters;
        QList<std::pair<QPointer<QWidget>, bool>> hidden; // widget, was hidden
        QList<std::pair<QPointer<QAction>, bool>> enabled;
        QFont windowFont;
        bool windowHadFont = false;
        QPalette windowPalette;
        bool windowHadPalette = false;
        QList<std::pair<QPointer<QWidget>, QFont>> explicitFonts;
        TimelineTheme timelineTheme;
        bool timelineHadTheme = false;
        QList<QAction *> addedTransportActions;
    } m_saved;
};

} // namespace awaitscope
