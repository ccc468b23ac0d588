#include "compare/comparisonbuilder.h"
#include "io/userfile.h"

#include "lessons/parametersubstitution.h"
#include "lessonview/lessonrunner.h"
#include "run/programmodules.h"
#include "run/runnerclient.h"

#include <QFile>

namespace awaitscope {

namespace {

QString readProgram(const Lesson &lesson, const QString &programId)
{
    return readProgramText(lesson.programPath(programId)).value_or(QString());
}

// Runs one side; false with `error` set when the program did not get going at all.
// Runs one side: `source` is the program `programId` of the lesson, maybe edited; it imports its own modules
// from that program's folder.
bool runSide(const QString &source, const QString &programId, const QString &name, const Lesson &lesson,
             const QVariantMap &values, const RunRequest &base, Trace *trace, QString *error)
{
    QString why;
    const QString filled =
        ParameterSubstitution::apply(source, ProgramLanguage::Python, lesson.parameters, values, &why);
    if (filled.isEmpty() && !source.isEmpty()) {
        *error = ComparisonBuilder::tr("%1: %2").arg(name, why);
        return false;
    }
    RunRequest request = base;
    request.source = filled.isEmpty() ? source : filled;
    request.displayName = name;
    request.moduleFolders = programModuleFolders(lesson.programPath(programId));
    // In a runner process: whatever the edited program does to the interpreter, the window stays.
    const RunResult run = runInRunner(request);
    if (run.trace.tasks().empty()) {
        *error = run.error.line > 0 ? ComparisonBuilder::tr("%1, line %2: %3")
                                          .arg(name)
                                          .arg(run.error.line)
                                          .arg(run.error.summary())
                                    : ComparisonBuilder::tr("%1: %2").arg(name, run.error.summary());
        return false;
    }
    *trace = run.trace;
    return true;
}

QString programTitle(const Lesson &lesson, const QString &programId)
{
    const LessonProgram *p = lesson.program(programId);
    return p && !p->label.isEmpty() ? p->label : programId;
}

} // namespace

QVariantMap ComparisonBuilder::defaults(const Lesson &lesson)
{
    QVariantMap out;
    for (const LessonParameter &p : lesson.parameters)
        out.insert(p.name, p.defaultValue);
    return out;
}

QString ComparisonBuilder::settingsText(const Lesson &lesson, const QVariantMap &values,
                                        const QVariantMap &other)
{
    QStringList parts;
    for (const LessonParameter &p : lesson.parameters) {
        const QVariant v = values.value(p.name, p.defaultValue);
        if (!other.isEmpty() && p.display(v) == p.display(other.value(p.name, p.defaultValue)))
            continue;
        parts << QStringLiteral("%1=%2%3").arg(
            p.name, p.display(v), p.unit.isEmpty() ? QString() : QString(QLatin1Char(' ') + p.unit));
    }
    return parts.join(QStringLiteral(", "));
}

Comparison ComparisonBuilder::pitfallVsFixed(const Lesson &lesson, const QVariantMap &values,
                                             const RunRequest &base)
{
    Comparison c;
    if (!lesson.isContrast()) {
        c.error = tr("This lesson has no pitfall and fix to compare.");
        return c;
    }
    const QString pitfall = QStringLiteral("pitfall");
    const QString fixed = QStringLiteral("fixed");
    if (!runSide(readProgram(lesson, pitfall), pitfall, QStringLiteral("pitfall.py"), lesson, values, base,
                 &c.first, &c.error) ||
        !runSide(readProgram(lesson, fixed), fixed, QStringLiteral("fixed.py"), lesson, values, base,
                 &c.second, &c.error))
        return c;
    c.firstTitle = programTitle(lesson, pitfall);
    c.secondTitle = programTitle(lesson, fixed);
    return c;
}

Comparison ComparisonBuilder::originalVsEdited(const Lesson &lesson, const QString &programId,
                                               const QString &edited, const QVariantMap &values,
                                               const RunRequest &base)
{
    Comparison c;
    const QString original = readProgram(lesson, programId);
    if (ParameterSubstitution::isLessonProgram(lesson, programId, edited, values)) {
        c.error = tr("Your program is the lesson's program: edit it first, then compare the two.");
        return c;
    }
    const QString name = programId + QStringLiteral(".py");
    if (!runSide(original, programId, name, lesson, values, base, &c.first, &c.error) ||
        !runSide(edited, programId, tr("your edit of %1").arg(name), lesson, values, base, &c.second,
                 &c.error))
        return c;
    c.firstTitle = tr("the lesson's program (%1)").arg(programTitle(lesson, programId));
    c.secondTitle = tr("your edit");
    return c;
}

Comparison ComparisonBuilder::twoSettings(const Lesson &lesson, const QString &programId,
                                          const QString &source, const QVariantMap &first,
                                          const QVariantMap &second, const RunRequest &base)
{
    Comparison c;
    if (lesson.parameters.isEmpty()) {
        c.error = tr("This lesson has no parameters to vary.");
        return c;
    }
    const QString firstText = settingsText(lesson, first, second);
    if (firstText.isEmpty()) {
        c.error = tr("Both settings are the same: change a parameter, then compare.");
        return c;
    }
    const QString name = programId + QStringLiteral(".py");
    if (!runSide(source, programId, name, lesson, first, base, &c.first, &c.error) ||
        !runSide(source, programId, name, lesson, second, base, &c.second, &c.error))
        return c;
    c.firstTitle = firstText;
    c.secondTitle = settingsText(lesson, second, first);
    return c;
}

} // namespace awaitscope
