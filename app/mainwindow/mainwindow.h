#pragma once

#include "lessons/lessonlibrary.h"
#include "lessons/lessonprogress.h"
#include "lessonview/runcontroller.h"

#include <QMainWindow>
#include <QVariantMap>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDockWidget;
class QMenu;
class QFormLayout;
class QLabel;
class QListWidget;
class QKeyEvent;
class QPlainTextEdit;
class QSettings;
class QPushButton;
class QSplitter;
class QTabWidget;
class QThread;
class QWidget;

namespace awaitscope {

class CodeEditor;
class CompareWindow;
class ExplanationView;
class LiveRun;
class PlayerWidget;
class PredictPanel;
class PresenterMode;
class RecordedRuns;
struct Comparison;
struct RunResult;

// The application's window: the lesson browser, the lesson's explanation, the code pane with its
// parameters, and the player (timeline, state panels, console, transport) that shows the last run.
class MainWindow : public QMainWindow
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
    PlayerWidget *player() const { return m_player; }
    QString currentLessonId() const { return m_lessonId; }
    QString currentProgramId() const { return m_programId; }
    QPlainTextEdit *codeEditor() const;
    QString lastError() const { return m_lastError; }
    bool showsWelcome() const { return m_showWelcome; }
    // The classroom: predict-then-reveal, presenter mode, export and comparisons (mainwindowclassroom.cpp).
    PredictPanel *predictPanel() const { return m_predict; }
    PresenterMode *presenterMode() const { return m_presenter; }
    RecordedRuns *recordedRuns() const { return m_recorded; }
    CompareWindow *compareWindow() const { return m_compareWindow; }
    const Comparison *lastComparison() const { return m_lastComparison.get(); }
    void comparePitfallWithFix();
    void compareWithEdit();
    void compareSettings();
    // A comparison's two runs are in progress (they run off the GUI thread; the window shows the result).
    bool isComparing() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Runs (lessonview/runcontroller.h): start one, show it as it grows and when it ends, stop it.
    void createRunControls();
    void retranslateRunControls();
    void startRun(bool realClock, ViewPolicy policy);
    void showLiveProgress(const RunResult &run, bool first);
    void showLiveResult(const RunResult &run, const RunEnding &ending);
    void updateRunControls();
    // The last run's error, its line in front (`lineAndMessage`: "Line %1: %2") unless it names the line.
    QString errorWithLine(const QString &lineAndMessage) const;
    // `source` is not the lesson's program with the current parameters: the learner edited it.
    bool isEdited(const QString &source) const;
    // The title exports and the clipboard give the run on screen: the lesson's, marked when edited.
    QString shownRunTitle() const;
    // Notes whether the run the player now shows is of an edited program (m_shownRunEdited).
    void rememberShownRun();
    // The Python tab says when the code is edited; the parameters are off when no `# param` line is left.
    void updateEditedMarks();
    // The transport's actions as window-wide shortcuts and a Playback menu.
    void createPlaybackMenu();
    bool focusNeedsKey(const QKeyEvent *key) const;
    // Settings that cannot be written (QSettings::status) are reported once, not silently dropped.
    void checkSettingsWritten(QSettings &settings);
    // A lesson folder that vanished while open (a USB stick pulled out).
    bool lessonFilesMissing();

    void createMenus();
    void orderMenus();
    void retranslateUi();
    void createWidgets();
    void showAbout();
    void showShortcuts();
    void loadLessons();
    void fillLessonList();
    void selectProgram(int index);
    void rebuildParameters();
    QString programSource() const;
    // `model`: the run's model when the run's thread built it; null to derive it here.
    void showRun(const RunResult &run, bool keepView, bool stopped,
                 std::shared_ptr<const RunModel> model = nullptr);
    void updateExplanation();
    void highlightLines();
    void resetCode();
    void saveEditedCode();
    QString codeKey() const;
    void createClassroom();
    void createClassroomMenus();
    void showRunInClassroom();
    void leaveClassroomModes();
    void openExportDialog();
    void copyPicture();
    void startComparison(std::function<Comparison()> build);
    void showComparison(const Comparison &comparison);
    void openLessonAt(int position);

    LessonLibrary m_library;
    std::unique_ptr<LessonProgress> m_progress;
    QString m_lessonId;
    QString m_programId = QStringLiteral("main");
    QVariantMap m_parameterValues;
    QString m_lastError;
    int m_errorLine = 0;
    bool m_loadingCode = false;
    bool m_freshLesson = true; // the next program shown is the first of a newly opened lesson
    bool m_settingsWarned = false;
    bool m_lastRunStopped = false; // the run on screen was stopped before its end
    bool m_safeStart = false;      // the last session ended abnormally: edited code waits for Run
    bool m_shownRunEdited = false; // the run on screen is of an edited program
    bool m_showWelcome = false;    // first start: the welcome above the lesson text, until dismissed

    QListWidget *m_lessonList = nullptr;
    ExplanationView *m_explanation = nullptr;
    QComboBox *m_programChoice = nullptr;
    QTabWidget *m_codeTabs = nullptr;
    CodeEditor *m_code = nullptr;
    QPlainTextEdit *m_cpp = nullptr;
    QWidget *m_parameterBox = nullptr;
    QFormLayout *m_parameterForm = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QCheckBox *m_realClock = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_stopAction = nullptr;
    QMenu *m_playbackMenu = nullptr;
    RunController *m_runs = nullptr;
    QLabel *m_status = nullptr;
    PlayerWidget *m_player = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_topSplitter = nullptr;

    PredictPanel *m_predict = nullptr;
    QDockWidget *m_predictDock = nullptr;
    PresenterMode *m_presenter = nullptr;
    CompareWindow *m_compareWindow = nullptr;
    std::unique_ptr<Comparison> m_lastComparison;
    QThread *m_compareThread = nullptr;
    RecordedRuns *m_recorded = nullptr; // File ▸ Open Trace…, Run ▸ Record under CPython
};

} // namespace awaitscope
