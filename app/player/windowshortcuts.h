#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

namespace awaitscope {

class TransportBar;

// The transport's keys anywhere in a window (WindowShortcut context), except that a key the focused widget
// types with stays with it: Space in the editor is a space, + in a spin box is a plus, Space on a button
// presses it. In a list, Home, End, Left, Right and Space drive the player like everywhere else.
class WindowShortcuts : public QObject
{
    Q_OBJECT
public:
    WindowShortcuts(QWidget *window, TransportBar *transport);
    ~WindowShortcuts() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool focusNeedsKey(const QKeyEvent *key) const;

    QWidget *m_window;
    TransportBar *m_transport;
};

} // namespace awaitscope
