#pragma once

#include "syntaxerror.h"

#include <QSet>
#include <QString>

#include <cstdint>
#include <vector>

namespace awaitscope::py {

enum class TokenKind { Name, Int, Float, String, Op, Newline, Indent, Dedent, End };

struct Token
{
    TokenKind kind = TokenKind::End;
    QString text; // Name: identifier; Op: operator; String: decoded value (raw content for f-strings)
    int line = 0; // 1-based
    int col = 0;  // 1-based
    int64_t ival = 0;
    double fval = 0;
    bool fstring = false; // String: an f-string whose `text` is the raw content between the quotes
    bool raw = false;     // String: r-prefix
    bool bytes = false;   // String: b-prefix; `text` holds one character per byte
    int contentLine = 0;  // f-string: where the content starts
    int contentCol = 0;
    QString bigDigits = QString(); // Int beyond int64_t: its digits in base ival (ival is then the base)
};

// Turns source text into tokens, with Python's INDENT/DEDENT rules. Throws SyntaxError.
class Lexer
{
public:
    explicit Lexer(const QString &source, int firstLine = 1, int firstCol = 1, bool expressionOnly = false);
    std::vector<Token> tokenize();
    // Applies backslash escapes (\n, \t, \x41, \u00e9 ...) to the content of a non-raw string (`bytes`: of a
    // non-raw bytes literal, where \u is no escape and each character is one byte).
    static QString decodeEscapes(const QString &raw, int line, int col, bool bytes = false);

private:
    QChar peek(int ahead = 0) const;
    void advance();
    [[noreturn]] void fail(const QString &message) const;
    void readNumber(Token &tok);
    void readString(Token &tok, const QString &prefix);
    bool atLineStartHandleIndent(std::vector<Token> &out);

    QString m_src;
    int m_pos = 0;
    int m_line = 1;
    int m_col = 1;
    int m_depth = 0; // bracket nesting: newlines inside brackets are not tokens
    bool m_expressionOnly = false;
    std::vector<int> m_indents{0};
    std::vector<Token> m_open; // unclosed brackets, for the error message
    // One string per identifier: every use of a name shares the text its binding stored, so a scope finds it
    // by comparing pointers (AttrMap::findItem).
    QSet<QString> m_names;
};

} // namespace awaitscope::py
