#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace awaitscope {

// Where each key of a JSON text sits, so that a problem found in the parsed document can be reported
// at its line. Paths look like `questions[2].answer.from`. QJsonDocument keeps no positions, so the
// text is scanned once more here; malformed text just yields fewer entries (the parser reports it).
class JsonLineIndex
{
public:
    explicit JsonLineIndex(const QByteArray &text);

    // The line of `path`, or of its nearest enclosing key that is known; 1 if none is.
    int line(const QString &path) const;

    static int lineAtOffset(const QByteArray &text, qsizetype offset);

private:
    void skipSpace();
    bool parseValue(const QString &path, int depth);
    bool parseObject(const QString &path, int depth);
    bool parseArray(const QString &path, int depth);
    bool parseString(QString *out);
    void record(const QString &path, qsizetype offset);

    QByteArray m_text;
    qsizetype m_pos = 0;
    QHash<QString, int> m_lines;
};

} // namespace awaitscope
