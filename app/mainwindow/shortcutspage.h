#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace awaitscope {

// Help ▸ Keyboard shortcuts: every action of a window that has a key, read from the actions themselves (so
// the page cannot fall behind them), then the keys that belong to one place: the editor, the lesson list,
// the timeline and presenter mode.
class ShortcutsPage
{
    Q_DECLARE_TR_FUNCTIONS(awaitscope::ShortcutsPage)
public:
    // The page as rich text (a table), in the current language.
    static QString html(const QWidget *window);
};

} // namespace awaitscope
