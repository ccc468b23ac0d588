#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

namespace awaitscope {

class CodePane;
class LessonSession;
class PlayerWidget;

// The run the player shows, as the window knows it.
struct ShownRun
{
    QString title;        // the lesson's title, marked when the program was edited
    bool edited = false;  // the run is of the learner's edited program
    bool stopped = false; // the run was stopped before its end
};

// What the main window offers a feature that plugs into it: its parts, its menus and its status line.
// An add-on uses these and nothing else of the window.
class WindowHost
{
public:
    enum class Menu { File, Edit, View, Run, Playback, Compare, Help };

    virtual ~WindowHost() = default;
    virtual QMainWindow *window() const = 0;
    virtual PlayerWidget *player() const = 0;
    virtual LessonSession *session() const = 0;
    virtual CodePane *codePane() const = 0;
    // The menu of that name, made when first asked for; File's entries go above Quit.
    virtual QMenu *menu(Menu which) = 0;
    virtual void addToFileMenu(QAction *action) = 0;
    // A passing message in the status bar (0: until the next one).
    virtual void showMessage(const QString &text, int timeoutMs = 0) = 0;
    virtual ShownRun shownRun() const = 0;
    // What a class should not see while the teacher presents: the lesson list and the code pane's controls.
    virtual QList<QWidget *> chrome() const = 0;
    // Every add-on's dialogActions().
    virtual QList<QAction *> dialogActions() const = 0;
    // Presenter mode began or ended: the window adapts what it shows (the parameter form, the welcome).
    virtual void setPresenting(bool presenting) = 0;
};

// A feature of the window with its own actions, docks, windows and state: predict-then-reveal, presenter
// mode, export and copy, comparisons. The window makes each one, installs it, and tells it when a run is
// shown; adding a feature is one such class and one line in MainWindow::createAddOns.
class WindowAddOn : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Makes the add-on's actions, docks and menu entries in `host`'s window.
    virtual void install(WindowHost &host) = 0;
    // Every add-on is installed (what depends on the others goes here).
    virtual void allInstalled() {}
    // A run (or a new lesson's run, or the lesson in another language) is on screen.
    virtual void runShown() {}
    // Leaves any mode that changes the window's layout (before the layout is saved).
    virtual void leaveModes() {}
    // Actions that open dialogs or windows: presenter mode turns them off.
    virtual QList<QAction *> dialogActions() const { return {}; }
    // The texts of its actions and docks after a language switch.
    virtual void retranslate() {}
    // The add-on has work in progress that the window must let end before it goes.
    virtual void shutDown() {}
};

} // namespace awaitscope
