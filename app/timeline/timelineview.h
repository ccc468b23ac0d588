#pragma once

#include "timeline/timelinegeometry.h"
#include "trace/runmodel.h"
#include "timeline/timelinetheme.h"

#include <QPointer>
#include <QWidget>

namespace awaitscope {

class PlaybackState;

// The interactive timeline: wheel zooms around the mouse (Shift+wheel scrolls lanes), dragging the lanes
// pans, dragging in the time axis scrubs, a click moves the cursor, a double click fits everything. Tooltips
// give exact times. It follows the PlaybackState's cursor and moves it; it never talks to other views.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    // The model must outlive the view (the PlayerWidget owns both).
    void setModel(const RunModel *model);
    void setPlayback(PlaybackState *playback);
    const TimelineGeometry &geometry() const { return m_geometry; }
    void setTimeWindow(double start, double end);
    const TimelineTheme &theme() const { return m_theme; }
    void setTheme(const TimelineTheme &theme);
    // Whether setTheme() was called; followPalette() goes back to the theme made from the palette and font.
    bool hasCustomTheme() const { return m_customTheme; }
    void followPalette();
    // Keep the cursor in view while playing.
    void setFollowCursor(bool follow) { m_follow = follow; }

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
    double cursorTime() const;
    void updateLayoutFromFont();

    const RunModel *m_model = nullptr;
    QPointer<PlaybackState> m_playback;
    TimelineGeometry m_geometry;
    TimelineTheme m_theme;
    bool m_customTheme = false;
    bool m_follow = true;

    enum class Drag { None, Pending, Pan, Scrub };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
};

} // namespace awaitscope
