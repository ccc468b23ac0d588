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
    void setOutput(const QString &text);
    QString output() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_text;
};

} // namespace awaitscope
