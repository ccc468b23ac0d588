#pragma once

#include "lessonview/runcontroller.h"
#include "mainwindow/windowaddon.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSplitter;

namespace awaitscope {

class CodePane;
class ExplanationView;
class LessonSession;
class LiveRun;
class PlayerWidget;
class RecordedRuns;
class RunView;
struct RunResult;

// The application's window. It assembles the parts and owns the menus: the lesson list, the lesson's
// explanation, the code pane (app/editor), the player (timeline, state panels, console, transport) and the
// add-ons (predict, presenter mode, export, compare; windowaddon.h). The lesson's state lives in the
// LessonSession, the running program in the RunController; the window passes what one says to the others.
class MainWindow : public QMainWindow, private WindowHost
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QSize sizeHint() const override;

    // For tests and the command line: open a lesson by id (returns false if unknown) and run a program.
    bool openLesson(const QString &id);
    // For the command line and the file manager: a lesson folder (or a folder of lessons) or a Python program
    // shown as a lesson of its own (LessonLibrary::open). False with `error` set when it holds no lesson.
    bool openPath(const QString &path, QString *error);
    // Run (button, F9, Ctrl+Return): on the real clock when the "Real clock" box is ticked.
    void runProgram();
    // Stop (button, Shift+F5): cancels a run in progress; the picture of what ran so far stays.
    void stopProgram();
    bool isRunning() const;
    LiveRun *liveRun() const;
    PlayerWidget *player() const override { return m_player; }
    QString currentLessonId() const;
    QString currentProgramId() const;
    QPlainTextEdit *codeEditor() const;
    QString lastError() const;
    bool showsWelcome() const { return m_showWelcome; }
    RecordedRuns *recordedRuns() const { return m_recorded; }
    // The add-on of that class (PredictAddOn, PresenterAddOn, ExportAddOn, CompareAddOn), or null.
    template<class T> T *addOn() const
    {
        for (WindowAddOn *a : m_addOns) {
            if (auto *t = qobject_cast<T *>(a))
                return t;
        }
        return nullptr;
    }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // WindowHost: what the add-ons may use.
    QMainWindow *window() const override { return const_cast<MainWindow *>(this); }
    LessonSession *session() const override { return m_session; }
    CodePane *codePane() const override { return m_codePane; }
    QMenu *menu(Menu which) override;
    void addToFileMenu(QAction *action) override;
    void showMessage(const QString &text, int timeoutMs) override;
    ShownRun shownRun() const override;
    QList<QWidget *> chrome() const override;
    QList<QAction *> dialogActions() const override;
    void setPresenting(bool presenting) override;

    void createWidgets();
    void createMenus();
    void createAddOns();
    void createPlaybackMenu();
    void orderMenus();
    void retranslateUi();
    void showAbout();
    void showShortcuts();
    void fillLessonList();
    void showProblem(const QString &message);

    // Runs (lessonview/runcontroller.h) are started here; RunView shows them as they grow and when they end.
    void startRun(bool realClock, ViewPolicy policy);
    void updateRunControls();
    // The explanation and the code's marks follow the player's cursor.
    void updateExplanation();
    void highlightLines();

    LessonSession *m_session = nullptr;
    RunController *m_runs = nullptr;
    RunView *m_runView = nullptr; // the run on screen and the status line
    QList<WindowAddOn *> m_addOns;

    bool m_showWelcome = false; // first start: the welcome above the lesson text, until dismissed
    bool m_presenting = false;

    QListWidget *m_lessonList = nullptr;
    ExplanationView *m_explanation = nullptr;
    CodePane *m_codePane = nullptr;
    PlayerWidget *m_player = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_topSplitter = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_stopAction = nullptr;
    RecordedRuns *m_recorded = nullptr; // File ▸ Open Trace…, Run ▸ Record under CPython
};

} // namespace awaitscope
