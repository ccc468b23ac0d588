#include "player/inputline.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace awaitscope {

InputLine::InputLine(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("inputLine"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("inputPrompt"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("inputEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_end = new QPushButton(this);
    m_end->setObjectName(QStringLiteral("inputEnd"));
    m_end->setAutoDefault(false);
    layout->addWidget(m_label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_end);
    m_label->setBuddy(m_edit);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { give(false); });
    connect(m_end, &QPushButton::clicked, this, [this] { give(true); });
    // Ctrl+D ends the input, as in a terminal, while the line has the focus.
    auto *eof =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), m_edit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(eof, &QShortcut::activated, this, [this] { give(true); });
    retranslate();
    hide();
}

void InputLine::ask()
{
    m_asking = true;
    retranslate();
    m_edit->clear();
    show();
    // Ready to type into, unless the learner is typing elsewhere (an edit re-runs the program, which may ask
    // again at once: the keys must stay in the editor).
    if (!typingElsewhere())
        m_edit->setFocus(Qt::OtherFocusReason);
}

bool InputLine::typingElsewhere() const
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || focus == m_edit)
        return false;
    if (auto *text = qobject_cast<QPlainTextEdit *>(focus))
        return !text->isReadOnly();
    if (auto *line = qobject_cast<QLineEdit *>(focus))
        return !line->isReadOnly();
    return qobject_cast<QAbstractSpinBox *>(focus) != nullptr;
}

void InputLine::settle()
{
    if (!m_asking)
        return;
    m_asking = false;
    const bool hadFocus = m_edit->hasFocus();
    hide();
    if (hadFocus && parentWidget())
        parentWidget()->setFocus(Qt::OtherFocusReason);
}

void InputLine::give(bool end)
{
    if (!m_asking)
        return;
    const QString line = m_edit->text();
    settle();
    if (end)
        emit inputEnded();
    else
        emit lineEntered(line);
}

void InputLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InputLine::retranslate()
{
    // The prompt is in the output above; this says what the line is for.
    m_label->setText(tr("&input():"));
    m_edit->setPlaceholderText(tr("Type a line here"));
    m_edit->setAccessibleName(tr("Input for the program"));
    m_end->setText(tr("End of input"));
    m_end->setToolTip(tr("No more input (Ctrl+D): input() raises EOFError"));
}

} // namespace awaitscope
