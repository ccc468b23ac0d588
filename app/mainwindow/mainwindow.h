#pragma once

#include "lessons/lessonlibrary.h"
#include "lessons/lessonprogress.h"

#include <QMainWindow>
#include <QVariantMap>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QWidget;

namespace awaitscope {

class PlayerWidget;
struct ProgramRun;

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
    void runProgram();
    PlayerWidget *player() const { return m_player; }
    QString currentLessonId() const { return m_lessonId; }
    QString currentProgramId() const { return m_programId; }
    QPlainTextEdit *codeEditor() const { return m_code; }
    QString lastError() const { return m_lastError; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void createWidgets();
    void showAbout();
    void loadLessons();
    void fillLessonList();
    void selectProgram(int index);
    void rebuildParameters();
    QString programSource() const;
    void showRun(const ProgramRun &run);
    void updateExplanation();
    void highlightLines();
    void resetCode();
    void saveEditedCode();
    QString codeKey() const;

    LessonLibrary m_library;
    std::unique_ptr<LessonProgress> m_progress;
    QString m_lessonId;
    QString m_programId = QStringLiteral("main");
    QVariantMap m_parameterValues;
    QString m_lastError;
    int m_errorLine = 0;
    bool m_loadingCode = false;
    bool m_keepView = true;    // the next run keeps the timeline's zoom and cursor
    bool m_freshLesson = true; // the next program shown is the first of a newly opened lesson

    QListWidget *m_lessonList = nullptr;
    QTextBrowser *m_explanation = nullptr;
    QComboBox *m_programChoice = nullptr;
    QTabWidget *m_codeTabs = nullptr;
    QPlainTextEdit *m_code = nullptr;
    QPlainTextEdit *m_cpp = nullptr;
    QWidget *m_parameterBox = nullptr;
    QFormLayout *m_parameterForm = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QLabel *m_status = nullptr;
    PlayerWidget *m_player = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_topSplitter = nullptr;
};

} // namespace awaitscope
