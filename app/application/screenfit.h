#pragma once

#include <QMargins>
#include <QRect>

class QWidget;

namespace awaitscope {

// Windows that fit the screen they open on, title bar and borders included: a saved geometry from a bigger
// monitor, the default 1280x800 on a 1280x800 projector, QT_SCALE_FACTOR=2 on a laptop.

// `frame` (a window's outer rectangle) shrunk and moved to lie inside `available`.
QRect rectInside(const QRect &frame, const QRect &available);

// The client geometry that puts a window with these frame margins (title bar, borders) inside `available`,
// as near to `client` as it can be.
QRect clientInside(const QRect &client, const QMargins &frame, const QRect &available);

// The window manager's frame around `window` (title bar, borders); none before it is framed.
QMargins frameMarginsOf(const QWidget *window);

// Once the window manager has framed `window` (its frame margins are known only then), shrinks and moves
// it so that its frame lies inside its screen's available area. Call once, before the first show().
void keepOnScreenWhenShown(QWidget *window);

} // namespace awaitscope
