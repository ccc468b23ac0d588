// The Python lexer: tokens, indentation, strings, numbers and its error messages.
#include "python/lexer.h"

#include <QTest>

using namespace awaitscope::py;

namespace {

QString kindName(TokenKind k)
{
    switch (k) {
    case TokenKind::Name:
        return QStringLiteral("NAME");
    case TokenKind::Int:
        return QStringLiteral("INT");
    case TokenKind::Float:
        return QStringLiteral("FLOAT");
    case TokenKind::String:
        return QStringLiteral("STR");
    case TokenKind::Op:
        return QStringLiteral("OP");
    case TokenKind::Newline:
        return QStringLiteral("NL");
    case TokenKind::Indent:
        return QStringLiteral("INDENT");
    case TokenKind::Dedent:
        return QStringLiteral("DEDENT");
    case TokenKind::End:
        return QStringLiteral("END");
    }
    return {};
}

// "KIND:text" for each token, space separated: what a reader checks by eye.
QString describe(const QString &source)
{
    Lexer lexer(source);
    QStringList parts;
    for (const Token &t : lexer.tokenize()) {
        QString p = kindName(t.kind);
        if (t.kind == TokenKind::Int)
            p += u':' + QString::number(t.ival);
        else if (t.kind == TokenKind::Float)
            p += u':' + QString::number(t.fval);
        else if (t.kind == TokenKind::String)
            p += (t.fstring ? QStringLiteral(":f") : QStringLiteral(":")) + t.text;
        else if (t.kind == TokenKind::Name || t.kind == TokenKind::Op)
            p += u':' + t.text;
        parts << p;
    }
    return parts.join(u' ');
}

} // namespace

class TestPythonLexer : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("assignment") << QStringLiteral("x = 1\n")
                                    << QStringLiteral("NAME:x OP:= INT:1 NL END");
        QTest::newRow("indent/dedent")
            << QStringLiteral("if x:\n    y\nz\n")
            << QStringLiteral("NAME:if NAME:x OP:: NL INDENT NAME:y NL DEDENT NAME:z NL END");
        QTest::newRow("nested dedent at end")
            << QStringLiteral("def f():\n  if a:\n    b")
            << QStringLiteral("NAME:def NAME:f OP:( OP:) OP:: NL INDENT NAME:if NAME:a OP:: NL INDENT NAME:b "
                              "NL DEDENT DEDENT END");
        QTest::newRow("blank lines and comments are skipped")
            << QStringLiteral("a\n\n   # comment\nb  # trailing\n")
            << QStringLiteral("NAME:a NL NAME:b NL END");
        QTest::newRow("newlines inside brackets are ignored")
            << QStringLiteral("f(1,\n  2)\n") << QStringLiteral("NAME:f OP:( INT:1 OP:, INT:2 OP:) NL END");
        QTest::newRow("backslash continuation")
            << QStringLiteral("x = 1 + \\\n  2\n") << QStringLiteral("NAME:x OP:= INT:1 OP:+ INT:2 NL END");
        QTest::newRow("numbers") << QStringLiteral("1_000 0x1F 0b101 0o17 2.5 1e3 .5\n")
                                 << QStringLiteral(
                                        "INT:1000 INT:31 INT:5 INT:15 FLOAT:2.5 FLOAT:1000 FLOAT:0.5 NL END");
        QTest::newRow("string escapes")
            << QStringLiteral("'a\\tb\\n' \"q'\"\n") << QStringLiteral("STR:a\tb\n STR:q' NL END");
        QTest::newRow("raw string keeps backslashes")
            << QStringLiteral("r'a\\n'\n") << QStringLiteral("STR:a\\n NL END");
        QTest::newRow("triple-quoted string spans lines")
            << QStringLiteral("'''a\nb'''\n") << QStringLiteral("STR:a\nb NL END");
        QTest::newRow("f-string keeps its raw content")
            << QStringLiteral("f'{x:.2f}'\n") << QStringLiteral("STR:f{x:.2f} NL END");
        QTest::newRow("multi-char operators")
            << QStringLiteral("a **= b // c -> d != e\n")
            << QStringLiteral("NAME:a OP:**= NAME:b OP:// NAME:c OP:-> NAME:d OP:!= NAME:e NL END");
        QTest::newRow("unicode escape")
            << QStringLiteral("'\\u00e9'\n") << QStringLiteral("STR:\u00e9 NL END");
    }
    void tokens()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(describe(source), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("col");
        QTest::newRow("unterminated string")
            << QStringLiteral("x = 'abc\n") << QStringLiteral("unterminated string literal") << 1 << 5;
        QTest::newRow("unclosed bracket")
            << QStringLiteral("f(1,\n2\n") << QStringLiteral("'(' was never closed") << 1 << 2;
        QTest::newRow("mismatched bracket")
            << QStringLiteral("f(1]\n")
            << QStringLiteral("closing parenthesis ']' does not match opening parenthesis '('") << 1 << 4;
        QTest::newRow("bad dedent") << QStringLiteral("if x:\n    a\n  b\n")
                                    << QStringLiteral("unindent does not match any outer indentation level")
                                    << 3 << 3;
        QTest::newRow("bytes literal with a non-ASCII character")
            << QStringLiteral("x = b'\u00e9'\n")
            << QStringLiteral("bytes can only contain ASCII literal characters") << 1 << 5;
        QTest::newRow("complex numbers are not supported")
            << QStringLiteral("x = 2j\n") << QStringLiteral("not supported: complex numbers") << 1 << 5;
        QTest::newRow("decimal literal past CPython's 4300 digits")
            << QStringLiteral("x = %1\n").arg(QString(4301, u'7'))
            << QStringLiteral(
                   "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
                   "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                   "huge integer literals to avoid decimal conversion limits.")
            << 1 << 5;
        QTest::newRow("stray character")
            << QStringLiteral("x = $\n") << QStringLiteral("invalid character '$'") << 1 << 5;
    }
    void errors()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, col);
        try {
            Lexer(source).tokenize();
            QFAIL("no error");
        } catch (const SyntaxError &e) {
            QCOMPARE(e.message, message);
            QCOMPARE(e.line, line);
            QCOMPARE(e.col, col);
        }
    }
};

QTEST_APPLESS_MAIN(TestPythonLexer)
#include "tst_python_lexer.moc"
