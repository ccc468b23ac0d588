#include "predict/tasksetanswer.h"

#include <QSet>

namespace awaitscope {

std::optional<QStringList> TaskSetAnswer::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (!t.startsWith(QLatin1Char('[')) || !t.endsWith(QLatin1Char(']')))
        return std::nullopt;
    const QString inner = t.mid(1, t.size() - 2).trimmed();
    QStringList out;
    if (inner.isEmpty())
        return out;
    for (const QString &part : inner.split(QLatin1Char(','))) {
        const QString p = part.trimmed();
        if (p.size() < 3)
            return std::nullopt;
        const QChar quote = p.front();
        if ((quote != QLatin1Char('\'') && quote != QLatin1Char('"')) || p.back() != quote)
            return std::nullopt;
        out << p.mid(1, p.size() - 2);
    }
    return out;
}

bool TaskSetAnswer::isSetQuestion(const LessonQuestion &question)
{
    if (question.kind != LessonQuestion::Kind::Choice || question.options.size() < 2)
        return false;
    QList<QSet<QString>> sets;
    for (const LessonOption &o : question.options) {
        const std::optional<QStringList> names = parse(o.value);
        if (!names)
            return false;
        const QSet<QString> set(names->begin(), names->end());
        if (set.size() != names->size() || sets.contains(set))
            return false; // repeated names, or the order is what tells two options apart
        sets << set;
    }
    return true;
}

QStringList TaskSetAnswer::names(const LessonQuestion &question)
{
    QStringList out;
    for (const LessonOption &o : question.options) {
        for (const QString &n : parse(o.value).value_or(QStringList())) {
            if (!out.contains(n))
                out << n;
        }
    }
    return out;
}

QString TaskSetAnswer::response(const LessonQuestion &question, const QStringList &ticked)
{
    const QSet<QString> wanted(ticked.begin(), ticked.end());
    for (const LessonOption &o : question.options) {
        const QStringList names = parse(o.value).value_or(QStringList());
        if (QSet<QString>(names.begin(), names.end()) == wanted && names.size() == ticked.size())
            return o.value;
    }
    QStringList quoted;
    for (const QString &n : ticked)
        quoted << QStringLiteral("'%1'").arg(n);
    return QStringLiteral("[%1]").arg(quoted.join(QStringLiteral(", ")));
}

} // namespace awaitscope
