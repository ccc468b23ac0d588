#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace awaitscope {

// Python colouring for the code pane: keywords (async/await stand out), builtins, strings, numbers, comments.
class PythonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit PythonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0; // the part of a match that gets the format (0: all of it)
    };
    QList<Rule> m_rules;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
};

} // namespace awaitscope
