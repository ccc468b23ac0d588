#pragma once

#include "trace/runmodel.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace awaitscope {

// The state of a run at one event, in words. The player's panels show these sentences, the exporter
// draws them, `awaitscope export --out X.txt` writes them, and the lesson tests check them: one place
// decides what a moment of a run says.
class RunStateText
{
    Q_DECLARE_TR_FUNCTIONS(RunStateText)
public:
    // One combinator call as a card: a title, what happened to it, and its boxes.
    struct Box
    {
        enum class Role : std::uint8_t { Slot, Done, Pending, HandedOut, StillRunning };
        Role role = Role::Slot;
        QString heading;                           // "done (2)", "[1] api_b"
        QStringList lines;                         // task names, or a slot's value
        TaskStatus state = TaskStatus::NotCreated; // a slot's task, for its colour
        bool failed = false;                       // a done task that raised
    };
    struct Card
    {
        int combinator = -1;
        QString title;   // "gather — main, line 30"
        QString status;  // "raised ValueError('api_b is broken') at 1.000 s", "waiting, timeout at 2.500 s"
        QString summary; // one sentence that stands alone: "wait returned at 2.500 s: done = {...}, ..."
        std::vector<Box> boxes;
    };

    static constexpr int MaxNamesPerBox = 10;
    static constexpr int MaxSlots = 16;

    explicit RunStateText(const RunModel &model);

    // "api_a: suspended, sleeping until 3.000 s (line 15)"
    QString task(int lane, EventIndex event) const;
    // What the combinator panel shows for one call at `event`.
    Card card(const CombinatorSnapshot &snapshot) const;
    // The calls the panel shows at `event`: those still waiting, then the latest that returned, in the
    // order they were entered.
    std::vector<CombinatorSnapshot> shownCombinators(EventIndex event, int maxCards) const;
    // "main, api_b" or "empty"; "api_a at 3.000 s" or "none": the values the loop panel shows.
    QString readyNames(const LoopSnapshot &loop) const;
    QString timerList(const LoopSnapshot &loop) const;
    // "Ready queue: main", "Timers: api_a at 3.000 s"
    QString readyQueue(const LoopSnapshot &loop) const;
    QString timers(const LoopSnapshot &loop) const;
    // What just happened: "api_b raised ValueError(...) (line 18)", or that nothing has yet.
    QString lastEvent(EventIndex event) const;
    // "2.500 s · event 57 of 80"
    QString moment(EventIndex event) const;
    // An annotation for the caller's lane at the moment control came back: "wait returned: done={api_b,
    // api_c}, pending={api_a}", "gather raised ValueError('api_b is broken')". Empty while it runs.
    QString outcome(const CombinatorCall &c) const;

    // What a description is made of. The exporter fills it from the model; the player from what its panels
    // show, so that a test can hold the screen against the export.
    struct Parts
    {
        QString title;
        QString moment;    // moment()
        QString lastEvent; // lastEvent()
        QStringList tasks; // task() per lane that exists
        QStringList cards; // per card: "title · status", "  summary", "  heading: a, b"
        QString ready;     // readyNames()
        QString timers;    // timerList()
        QString output;    // printed so far
    };
    static QString assemble(const Parts &parts);
    Parts parts(EventIndex event, const QString &title, int maxCards) const;
    static QStringList cardLines(const Card &card);

    // Everything at `event`, as plain text: the title, the moment, each task, each combinator card, the
    // loop, and the output so far. The alt text a teacher pastes under a slide.
    QString describe(EventIndex event, const QString &title, int maxCards = 4) const;

    // "api_b, api_c" (sorted as the trace orders them), with "+N more" past MaxNamesPerBox.
    QString names(const std::vector<int> &tasks) const;

private:
    const RunModel &m;
};

} // namespace awaitscope
