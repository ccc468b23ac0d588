// The editor's colours: `match` and `case` look like keywords where they start a match statement, and like
// the names they are everywhere else.
#include "editor/pythonhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace awaitscope;

namespace {

// Whether the characters [from, from + length) of the line are drawn bold (the keywords' format).
bool bold(const QString &line, int from, int length)
{
    QTextDocument doc;
    PythonHighlighter highlighter(&doc);
    doc.setPlainText(line);
    highlighter.rehighlight();
    const QList<QTextLayout::FormatRange> formats = doc.firstBlock().layout()->formats();
    for (const QTextLayout::FormatRange &r : formats) {
        if (r.start <= from && r.start + r.length >= from + length)
            return r.format.fontWeight() >= QFont::Bold;
    }
    return false;
}

} // namespace

class TestHighlighter : public QObject
{
    Q_OBJECT
private slots:
    void softKeywords_data();
    void softKeywords();
};

void TestHighlighter::softKeywords_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("keyword");
    QTest::newRow("match statement") << QStringLiteral("match command.split():") << 0 << 5 << true;
    QTest::newRow("indented case") << QStringLiteral("        case [x, y] if x > y:  # a pair") << 8 << 4
                                   << true;
    QTest::newRow("parenthesised subject") << QStringLiteral("match (a, b):") << 0 << 5 << true;
    QTest::newRow("an assignment") << QStringLiteral("match = pattern.match(text)") << 0 << 5 << false;
    QTest::newRow("a call") << QStringLiteral("match.group(1)") << 0 << 5 << false;
    QTest::newRow("inside a line") << QStringLiteral("if match:") << 3 << 5 << false;
    QTest::newRow("async still") << QStringLiteral("async def main():") << 0 << 5 << true;
}

void TestHighlighter::softKeywords()
{
    QFETCH(QString, line);
    QFETCH(int, from);
    QFETCH(bool, keyword);
    QFETCH(int, length);
    QCOMPARE(bold(line, from, length), keyword);
}

QTEST_MAIN(TestHighlighter)
#include "tst_highlighter.moc"
