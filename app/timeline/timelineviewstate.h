#pragma once

#include "timeline/timelinegeometry.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace awaitscope {

// The timeline's time window, kept beside the view rather than in it (as hotspot keeps its zoom stack): what
// part of the run is shown, the run's extent, and whether the learner zoomed or panned since the run
// started. A new model, a resize or a second view read the same state; nothing has to save and restore it.
//
// The rules: a run is fitted (fit-all) every time its extent changes, unless the learner zoomed or panned
// since that run began; a chosen window is kept, but always within the run plus its margins, so the run
// can never leave the view.
class TimelineViewState : public QObject
{
    Q_OBJECT
public:
    explicit TimelineViewState(QObject *parent = nullptr);

    double viewStart() const { return m_time.viewStart; }
    double viewEnd() const { return m_time.viewEnd; }
    double dataStart() const { return m_time.dataStart; }
    double dataEnd() const { return m_time.dataEnd; }
    bool isFitted() const { return m_time.isFitted(); }
    // Whether the learner zoomed or panned since the run began (and has not asked to fit since).
    bool userAdjusted() const { return m_userAdjusted; }

    // A run begins (Run pressed, a parameter changed, another program chosen): the next extents are fitted
    // until the learner zooms or pans.
    void beginRun();
    // The run's extent, new or grown: fitted unless the learner adjusted the view since the run began.
    void setDataRange(double start, double end);
    // A window the learner chose by zooming or panning; kept within the run and its margins.
    void setWindow(double start, double end);
    // Page so that `time` is in view at the same zoom (the cursor jumped or played out of view); the
    // window follows the cursor, which is not the learner adjusting it.
    void reveal(double time);
    // Fit everything (double click, the Fit button); the learner's adjustment is forgotten.
    void fit();

    // The groups of tasks the learner opened (TimelineRows::Group::key): kept across runs of a program, so
    // a re-run shows the same rows.
    const QSet<QString> &expandedGroups() const { return m_expanded; }
    void setGroupExpanded(const QString &key, bool expanded);

    // The time fields of `g` set from this state (its layout fields untouched).
    void applyTo(TimelineGeometry &g) const;

signals:
    void changed();

private:
    void setTime(double start, double end);

    TimelineGeometry m_time; // only the time fields are used
    bool m_userAdjusted = false;
    QSet<QString> m_expanded;
};

} // namespace awaitscope
