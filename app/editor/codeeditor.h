#pragma once

#include <QPlainTextEdit>

namespace awaitscope {

// The code pane: a plain-text editor that can show the run's error beside the line it happened on, in the
// way editors mark a diagnostic (the message in red after the line's end), so a learner sees what went wrong
// where they look, not only in the status line.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);

    // Line 1-based; 0 clears the mark.
    void setErrorMark(int line, const QString &message);
    int errorLine() const { return m_errorLine; }
    QString errorMessage() const { return m_errorMessage; }
    // Puts the text cursor at the start of `line` (1-based), shows it and takes the focus.
    void goToLine(int line);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_errorLine = 0;
    QString m_errorMessage;
};

} // namespace awaitscope
