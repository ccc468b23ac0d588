#include "player/windowshortcuts.h"

#include "player/transportbar.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace awaitscope {

WindowShortcuts::WindowShortcuts(QWidget *window, TransportBar *transport)
    : QObject(window)
    , m_window(window)
    , m_transport(transport)
{
    for (QAction *a : transport->transportActions())
        a->setShortcutContext(Qt::WindowShortcut);
    qApp->installEventFilter(this);
}

WindowShortcuts::~WindowShortcuts()
{
    qApp->removeEventFilter(this);
}

bool WindowShortcuts::focusNeedsKey(const QKeyEvent *key) const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || focus->window() != m_window)
        return false;
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(focus))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QTextEdit *>(focus))
        return !edit->isReadOnly();
    if (qobject_cast<const QLineEdit *>(focus) || qobject_cast<const QAbstractSpinBox *>(focus))
        return true;
    if (qobject_cast<const QComboBox *>(focus) || qobject_cast<const QAbstractButton *>(focus))
        return key->key() == Qt::Key_Space; // opens the list, presses the button
    return false; // a list included: Home and End move the cursor, not to the first or last item
}

bool WindowShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    // Accepting ShortcutOverride hands the key to the focus widget instead of the window-wide shortcut.
    if (event->type() == QEvent::ShortcutOverride && watched == QApplication::focusWidget()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const auto typing = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
        if (typing == Qt::NoModifier && focusNeedsKey(key)) {
            for (const QAction *a : m_transport->transportActions()) {
                if (a->shortcuts().contains(QKeySequence(key->key()))) {
                    event->accept();
                    return true;
                }
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace awaitscope
