#include "lexer.h"

#include "bigint.h"

#include <QStringList>

#include <cmath>
#include <cstdlib>

namespace awaitscope::py {

namespace {

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

const char *const threeCharOps[] = {"**=", "//=", ">>=", "<<=", "...", nullptr};
const char *const twoCharOps[] = {"**", "//", "==", "!=", "<=", ">=", "->", "+=", "-=", "*=",
                                  "/=", "%=", "&=", "|=", "^=", "<<", ">>", ":=", "@=", nullptr};
const QString oneCharOps = QStringLiteral("+-*/%<>=()[]{},:.;@&|^~");

} // namespace

Lexer::Lexer(const QString &source, int firstLine, int firstCol, bool expressionOnly)
    : m_src(source)
    , m_line(firstLine)
    , m_col(firstCol)
    , m_expressionOnly(expressionOnly)
{
    if (expressionOnly)
        m_depth = 1; // newlines inside an f-string replacement field are not statement ends
}

QChar Lexer::peek(int ahead) const
{
    const int p = m_pos + ahead;
    return p < m_src.size() ? m_src.at(p) : QChar();
}

void Lexer::advance()
{
    if (m_pos >= m_src.size())
        return;
    if (m_src.at(m_pos) == u'\n') {
        ++m_line;
        m_col = 1;
    } else {
        ++m_col;
    }
    ++m_pos;
}

void Lexer::fail(const QString &message) const
{
    throw SyntaxError{message, m_line, m_col, false};
}

// Handles indentation at the start of a logical line. Returns false if the line is blank.
bool Lexer::atLineStartHandleIndent(std::vector<Token> &out)
{
    int width = 0;
    while (m_pos < m_src.size()) {
        const QChar c = peek();
        if (c == u' ')
            ++width;
        else if (c == u'\t')
            width = (width / 8 + 1) * 8;
        else if (c == u'\f')
            width = 0;
        else
            break;
        advance();
    }
    const QChar c = peek();
    if (c.isNull() || c == u'\n' || c == u'#' || (c == u'\r'))
        return false; // blank or comment-only line
    if (c == u'\\' && (peek(1) == u'\n'))
        return false;
    if (width > m_indents.back()) {
        m_indents.push_back(width);
        out.push_back(Token{TokenKind::Indent, QString(), m_line, 1});
    } else {
        while (width < m_indents.back()) {
            m_indents.pop_back();
            out.push_back(Token{TokenKind::Dedent, QString(), m_line, m_col});
        }
        if (width != m_indents.back())
            throw SyntaxError{QStringLiteral("unindent does not match any outer indentation level"), m_line,
                              m_col, false};
    }
    return true;
}

std::vector<Token> Lexer::tokenize()
{
    std::vector<Token> out;
    bool lineStart = !m_expressionOnly;
    while (true) {
        if (lineStart && m_depth == 0) {
            if (!atLineStartHandleIndent(out)) {
                // skip blank/comment line
                while (!peek().isNull() && peek() != u'\n')
                    advance();
                if (peek().isNull())
                    break;
                advance();
                continue;
            }
            lineStart = false;
        }
        const QChar c = peek();
        if (c.isNull())
            break;
        if (c == u' ' || c == u'\t' || c == u'\f' || c == u'\r') {
            advance();
            continue;
        }
        if (c == u'#') {
            while (!peek().isNull() && peek() != u'\n')
                advance();
            continue;
        }
        if (c == u'\\') {
            advance();
            if (peek() == u'\r')
                advance();
            if (peek() != u'\n')
                fail(QStringLiteral("unexpected character after line continuation character"));
            advance();
            continue;
        }
        if (c == u'\n') {
            if (m_depth == 0 && !out.empty() && out.back().kind != TokenKind::Newline)
                out.push_back(Token{TokenKind::Newline, QString(), m_line, m_col});
            advance();
            if (m_depth == 0)
                lineStart = true;
            continue;
        }
        Token tok;
        tok.line = m_line;
        tok.col = m_col;
        if (isIdentStart(c)) {
            const int start = m_pos;
            while (isIdentChar(peek()))
                advance();
            const QString word = m_src.mid(start, m_pos - start);
            const QChar q = peek();
            if ((q == u'"' || q == u'\'') && word.size() <= 2) {
                const QString lower = word.toLower();
                static const QStringList prefixes = {
                    QStringLiteral("r"),  QStringLiteral("u"),  QStringLiteral("f"),  QStringLiteral("b"),
                    QStringLiteral("rf"), QStringLiteral("fr"), QStringLiteral("br"), QStringLiteral("rb")};
                if (prefixes.contains(lower)) {
                    readString(tok, lower);
                    out.push_back(tok);
                    continue;
                }
            }
            tok.kind = TokenKind::Name;
            tok.text = *m_names.insert(word);
            out.push_back(tok);
            continue;
        }
        if (c.isDigit() || (c == u'.' && peek(1).isDigit())) {
            readNumber(tok);
            out.push_back(tok);
            continue;
        }
        if (c == u'"' || c == u'\'') {
            readString(tok, QString());
            out.push_back(tok);
            continue;
        }
        // operators
        tok.kind = TokenKind::Op;
        bool matched = false;
        for (const char *const *table : {threeCharOps, twoCharOps}) {
            for (int i = 0; table[i]; ++i) {
                const QLatin1String op(table[i]);
                if (QStringView(m_src).mid(m_pos).startsWith(op)) {
                    tok.text = op;
                    for (int k = 0; k < op.size(); ++k)
                        advance();
                    matched = true;
                    break;
                }
            }
            if (matched)
                break;
        }
        if (!matched) {
            if (c == u'!') {
                tok.text = QStringLiteral("!");
                advance();
            } else if (oneCharOps.contains(c)) {
                tok.text = QString(c);
                advance();
            } else {
                fail(QStringLiteral("invalid character '%1'").arg(c));
            }
        }
        if (tok.text == u"(" || tok.text == u"[" || tok.text == u"{") {
            ++m_depth;
            m_open.push_back(tok);
        } else if (tok.text == u")" || tok.text == u"]" || tok.text == u"}") {
            if (!m_open.empty()) {
                const QChar opener = m_open.back().text.at(0);
                const QChar expected = opener == u'(' ? u')' : opener == u'[' ? u']' : u'}';
                if (tok.text.at(0) != expected)
                    throw SyntaxError{
                        QStringLiteral("closing parenthesis '%1' does not match opening parenthesis '%2'")
                            .arg(tok.text, m_open.back().text),
                        tok.line, tok.col, false};
                m_open.pop_back();
            }
            if (m_depth > (m_expressionOnly ? 1 : 0))
                --m_depth;
            else if (!m_expressionOnly)
                throw SyntaxError{QStringLiteral("unmatched '%1'").arg(tok.text), tok.line, tok.col, false};
        }
        out.push_back(tok);
    }
    if (m_depth > (m_expressionOnly ? 1 : 0) && !m_open.empty())
        throw SyntaxError{QStringLiteral("'%1' was never closed").arg(m_open.back().text), m_open.back().line,
                          m_open.back().col, false};
    if (!out.empty() && out.back().kind != TokenKind::Newline && !m_expressionOnly)
        out.push_back(Token{TokenKind::Newline, QString(), m_line, m_col});
    while (m_indents.size() > 1) {
        m_indents.pop_back();
        out.push_back(Token{TokenKind::Dedent, QString(), m_line, m_col});
    }
    out.push_back(Token{TokenKind::End, QString(), m_line, m_col});
    return out;
}

void Lexer::readNumber(Token &tok)
{
    const int start = m_pos;
    QString digits;
    auto takeDigits = [&](auto pred) {
        while (pred(peek()) || (peek() == u'_' && pred(peek(1)))) {
            if (peek() != u'_')
                digits += peek();
            advance();
        }
    };
    if (peek() == u'0' && (peek(1) == u'x' || peek(1) == u'X' || peek(1) == u'o' || peek(1) == u'O' ||
                           peek(1) == u'b' || peek(1) == u'B')) {
        const QChar kind = peek(1).toLower();
        advance();
        advance();
        int base = kind == u'x' ? 16 : kind == u'o' ? 8 : 2;
        takeDigits([base](QChar ch) {
            if (base == 16)
                return ch.isDigit() || (ch.toLower() >= u'a' && ch.toLower() <= u'f');
            return ch.isDigit() && ch.digitValue() < base;
        });
        if (digits.isEmpty())
            fail(QStringLiteral("invalid number literal"));
        bool ok = false;
        const qulonglong v = digits.toULongLong(&ok, base);
        tok.kind = TokenKind::Int;
        if (!ok || v > qulonglong(INT64_MAX)) {
            tok.bigDigits = digits;
            tok.ival = base;
        } else {
            tok.ival = int64_t(v);
        }
        tok.text = m_src.mid(start, m_pos - start);
        return;
    }
    bool isFloat = false;
    takeDigits([](QChar ch) { return ch.isDigit(); });
    if (peek() == u'.') {
        isFloat = true;
        digits += u'.';
        advance();
        takeDigits([](QChar ch) { return ch.isDigit(); });
    }
    if (peek() == u'e' || peek() == u'E') {
        const QChar n1 = peek(1);
        if (n1.isDigit() || ((n1 == u'+' || n1 == u'-') && peek(2).isDigit())) {
            isFloat = true;
            digits += u'e';
            advance();
            if (peek() == u'+' || peek() == u'-') {
                digits += peek();
                advance();
            }
            takeDigits([](QChar ch) { return ch.isDigit(); });
        }
    }
    if (peek() == u'j' || peek() == u'J')
        throw SyntaxError{QStringLiteral("not supported: complex numbers"), tok.line, tok.col, true};
    if (isIdentStart(peek()))
        fail(QStringLiteral("invalid decimal literal"));
    tok.text = m_src.mid(start, m_pos - start);
    if (isFloat) {
        tok.kind = TokenKind::Float;
        const QByteArray latin = digits.toLatin1();
        tok.fval = std::strtod(latin.constData(), nullptr);
        return;
    }
    if (digits.size() > 1 && digits.startsWith(u'0') && digits.count(u'0') != digits.size())
        fail(QStringLiteral("leading zeros in decimal integer literals are not permitted"));
    bool ok = false;
    const qulonglong v = digits.toULongLong(&ok, 10);
    tok.kind = TokenKind::Int;
    if (ok && v <= qulonglong(INT64_MAX)) {
        tok.ival = int64_t(v);
        return;
    }
    // CPython's limit on decimal conversions applies to literals too (as a SyntaxError)
    if (digits.size() > kIntMaxStrDigits)
        throw SyntaxError{
            QStringLiteral("Exceeds the limit (%1 digits) for integer string conversion: value has %2 "
                           "digits; use sys.set_int_max_str_digits() to increase the limit - "
                           "Consider hexadecimal for huge integer literals to avoid decimal "
                           "conversion limits.")
                .arg(kIntMaxStrDigits)
                .arg(digits.size()),
            tok.line, tok.col, false};
    tok.bigDigits = digits;
    tok.ival = 10;
}

void Lexer::readString(Token &tok, const QString &prefix)
{
    tok.kind = TokenKind::String;
    tok.fstring = prefix.contains(u'f');
    tok.raw = prefix.contains(u'r');
    tok.bytes = prefix.contains(u'b');
    const QChar quote = peek();
    const bool triple = peek(1) == quote && peek(2) == quote;
    const int startLine = m_line, startCol = m_col;
    advance();
    if (triple) {
        advance();
        advance();
    }
    tok.contentLine = m_line;
    tok.contentCol = m_col;
    QString raw;
    while (true) {
        const QChar c = peek();
        if (c.isNull() || (!triple && c == u'\n'))
            throw SyntaxError{triple ? QStringLiteral("unterminated triple-quoted string literal")
                                     : QStringLiteral("unterminated string literal"),
                              startLine, startCol, false};
        if (c == u'\\') {
            raw += c;
            advance();
            if (!peek().isNull()) {
                raw += peek();
                advance();
            }
            continue;
        }
        if (c == quote) {
            if (!triple) {
                advance();
                break;
            }
            if (peek(1) == quote && peek(2) == quote) {
                advance();
                advance();
                advance();
                break;
            }
        }
        raw += c;
        advance();
    }
    if (tok.bytes) {
        for (const QChar c : raw)
            if (c.unicode() > 0x7F)
                throw SyntaxError{QStringLiteral("bytes can only contain ASCII literal characters"), tok.line,
                                  tok.col, false};
        tok.text = tok.raw ? raw : decodeEscapes(raw, tok.line, tok.col, true);
        return;
    }
    if (tok.fstring || tok.raw) {
        tok.text = raw;
        return;
    }
    tok.text = decodeEscapes(raw, startLine, startCol);
}

namespace {

// The one-character escapes both kinds of literal share (\n, \t, the quotes ...); -1 for none.
int simpleEscape(char16_t e)
{
    switch (e) {
    case 'n':
        return 10;
    case 't':
        return 9;
    case 'r':
        return 13;
    case 'a':
        return 7;
    case 'b':
        return 8;
    case 'f':
        return 12;
    case 'v':
        return 11;
    case '\\':
    case '\'':
    case '"':
        return e;
    default:
        return -1;
    }
}

// Up to three octal digits from raw[i] on (\0, \101); i is left on the last one.
int octalEscape(const QString &raw, int &i)
{
    int v = 0, digits = 0;
    while (digits < 3 && i < raw.size() && raw.at(i) >= u'0' && raw.at(i) <= u'7') {
        v = v * 8 + (raw.at(i).unicode() - '0');
        ++i;
        ++digits;
    }
    --i;
    return v;
}

} // namespace

// The escapes of a str literal, or of a bytes literal (`bytes`): there \x takes two hex digits, \ooo is
// taken modulo 256, and \u, \U and \N are no escapes (they stay as written), so each character of the result
// is one byte (0-255).
QString Lexer::decodeEscapes(const QString &raw, int line, int col, bool bytes)
{
    QString out;
    out.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != u'\\' || i + 1 >= raw.size()) {
            out += c;
            continue;
        }
        const QChar e = raw.at(++i);
        const char16_t u = e.unicode();
        if (u >= '0' && u <= '7') {
            const int v = octalEscape(raw, i); // up to 0o777
            out += QChar(bytes ? v & 0xFF : v);
            continue;
        }
        if (const int simple = simpleEscape(u); simple >= 0) {
            out += QChar(simple);
            continue;
        }
        if (u == '\n')
            continue; // a backslash at the end of a line joins the lines
        if (bytes && u == 'x') {
            bool ok = false;
            const QString hex = raw.mid(i + 1, 2);
            const uint code = hex.toUInt(&ok, 16);
            if (!ok || hex.size() != 2)
                throw SyntaxError{
                    QStringLiteral("(value error) invalid \\x escape at position %1").arg(i - 1), line, col,
                    false};
            i += 2;
            out += QChar(code);
            continue;
        }
        if (!bytes && (u == 'x' || u == 'u' || u == 'U')) {
            const int len = e == u'x' ? 2 : e == u'u' ? 4 : 8;
            bool ok = false;
            const uint code = raw.mid(i + 1, len).toUInt(&ok, 16);
            if (!ok || raw.mid(i + 1, len).size() != len || code > 0x10FFFF)
                throw SyntaxError{QStringLiteral("invalid escape sequence \\%1").arg(e), line, col, false};
            i += len;
            char32_t cp = code;
            out += QString::fromUcs4(&cp, 1);
            continue;
        }
        out += u'\\';
        out += e;
    }
    return out;
}

} // namespace awaitscope::py
