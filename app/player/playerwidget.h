#pragma once

#include "trace/runmodel.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSplitter;

namespace awaitscope {

class CombinatorPanel;
class ConsoleView;
class LoopPanel;
class PlaybackState;
class TimelineView;
class TimelineViewState;
class TransportBar;
class InputLine;

// The lesson player without the lesson: a run's timeline, the transport, the state panels (combinators and
// the event loop) and the console, all following one PlaybackState. Give it a trace; everything else is
// derived. The main window adds the lesson browser and the code pane around it.
class PlayerWidget : public QWidget
{
    Q_OBJECT
public:
    struct TaskLine
    {
        int task = -1;
        QString name;
        int line = 0;
        TaskStatus state = TaskStatus::NotCreated;
    };

    explicit PlayerWidget(QWidget *parent = nullptr);
    ~PlayerWidget() override;

    // A run begins (Run, a parameter change): the timeline fits each trace that follows until the learner
    // zooms or pans (TimelineViewState).
    void beginRun();
    // A new run; the cursor goes to the start and the timeline fits it. With `keepView` (a re-run after a
    // change, or a live run that grew), the cursor stays, a cursor at the end stays at the new end, and the
    // timeline fits the new extent unless the learner zoomed or panned since the run began.
    void setTrace(const Trace &trace, bool keepView = false);
    // A live run grew: its events past those shown are added to the model (nothing is rebuilt), the
    // view and cursor kept as setTrace(trace, true) keeps them.
    void growRun(const Trace &trace);
    // The same with the run's model already built (off the GUI thread, by the thread that ran it).
    void setRun(std::shared_ptr<const RunModel> model, bool keepView = false);
    const Trace &trace() const;
    const RunModel &model() const { return *m_model; }

    PlaybackState *playback() const { return m_playback; }
    TimelineView *timelineView() const { return m_timeline; }
    TimelineViewState *timelineViewState() const { return m_viewState; }
    TransportBar *transportBar() const { return m_transport; }
    CombinatorPanel *combinatorPanel() const { return m_combinators; }
    LoopPanel *loopPanel() const { return m_loop; }
    ConsoleView *console() const { return m_console; }
    InputLine *inputLine() const { return m_input; }

    // A run that failed before any task ran (a syntax error, an unsupported construct, an exception before
    // asyncio.run) leaves the last picture in place; a banner above the timeline says so and why, until the
    // next trace arrives. Empty: no banner.
    void setNotStartedNotice(const QString &why);
    QString notStartedNotice() const;

    // Where every task is in the source at the cursor (for the code pane's highlights) and the line of the
    // task the current event is about.
    QList<TaskLine> linesAtCursor() const;
    int currentLine() const { return m_currentLine; }

    // What the player shows at the cursor, in words, read from its panels (RunStateText's layout): the same
    // text `awaitscope export --out X.txt` writes for the same event.
    QString stateText(const QString &title = QString()) const;

    // Splitter sizes, for the main window to remember between sessions.
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &state);

signals:
    void cursorMoved(double time, qint64 event);
    void currentLineChanged(int line);
    void taskActivated(int task);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCursor(double time, std::int64_t event);
    void updateNotice();
    // The panels, the timeline and the cursor follow m_model after it was replaced or grew.
    void showModel(bool keepView);

    std::shared_ptr<const RunModel> m_model;
    // m_model while this widget may still add to it (a trace given here, a live run growing); null for a
    // model built elsewhere, which is never changed.
    std::shared_ptr<RunModel> m_growing;
    PlaybackState *m_playback = nullptr;
    TimelineView *m_timeline = nullptr;
    TimelineViewState *m_viewState = nullptr;
    TransportBar *m_transport = nullptr;
    CombinatorPanel *m_combinators = nullptr;
    LoopPanel *m_loop = nullptr;
    ConsoleView *m_console = nullptr;
    InputLine *m_input = nullptr;
    QSplitter *m_vertical = nullptr;
    QLabel *m_notice = nullptr;
    QString m_noticeWhy;
    QSplitter *m_bottom = nullptr;
    int m_currentLine = 0;
};

} // namespace awaitscope
