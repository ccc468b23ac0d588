#include "editor/codeeditor.h"

#include <QPainter>
#include <QTextBlock>

namespace awaitscope {

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
}

void CodeEditor::setErrorMark(int line, const QString &message)
{
    if (line == m_errorLine && message == m_errorMessage)
        return;
    m_errorLine = line;
    m_errorMessage = message;
    viewport()->update();
}

void CodeEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void CodeEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_errorLine <= 0 || m_errorMessage.isEmpty())
        return;
    const QTextBlock block = document()->findBlockByNumber(m_errorLine - 1);
    if (!block.isValid() || !block.isVisible())
        return;
    const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
    if (box.bottom() < 0 || box.top() > viewport()->height())
        return;
    // After the line's text, two spaces on; italic and red, like an editor's inline diagnostic. A message
    // that does not fit is elided, the whole of it is in the line's tooltip and the status line.
    const QFontMetricsF text(font());
    const double x = contentOffset().x() + document()->documentMargin() +
                     text.horizontalAdvance(block.text()) + 2 * text.horizontalAdvance(QLatin1Char(' ')) + 8;
    QFont italic = font();
    italic.setItalic(true);
    QPainter p(viewport());
    p.setFont(italic);
    p.setPen(QColor(0xb0, 0x00, 0x20));
    const QFontMetricsF metrics(italic);
    const double room = viewport()->width() - x - 4;
    if (room < metrics.horizontalAdvance(QStringLiteral("… ")) * 4)
        return;
    const QString shown = metrics.elidedText(QStringLiteral("← ") + m_errorMessage, Qt::ElideRight, room);
    const QRectF line(x, box.top(), room, text.height());
    p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, shown);
}

} // namespace awaitscope
