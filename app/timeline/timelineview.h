#pragma once

#include "timeline/timelinegeometry.h"
#include "timeline/timelinerows.h"
#include "timeline/timelinetheme.h"
#include "trace/runmodel.h"

#include <QPointer>
#include <QWidget>

class QScrollBar;

namespace awaitscope {

class PlaybackState;
class TimelineViewState;

// The interactive timeline: wheel zooms around the mouse (Shift+wheel, or the wheel over the task names,
// scrolls lanes; so does the scroll bar that appears when the lanes do not fit), dragging the lanes pans,
// dragging in the time axis scrubs, a click moves the cursor, a double click fits everything, a click on a
// group's name opens or closes it. Tooltips give
// exact times. The time window lives in a TimelineViewState beside the view; the view follows the
// PlaybackState's cursor (paging to it when it leaves the window) and moves it; it never talks to other
// views.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    // The model must outlive the view (the PlayerWidget owns both).
    void setModel(const RunModel *model);
    void setPlayback(PlaybackState *playback);
    // The time window's state; the view makes its own until one is given (it must outlive the view).
    void setViewState(TimelineViewState *state);
    TimelineViewState *viewState() const { return m_state; }
    const TimelineGeometry &geometry() const { return m_geometry; }
    // The rows shown: a lane per task, groups of many tasks of one kind, the density row.
    const TimelineRows &rows() const { return m_rows; }
    // Opens or closes a group row (as a click on its name does).
    void setGroupExpanded(int group, bool expanded);
    // A window the learner chose (kept within the run and its margins).
    void setTimeWindow(double start, double end);
    // The vertical scroll bar shown when the lanes do not fit.
    QScrollBar *laneScrollBar() const { return m_scrollBar; }
    const TimelineTheme &theme() const { return m_theme; }
    void setTheme(const TimelineTheme &theme);
    // Whether setTheme() was called; followPalette() goes back to the theme made from the palette and font.
    bool hasCustomTheme() const { return m_customTheme; }
    void followPalette();
    // Keep the cursor in view when it moves out of the window (playing, stepping, jumping).
    void setFollowCursor(bool follow) { m_follow = follow; }
    bool followsCursor() const { return m_follow; }

    // The same picture as on screen, at any size (for export).
    QImage renderImage(const QSize &size, qreal devicePixelRatio = 1.0) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void fitAll();
    void zoomIn();
    void zoomOut();

signals:
    void taskActivated(int task); // a lane or span was clicked
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void onCursorChanged(double time);
    QString toolTipAt(QPointF pos) const;
    QString countsText(const StateCounts &counts, double at) const;
    double cursorTime() const;
    void updateLayoutFromFont();
    void updateLabelWidth();
    void syncFromState();
    void updateScrollBar();
    void scrollLanesBy(double dy);
    void updateRows();

    const RunModel *m_model = nullptr;
    QPointer<PlaybackState> m_playback;
    TimelineViewState *m_state = nullptr;
    QScrollBar *m_scrollBar = nullptr;
    bool m_syncingScrollBar = false;
    TimelineGeometry m_geometry;
    TimelineRows m_rows;
    TimelineTheme m_theme;
    bool m_customTheme = false;
    bool m_follow = true;

    enum class Drag { None, Pending, Pan, Scrub };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
};

} // namespace awaitscope
