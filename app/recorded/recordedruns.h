#pragma once

#include "run/runservice.h"
#include "trace/trace.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QPushButton;
class QThread;
class QWidget;

namespace awaitscope {

class CompareWindow;
class PlayerWidget;

// A trace in a player window of its own: the run as it was recorded, nothing is run again. Not shown yet.
PlayerWidget *makeTracePlayer(const Trace &trace, const QString &title);
// A trace file, read only if it is a regular file of a sane size; nullopt with `error` (what, where) else.
std::optional<Trace> readTraceFile(const QString &path, QString *error);

// File ▸ Open Trace… and Run ▸ Record under CPython: traces from elsewhere, each in a player window of its
// own. A recording runs the editor's program under the learner's CPython (awaitscope record) off the GUI
// thread. When the window shows Awaitscope's run of the same program, the two runs open side by side on one
// time axis with the verdict (the same scheduling story, or where they first part) and a button that opens
// CPython's run in a player; otherwise CPython's run opens in a player at once.
class RecordedRuns : public QObject
{
    Q_OBJECT
public:
    // `program`: the editor's program now, as Run runs it (source, file name, its modules' folders);
    // `interpreterTrace`: the run the main window shows (null: none).
    RecordedRuns(QWidget *window, std::function<RunRequest()> program,
                 std::function<const Trace *()> interpreterTrace);
    ~RecordedRuns() override;

    QAction *openTraceAction() const { return m_open; }
    QAction *recordAction() const { return m_record; }
    // Run ▸ Engine: what runs the window's program, Awaitscope's interpreter or the learner's CPython
    // (recorded, then drawn like any run). Each window starts with the interpreter.
    QList<QAction *> engineActions() const;
    RunEngine engine() const;
    bool isRecording() const { return m_thread != nullptr; }
    // Awaitscope's run beside CPython's, once a recording had one to compare with (else null).
    CompareWindow *comparisonWindow() const;
    void retranslate();

    void openTrace();
    bool openTraceFile(const QString &path, QString *error);
    void recordProgram();

signals:
    void status(const QString &text, bool problem);
    // The learner chose an engine.
    void engineChosen(RunEngine engine);
    // A recording ended and its window (or the reason it has none) is shown: for tests.
    void recordingDone();

private:
    void showBeside(const Trace &ours, const QString &fileName, const QString &verdict);
    void openRecordedPlayer();

    QWidget *m_window;
    std::function<RunRequest()> m_program;
    std::function<const Trace *()> m_interpreterTrace;
    QAction *m_open = nullptr;
    QAction *m_record = nullptr;
    QActionGroup *m_engines = nullptr;
    QAction *m_interpreterEngine = nullptr;
    QAction *m_cpythonEngine = nullptr;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    Trace m_recorded;         // the last recording
    QString m_recordedTitle;  // its player's title
    QString m_recordedPython; // the CPython that made it
    QPointer<CompareWindow> m_compare;
    QPushButton *m_openRecorded = nullptr; // in m_compare
};

} // namespace awaitscope
