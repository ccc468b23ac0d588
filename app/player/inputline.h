#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace awaitscope {

// The keyboard of the program's input(): a line under the Output panel, shown only while the running program
// waits for a line. Enter gives the line typed; "End of input" (Ctrl+D) tells the program there is no more,
// so input() raises EOFError, as at the end of a closed stdin.
class InputLine : public QWidget
{
    Q_OBJECT
public:
    explicit InputLine(QWidget *parent = nullptr);

    // The program waits in input() (its prompt is in the output above): show the line, ready to type into.
    void ask();
    // Nothing is wanted any more (answered, ended, the run stopped or replaced).
    void settle();
    bool isAsking() const { return m_asking; }

signals:
    void lineEntered(const QString &line);
    void inputEnded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void give(bool end);
    bool typingElsewhere() const;

    QLabel *m_label = nullptr;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_end = nullptr;
    bool m_asking = false;
};

} // namespace awaitscope
