#include "timeline/timelinetheme.h"

#include <QPalette>

namespace awaitscope {

QColor TimelineTheme::stateColor(TaskStatus state) const
{
    switch (state) {
    case TaskStatus::NotCreated:
        return Qt::transparent;
    case TaskStatus::Ready:
        return ready;
    case TaskStatus::Running:
        return running;
    case TaskStatus::Blocking:
        return blocking;
    case TaskStatus::InThread:
        return inThread;
    case TaskStatus::Suspended:
        return suspended;
    case TaskStatus::Done:
        return done;
    case TaskStatus::Failed:
        return failed;
    case TaskStatus::Cancelled:
        return cancelled;
    }
    return text;
}

QColor TimelineTheme::httpColor(HttpRequestRecord::Phase phase) const
{
    switch (phase) {
    case HttpRequestRecord::Phase::Queued:
        return httpQueued;
    case HttpRequestRecord::Phase::Connecting:
        return httpConnecting;
    case HttpRequestRecord::Phase::Waiting:
        return httpWaiting;
    case HttpRequestRecord::Phase::Receiving:
        return httpReceiving;
    }
    return text;
}

TimelineTheme TimelineTheme::light()
{
    TimelineTheme t;
    t.background = QColor(0xfb, 0xfb, 0xfa);
    t.laneAlternate = QColor(0xf1, 0xf3, 0xf5);
    t.labelBackground = QColor(0xf4, 0xf4, 0xf2);
    t.text = QColor(0x22, 0x26, 0x2b);
    t.mutedText = QColor(0x6b, 0x72, 0x7a);
    t.grid = QColor(0xdd, 0xe1, 0xe5);
    t.axisBackground = QColor(0xee, 0xef, 0xee);
    t.running = QColor(0x1f, 0x6f, 0xb2);
    t.blocking = QColor(0x2d, 0x2f, 0x36);
    t.blockingHatch = QColor(0xf0, 0xa9, 0x2b);
    t.inThread = QColor(0x2a, 0x9d, 0x8f);
    t.ready = QColor(0xf0, 0xa9, 0x2b);
    t.suspended = QColor(0xb5, 0xc9, 0xdc);
    t.done = QColor(0x3f, 0x9b, 0x5b);
    t.failed = QColor(0xc8, 0x3a, 0x3a);
    t.cancelled = QColor(0x8a, 0x5c, 0xa8);
    t.wakeArrow = QColor(0x44, 0x4c, 0x55);
    t.cancelArrow = t.cancelled;
    t.combinator = QColor(0x2d, 0x4d, 0x73);
    t.deadline = QColor(0xd9, 0x5d, 0x39);
    t.cursor = QColor(0xe0, 0x4f, 0x1a);
    t.httpQueued = QColor(0x9a, 0xa0, 0xa6);
    t.httpConnecting = QColor(0xd9, 0x8c, 0x1f);
    t.httpWaiting = QColor(0x1a, 0x9a, 0x9e);
    t.httpReceiving = QColor(0x2f, 0x6d, 0xc9);
    return t;
}

TimelineTheme TimelineTheme::dark()
{
    TimelineTheme t;
    t.background = QColor(0x1d, 0x20, 0x24);
    t.laneAlternate = QColor(0x24, 0x28, 0x2d);
    t.labelBackground = QColor(0x22, 0x25, 0x29);
    t.text = QColor(0xe8, 0xea, 0xec);
    t.mutedText = QColor(0x9a, 0xa2, 0xab);
    t.grid = QColor(0x35, 0x3b, 0x42);
    t.axisBackground = QColor(0x27, 0x2b, 0x30);
    t.running = QColor(0x5c, 0xa8, 0xe8);
    t.blocking = QColor(0xd8, 0xda, 0xdd);
    t.blockingHatch = QColor(0xc2, 0x52, 0x1c);
    t.inThread = QColor(0x5c, 0xc8, 0xb4);
    t.ready = QColor(0xf2, 0xc1, 0x55);
    t.suspended = QColor(0x45, 0x5b, 0x70);
    t.done = QColor(0x68, 0xc2, 0x80);
    t.failed = QColor(0xf0, 0x6e, 0x6a);
    t.cancelled = QColor(0xb8, 0x94, 0xdb);
    t.wakeArrow = QColor(0xc4, 0xca, 0xd0);
    t.cancelArrow = t.cancelled;
    t.combinator = QColor(0x9c, 0xc0, 0xe8);
    t.deadline = QColor(0xf0, 0x8a, 0x5d);
    t.cursor = QColor(0xff, 0x7a, 0x45);
    t.httpQueued = QColor(0x80, 0x88, 0x90);
    t.httpConnecting = QColor(0xf0, 0xa5, 0x40);
    t.httpWaiting = QColor(0x4c, 0xc4, 0xc8);
    t.httpReceiving = QColor(0x6a, 0xa6, 0xf0);
    return t;
}

TimelineTheme TimelineTheme::fromPalette(const QPalette &palette, const QFont &font)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    TimelineTheme t = dark ? TimelineTheme::dark() : TimelineTheme::light();
    t.text = palette.color(QPalette::WindowText);
    t.font = font;
    return t;
}

} // namespace awaitscope
