// bytes literals as the lexer and parser see them, and the syntax errors for them: CPython 3.11's messages
// (from `python3` running the same lines) at Awaitscope's positions (the token's start; CPython points
// elsewhere). The values and methods are checked by tests/scripts/bytes_basics.py.
#include "runhelper.h"

#include <QTest>

namespace {

QString lastLine(const QString &text)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last();
}

} // namespace

class TestPythonBytes : public QObject
{
    Q_OBJECT

private slots:
    void literals_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *src, const char *out) {
            QTest::newRow(name) << QString::fromUtf8(src) << QString::fromUtf8(out);
        };
        row("prefixes", "print(b'a', B'b', rb'\\n', bR'\\x00', Rb'c', BR'd')",
            "b'a' b'b' b'\\\\n' b'\\\\x00' b'c' b'd'\n");
        row("octal escapes", "print(b'\\1\\12\\123\\1234', list(b'\\400'))", "b'\\x01\\nSS4' [0]\n");
        row("hex escapes", "print(b'\\x7f\\x80\\xFF', len(b'\\x00'))", "b'\\x7f\\x80\\xff' 1\n");
        row("no unicode escapes", "print(len(b'\\u00e9'), b'\\N{BULLET}')", "6 b'\\\\N{BULLET}'\n");
        row("line continuation", "print(b'ab\\\ncd')", "b'abcd'\n");
        row("triple quoted", "print(b'''one\ntwo''', b\"\"\"it's\"\"\")", "b'one\\ntwo' b\"it's\"\n");
        row("quote choice", "print(b\"'\", b'\"', b'\\'\"')", "b\"'\" b'\"' b'\\'\"'\n");
        row("not a docstring", "def f():\n    b'doc'\nprint(f.__doc__)", "None\n");
    }
    void literals()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const auto r = testing::runSource(source);
        QCOMPARE(r.errorOutput, QString());
        QCOMPARE(r.output, expected);
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("lastErrLine");
        QTest::newRow("non-ASCII character")
            << QStringLiteral("x = 1\ny = b'ab\u00e9'\n")
            << QStringLiteral("SyntaxError: bytes can only contain ASCII literal "
                              "characters (line 2, column 5)");
        QTest::newRow("bytes then str")
            << QStringLiteral("y = b'ab' 'c'\n")
            << QStringLiteral("SyntaxError: cannot mix bytes and nonbytes literals "
                              "(line 1, column 11)");
        QTest::newRow("str then bytes")
            << QStringLiteral("y = 'ab' b'c'\n")
            << QStringLiteral("SyntaxError: cannot mix bytes and nonbytes literals "
                              "(line 1, column 10)");
        QTest::newRow("short hex escape")
            << QStringLiteral("y = b'\\x4'\n")
            << QStringLiteral("SyntaxError: (value error) invalid \\x escape at "
                              "position 0 (line 1, column 5)");
    }
    void syntaxErrors()
    {
        QFETCH(QString, source);
        QFETCH(QString, lastErrLine);
        const auto r = testing::runSource(source);
        QCOMPARE(lastLine(r.errorOutput), lastErrLine);
        QCOMPARE(r.output, QString());
        QCOMPARE(r.exitStatus, 1);
    }
};

QTEST_GUILESS_MAIN(TestPythonBytes)
#include "tst_python_bytes.moc"
