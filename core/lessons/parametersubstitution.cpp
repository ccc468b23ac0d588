#include "lessons/parametersubstitution.h"

#include "io/userfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace awaitscope {

namespace {

const QRegularExpression &markerPattern(ProgramLanguage language)
{
    // The marker ends the line; the name is a lowercase identifier.
    static const QRegularExpression python(QStringLiteral("#\\s*param:\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*$"));
    static const QRegularExpression cpp(QStringLiteral("//\\s*param:\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*$"));
    return language == ProgramLanguage::Python ? python : cpp;
}

// Where the replaceable value sits on a marked line: [start, end) in `line`.
bool valueSpan(const QString &line, qsizetype markerStart, ProgramLanguage language, qsizetype *start,
               qsizetype *end)
{
    const qsizetype eq = line.indexOf(QLatin1Char('='));
    if (eq < 0 || eq >= markerStart)
        return false;
    qsizetype stop = markerStart;
    if (language == ProgramLanguage::Cpp) {
        stop = line.lastIndexOf(QLatin1Char(';'), markerStart);
        if (stop <= eq)
            return false;
    }
    *start = eq + 1;
    *end = stop;
    return true;
}

} // namespace

ProgramLanguage ParameterSubstitution::languageOf(const QString &fileName)
{
    return fileName.endsWith(QStringLiteral(".cpp")) ? ProgramLanguage::Cpp : ProgramLanguage::Python;
}

QList<ParameterMarker> ParameterSubstitution::findMarkers(const QString &source, ProgramLanguage language)
{
    QList<ParameterMarker> markers;
    const QStringList lines = source.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QRegularExpressionMatch m = markerPattern(language).match(line);
        if (!m.hasMatch())
            continue;
        ParameterMarker marker;
        marker.name = m.captured(1);
        marker.line = i + 1;
        qsizetype start = 0;
        qsizetype end = 0;
        marker.wellFormed = valueSpan(line, m.capturedStart(0), language, &start, &end);
        if (marker.wellFormed)
            marker.value = line.mid(start, end - start).trimmed();
        markers.append(marker);
    }
    return markers;
}

QString ParameterSubstitution::apply(const QString &source, ProgramLanguage language,
                                     const QList<LessonParameter> &parameters, const QVariantMap &values,
                                     QString *error)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        bool known = false;
        for (const LessonParameter &p : parameters)
            known = known || p.name == it.key();
        if (!known) {
            if (error)
                *error = QCoreApplication::translate("ParameterSubstitution", "no parameter named \"%1\"")
                             .arg(it.key());
            return QString();
        }
    }
    QStringList lines = source.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const QRegularExpressionMatch m = markerPattern(language).match(line);
        if (!m.hasMatch())
            continue;
        const LessonParameter *parameter = nullptr;
        for (const LessonParameter &p : parameters) {
            if (p.name == m.captured(1))
                parameter = &p;
        }
        qsizetype start = 0;
        qsizetype end = 0;
        if (!parameter || !valueSpan(line, m.capturedStart(0), language, &start, &end))
            continue; // the checker reports these; running leaves the line alone
        const QVariant value = values.value(parameter->name, parameter->defaultValue);
        QString why;
        if (!parameter->accepts(value, &why)) {
            if (error)
                *error = QCoreApplication::translate("ParameterSubstitution", "parameter \"%1\": %2")
                             .arg(parameter->name, why);
            return QString();
        }
        const QString replacement = QLatin1Char(' ') + parameter->literal(value, language) +
                                    (language == ProgramLanguage::Python ? QStringLiteral("  ") : QString());
        line.replace(start, end - start, replacement);
    }
    return lines.join(QLatin1Char('\n'));
}

bool ParameterSubstitution::isLessonProgram(const Lesson &lesson, const QString &programId,
                                            const QString &source, const QVariantMap &values)
{
    const std::optional<QString> text = readProgramText(lesson.programPath(programId));
    if (!text)
        return false; // a missing or unreadable file is no lesson program, even for an empty source
    const QString &original = *text;
    QString error;
    const QString filled =
        apply(original, languageOf(lesson.programPath(programId)), lesson.parameters, values, &error);
    return source.trimmed() == (filled.isEmpty() ? original : filled).trimmed();
}

} // namespace awaitscope
