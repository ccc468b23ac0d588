#include "player/consoleview.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextCursor>

namespace awaitscope {

ConsoleView::ConsoleView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("console"));
    setAccessibleName(tr("Program output"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("Output printed by the program appears here as the cursor passes it."));
    setMaximumBlockCount(20000); // a runaway printer cannot eat all memory
}

void ConsoleView::setOutput(const QString &text)
{
    if (text == m_text)
        return;
    if (!m_text.isEmpty() && text.startsWith(m_text)) {
        QTextCursor cursor(document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(text.mid(m_text.size()));
    } else {
        setPlainText(text);
    }
    m_text = text;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void ConsoleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Program output"));
        setPlaceholderText(tr("Output printed by the program appears here as the cursor passes it."));
    }
    QPlainTextEdit::changeEvent(event);
}

} // namespace awaitscope
