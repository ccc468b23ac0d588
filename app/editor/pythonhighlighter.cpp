#include "pythonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace awaitscope {

namespace {
QTextCharFormat charFormat(const QColor &colour, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    return f;
}
} // namespace

PythonHighlighter::PythonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const QColor keyword = dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x7a, 0x1f, 0xa2);
    const QColor asyncColour = dark ? QColor(0x4f, 0xc1, 0xff) : QColor(0x00, 0x5c, 0xc5);
    const QColor builtin = dark ? QColor(0xdc, 0xdc, 0xaa) : QColor(0x79, 0x5e, 0x26);
    const QColor number = dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58);
    m_string = charFormat(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_comment = charFormat(dark ? QColor(0x6a, 0x99, 0x55) : QColor(0x00, 0x80, 0x00));

    const QStringList keywords = {
        QStringLiteral("and"),   QStringLiteral("as"),     QStringLiteral("assert"),
        QStringLiteral("break"), QStringLiteral("class"),  QStringLiteral("continue"),
        QStringLiteral("def"),   QStringLiteral("del"),    QStringLiteral("elif"),
        QStringLiteral("else"),  QStringLiteral("except"), QStringLiteral("finally"),
        QStringLiteral("for"),   QStringLiteral("from"),   QStringLiteral("global"),
        QStringLiteral("if"),    QStringLiteral("import"), QStringLiteral("in"),
        QStringLiteral("is"),    QStringLiteral("lambda"), QStringLiteral("nonlocal"),
        QStringLiteral("not"),   QStringLiteral("or"),     QStringLiteral("pass"),
        QStringLiteral("raise"), QStringLiteral("return"), QStringLiteral("try"),
        QStringLiteral("while"), QStringLiteral("with"),   QStringLiteral("yield"),
        QStringLiteral("None"),  QStringLiteral("True"),   QStringLiteral("False")};
    m_rules.append({QRegularExpression(QStringLiteral("\\b(") + keywords.join(QLatin1Char('|')) +
                                       QStringLiteral(")\\b")),
                    charFormat(keyword, true)});
    m_rules.append(
        {QRegularExpression(QStringLiteral("\\b(async|await)\\b")), charFormat(asyncColour, true)});
    // `match` and `case` are keywords only where they begin a statement that ends with its colon (elsewhere
    // they are names: `match = re.match(...)`).
    m_rules.append(
        {QRegularExpression(QStringLiteral("^\\s*(match|case)\\b(?!\\s*[=.,)\\]])(?=.*:\\s*(#.*)?$)")),
         charFormat(keyword, true), 1});
    m_rules.append({QRegularExpression(QStringLiteral("\\b(asyncio|aiohttp|print|range|len|sorted|time)\\b")),
                    charFormat(builtin)});
    m_rules.append({QRegularExpression(QStringLiteral("\\b[0-9]+(\\.[0-9]+)?\\b")), charFormat(number)});
}

void PythonHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)), rule.format);
        }
    }
    // Strings and comments last, so they win; a '#' inside a string is not a comment.
    QChar quote;
    int start = -1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (start >= 0) {
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == quote) {
                setFormat(start, i - start + 1, m_string);
                start = -1;
            }
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            start = i;
        } else if (c == QLatin1Char('#')) {
            setFormat(i, int(text.size()) - i, m_comment);
            return;
        }
    }
    if (start >= 0)
        setFormat(start, int(text.size()) - start, m_string);
}

} // namespace awaitscope
