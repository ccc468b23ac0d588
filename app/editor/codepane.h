#pragma once

#include "run/runservice.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace awaitscope {

class CodeEditor;
class LessonSession;

// The code pane: the choice of the lesson's program, the Python editor (the learner's edits go to the
// session as they type) and the C++ twin, the parameter form, and Reset, Real clock, Run and Stop. It shows
// what the session loads and tells the session what the learner changes; running is the window's business
// (runClicked, stopClicked).
class CodePane : public QWidget
{
    Q_OBJECT
public:
    // A line to mark in the code: a task's current line (`strong` for the one the cursor is on).
    struct LineMark
    {
        int line = 0; // 1-based
        QString name;
        bool strong = false;
    };

    explicit CodePane(LessonSession *session, QWidget *parent = nullptr);

    CodeEditor *editor() const { return m_code; }
    QString source() const;
    // The "Real clock" box: the learner's runs are on the real clock when it is ticked.
    bool realClockChosen() const;
    void setStopEnabled(bool enabled);
    // Marks each task's line in its lane's colour and the error's line in red, with the message after it.
    void setMarks(const QList<LineMark> &tasks, int errorLine, const QString &error);
    // While presenting, the controls a class should not see stay hidden (chrome()); the code stays.
    void setPresenting(bool presenting);
    // Run ▸ Engine: the Run button says when the learner's CPython runs the program instead.
    void setEngine(RunEngine engine);
    QList<QWidget *> chrome() const;

signals:
    void runClicked();
    void stopClicked();
    // Esc in the editor: the keyboard goes back to the timeline.
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showLesson();
    void showProgram(const QString &python, const QString &cpp);
    void rebuildParameters();
    // The Python tab says when the code is edited; the parameters are off when no `# param` line is left.
    void updateEditedMarks();
    void retranslate();

    LessonSession *m_session;
    bool m_loading = false;
    bool m_presenting = false;
    RunEngine m_engine = RunEngine::Interpreter;
    QComboBox *m_programChoice = nullptr;
    QLabel *m_programLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    CodeEditor *m_code = nullptr;
    QPlainTextEdit *m_cpp = nullptr;
    QWidget *m_parameterBox = nullptr;
    QFormLayout *m_parameterForm = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QCheckBox *m_realClock = nullptr;
};

} // namespace awaitscope
