#pragma once

#include "lessonview/runcontroller.h"

#include <QObject>

#include <memory>

class QLabel;

namespace awaitscope {

class LessonSession;
class PlayerWidget;

// The run on screen. It shows the RunController's runs in the player (as they grow and when they end), keeps
// what the window needs to know of the one shown (its error and the error's line, stopped, of an edited
// program), connects the program's input() to the line under the Output panel, and words the status line
// for every moment of a run. The main window assembles it and follows runShown().
class RunView : public QObject
{
    Q_OBJECT
public:
    RunView(RunController *runs, PlayerWidget *player, LessonSession *session, QObject *parent = nullptr);

    // The status line's label: the window puts it into its status bar.
    QLabel *statusLabel() const { return m_status; }
    // A line of the status line from elsewhere (a problem in red).
    void say(const QString &text, bool problem = false);

    // The run shown: its error ("" for none or a stopped run) and the error's line (0 for none).
    QString lastError() const { return m_lastError; }
    int errorLine() const { return m_errorLine; }
    bool stopped() const { return m_stopped; }
    bool edited() const { return m_edited; }

    // The status line for the moments the window decides: a stop asked for, the learner's edit held back at
    // a start after a crash.
    void sayStopping();
    void sayHeld();
    // The language changed: the run's outcome in the new one.
    void retranslate();

signals:
    // A finished run is on screen (or its error, above the last picture): the code's marks, the explanation
    // and the add-ons follow it.
    void runShown();

private:
    void showProgress(const RunResult &run, bool first);
    void showEnding(const RunResult &run, const RunEnding &ending);
    void show(const RunResult &run, bool keepView, bool stopped, std::shared_ptr<const RunModel> model);
    void sayOutcome();
    // The error, its line in front (`lineAndMessage`: "Line %1: %2") unless its message names the line.
    QString errorWithLine(const QString &lineAndMessage) const;
    void rememberEdited();

    RunController *m_runs;
    PlayerWidget *m_player;
    LessonSession *m_session;
    QLabel *m_status;
    QString m_lastError;
    int m_errorLine = 0;
    bool m_stopped = false; // stopped before its end
    bool m_edited = false;  // of an edited program
};

} // namespace awaitscope
