#pragma once

#include <QPlainTextEdit>

namespace awaitscope {

// The program's output up to the cursor, as the terminal would have shown it at that moment.
class ConsoleView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ConsoleView(QWidget *parent = nullptr);

    // Cheap when the new text extends the old one (playing forward): only the new part is appended.
    // `ending` (what the program wrote to standard error at its end: a traceback) follows in red.
    void setOutput(const QString &text, const QString &ending = {});
    // The program's file name as tracebacks show it: only its frames are links (a module the program
    // imported is another file, not the one in the editor).
    void setProgramName(const QString &name) { m_programName = name; }
    QString output() const { return m_text; }
    QString ending() const { return m_ending; }

signals:
    // A traceback line naming a line of the program was clicked ('File "main.py", line 12, in main').
    void lineActivated(int line);

protected:
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    int tracebackLineAt(const QPoint &pos) const;
    QString m_text;
    QString m_ending;
    QString m_programName;
};

} // namespace awaitscope
