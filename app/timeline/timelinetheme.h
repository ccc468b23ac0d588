#pragma once

#include "trace/runmodel.h"

#include <QColor>
#include <QFont>

class QPalette;

namespace awaitscope {

// Colours and font of the timeline: calm, distinguishable on a projector and by people with red-green colour
// blindness (states differ in lightness and in drawn height, not only in hue).
struct TimelineTheme
{
    QColor background;
    QColor laneAlternate;
    QColor labelBackground;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axisBackground;

    QColor running;
    QColor blocking;      // running inside a blocking call: the loop is frozen
    QColor blockingHatch; // drawn over `blocking` in diagonal lines, so it reads even in grey print
    QColor inThread;      // a job at work in a worker thread, beside the loop
    QColor ready;
    QColor suspended;
    QColor done;
    QColor failed;
    QColor cancelled;

    QColor wakeArrow;
    QColor cancelArrow;
    QColor combinator;
    QColor deadline;
    QColor cursor;

    // HTTP waterfall phases, after a browser's network panel.
    QColor httpQueued;
    QColor httpConnecting;
    QColor httpWaiting;
    QColor httpReceiving;
    QColor httpColor(HttpRequestRecord::Phase phase) const;

    QFont font;

    QColor stateColor(TaskStatus state) const;
    bool isDark() const { return background.lightness() < 128; }

    static TimelineTheme light();
    static TimelineTheme dark();
    // Light or dark after the palette's window colour, with the palette's text colours.
    static TimelineTheme fromPalette(const QPalette &palette, const QFont &font);
};

} // namespace awaitscope
