#include "player/consoleview.h"

#include <QFontDatabase>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
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
    setMouseTracking(true);      // the hand over a traceback line that opens the code there
}

void ConsoleView::setOutput(const QString &text, const QString &ending)
{
    if (text == m_text && ending == m_ending)
        return;
    if (m_ending.isEmpty() && !m_text.isEmpty() && text.startsWith(m_text)) {
        QTextCursor cursor(document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(text.mid(m_text.size()));
    } else {
        setPlainText(text);
    }
    if (!ending.isEmpty()) {
        QTextCursor cursor(document());
        cursor.movePosition(QTextCursor::End);
        QTextCharFormat red;
        red.setForeground(QColor(0xb0, 0x00, 0x20));
        QString tail = ending;
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            tail.prepend(QLatin1Char('\n'));
        if (tail.endsWith(QLatin1Char('\n')))
            tail.chop(1);
        cursor.insertText(tail, red);
    }
    m_text = text;
    m_ending = ending;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

int ConsoleView::tracebackLineAt(const QPoint &pos) const
{
    // Only the ending holds tracebacks; a line the program printed that looks like one is left alone.
    if (m_ending.isEmpty())
        return 0;
    const QTextCursor at = cursorForPosition(pos);
    if (at.position() < m_text.size())
        return 0;
    static const QRegularExpression frame(QStringLiteral("^\\s*File \"([^\"]*)\", line (\\d+)"));
    const QRegularExpressionMatch m = frame.match(at.block().text());
    if (!m.hasMatch() || (!m_programName.isEmpty() && m.captured(1) != m_programName))
        return 0;
    return m.captured(2).toInt();
}

void ConsoleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection())
        if (const int line = tracebackLineAt(event->position().toPoint()))
            emit lineActivated(line);
}

void ConsoleView::mouseMoveEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    viewport()->setCursor(tracebackLineAt(event->position().toPoint()) ? Qt::PointingHandCursor
                                                                       : Qt::IBeamCursor);
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
