#include "timeline/timelineviewstate.h"

namespace awaitscope {

TimelineViewState::TimelineViewState(QObject *parent)
    : QObject(parent)
{
    m_time.setDataRange(0.0, 0.0);
    m_time.fitAll();
}

void TimelineViewState::beginRun()
{
    m_userAdjusted = false;
}

void TimelineViewState::setDataRange(double start, double end)
{
    m_time.setDataRange(start, end);
    if (m_userAdjusted)
        m_time.clampView();
    else
        m_time.fitAll();
    emit changed();
}

void TimelineViewState::setWindow(double start, double end)
{
    if (!(end - start >= TimelineGeometry::MinSpan))
        return;
    m_userAdjusted = true;
    setTime(start, end);
}

void TimelineViewState::reveal(double time)
{
    if (time >= m_time.viewStart && time <= m_time.viewEnd)
        return;
    // A fifth from the left after a jump, so that what comes next is in view too.
    const double span = m_time.viewEnd - m_time.viewStart;
    setTime(time - span * 0.2, time + span * 0.8);
}

void TimelineViewState::fit()
{
    m_userAdjusted = false;
    m_time.fitAll();
    emit changed();
}

void TimelineViewState::setGroupExpanded(const QString &key, bool expanded)
{
    if (m_expanded.contains(key) == expanded)
        return;
    if (expanded)
        m_expanded.insert(key);
    else
        m_expanded.remove(key);
    emit changed();
}

void TimelineViewState::applyTo(TimelineGeometry &g) const
{
    g.viewStart = m_time.viewStart;
    g.viewEnd = m_time.viewEnd;
    g.dataStart = m_time.dataStart;
    g.dataEnd = m_time.dataEnd;
}

void TimelineViewState::setTime(double start, double end)
{
    m_time.viewStart = start;
    m_time.viewEnd = end;
    m_time.clampView();
    emit changed();
}

} // namespace awaitscope
