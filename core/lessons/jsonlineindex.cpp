#include "lessons/jsonlineindex.h"

namespace awaitscope {

namespace {
constexpr int MaxDepth = 64; // lessons are shallow; this only guards against hostile input
}

JsonLineIndex::JsonLineIndex(const QByteArray &text)
    : m_text(text)
{
    skipSpace();
    parseValue(QString(), 0);
}

int JsonLineIndex::lineAtOffset(const QByteArray &text, qsizetype offset)
{
    const qsizetype end = qBound(qsizetype(0), offset, text.size());
    return int(text.left(end).count('\n')) + 1;
}

int JsonLineIndex::line(const QString &path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        const auto it = m_lines.constFind(p);
        if (it != m_lines.constEnd())
            return *it;
        const qsizetype cut = qMax(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')));
        p = cut > 0 ? p.left(cut) : QString();
    }
    return 1;
}

void JsonLineIndex::record(const QString &path, qsizetype offset)
{
    if (!path.isEmpty() && !m_lines.contains(path))
        m_lines.insert(path, lineAtOffset(m_text, offset));
}

void JsonLineIndex::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++m_pos;
    }
}

bool JsonLineIndex::parseString(QString *out)
{
    if (m_pos >= m_text.size() || m_text.at(m_pos) != '"')
        return false;
    const qsizetype start = ++m_pos;
    while (m_pos < m_text.size() && m_text.at(m_pos) != '"') {
        if (m_text.at(m_pos) == '\\')
            ++m_pos;
        ++m_pos;
    }
    if (m_pos >= m_text.size())
        return false;
    if (out)
        *out = QString::fromUtf8(m_text.mid(start, m_pos - start));
    ++m_pos;
    return true;
}

bool JsonLineIndex::parseValue(const QString &path, int depth)
{
    if (depth > MaxDepth || m_pos >= m_text.size())
        return false;
    switch (m_text.at(m_pos)) {
    case '{':
        return parseObject(path, depth + 1);
    case '[':
        return parseArray(path, depth + 1);
    case '"':
        return parseString(nullptr);
    default:
        // number, true, false, null: everything up to a delimiter
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
                break;
            ++m_pos;
        }
        return true;
    }
}

bool JsonLineIndex::parseObject(const QString &path, int depth)
{
    ++m_pos; // '{'
    skipSpace();
    if (m_pos < m_text.size() && m_text.at(m_pos) == '}') {
        ++m_pos;
        return true;
    }
    while (m_pos < m_text.size()) {
        const qsizetype keyOffset = m_pos;
        QString key;
        if (!parseString(&key))
            return false;
        const QString child = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        record(child, keyOffset);
        skipSpace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != ':')
            return false;
        ++m_pos;
        skipSpace();
        if (!parseValue(child, depth))
            return false;
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
            ++m_pos;
            skipSpace();
            continue;
        }
        if (m_pos < m_text.size() && m_text.at(m_pos) == '}') {
            ++m_pos;
            return true;
        }
        return false;
    }
    return false;
}

bool JsonLineIndex::parseArray(const QString &path, int depth)
{
    ++m_pos; // '['
    skipSpace();
    if (m_pos < m_text.size() && m_text.at(m_pos) == ']') {
        ++m_pos;
        return true;
    }
    for (int index = 0; m_pos < m_text.size(); ++index) {
        const QString child = path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        record(child, m_pos);
        if (!parseValue(child, depth))
            return false;
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
            ++m_pos;
            skipSpace();
            continue;
        }
        if (m_pos < m_text.size() && m_text.at(m_pos) == ']') {
            ++m_pos;
            return true;
        }
        return false;
    }
    return false;
}

} // namespace awaitscope
