#include "lessons/lesson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace awaitscope {

namespace {

// Python's float repr for the values a slider produces: shortest round-trip form, always with a
// point, so `3` becomes `3.0` and `2.5` stays `2.5`.
QString floatLiteral(double value)
{
    QString text = QString::number(value, 'g', 17);
    // Prefer the shortest form that reads back exactly.
    for (int precision = 1; precision <= 17; ++precision) {
        const QString candidate = QString::number(value, 'g', precision);
        if (candidate.toDouble() == value) {
            text = candidate;
            break;
        }
    }
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')) &&
        !text.contains(QLatin1Char('n')) && !text.contains(QLatin1Char('i')))
        text += QStringLiteral(".0");
    return text;
}

QString stringLiteral(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool isWholeNumber(const QVariant &value)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    return ok && std::isfinite(d) && std::floor(d) == d;
}

bool isNumber(const QVariant &value)
{
    const auto id = value.metaType().id();
    return id == QMetaType::Int || id == QMetaType::LongLong || id == QMetaType::Double ||
           id == QMetaType::UInt || id == QMetaType::ULongLong;
}

} // namespace

QString LessonParameter::typeName(Type type)
{
    switch (type) {
    case Type::Int:
        return QStringLiteral("int");
    case Type::Float:
        return QStringLiteral("float");
    case Type::Bool:
        return QStringLiteral("bool");
    case Type::String:
        return QStringLiteral("string");
    case Type::Symbol:
        return QStringLiteral("symbol");
    }
    return QString();
}

bool LessonParameter::accepts(const QVariant &value, QString *why) const
{
    auto fail = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    switch (type) {
    case Type::Int:
    case Type::Float: {
        if (!isNumber(value))
            return fail(QCoreApplication::translate("Lesson", "must be a number"));
        if (type == Type::Int && !isWholeNumber(value))
            return fail(QCoreApplication::translate("Lesson", "must be a whole number"));
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < min || d > max)
            return fail(QCoreApplication::translate("Lesson", "%1 is outside %2..%3")
                            .arg(QString::number(d), QString::number(min), QString::number(max)));
        return true;
    }
    case Type::Bool:
        if (value.metaType().id() != QMetaType::Bool)
            return fail(QCoreApplication::translate("Lesson", "must be true or false"));
        return true;
    case Type::String:
        if (value.metaType().id() != QMetaType::QString)
            return fail(QCoreApplication::translate("Lesson", "must be a string"));
        if (!choices.isEmpty() && !choices.contains(value.toString()))
            return fail(QCoreApplication::translate("Lesson", "\"%1\" is not one of the choices (%2)")
                            .arg(value.toString(), choices.join(QStringLiteral(", "))));
        return true;
    case Type::Symbol:
        for (const LessonSymbol &s : symbols) {
            if (value.metaType().id() == QMetaType::QString && s.value == value.toString())
                return true;
        }
        return fail(
            QCoreApplication::translate("Lesson", "\"%1\" is not one of the choices").arg(value.toString()));
    }
    return fail(QCoreApplication::translate("Lesson", "unknown type"));
}

QString LessonParameter::literal(const QVariant &value, ProgramLanguage language) const
{
    if (!accepts(value, nullptr))
        return QString();
    switch (type) {
    case Type::Int:
        return QString::number(qlonglong(value.toDouble()));
    case Type::Float:
        return floatLiteral(value.toDouble());
    case Type::Bool:
        if (language == ProgramLanguage::Python)
            return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::String:
        return stringLiteral(value.toString());
    case Type::Symbol:
        for (const LessonSymbol &s : symbols) {
            if (s.value == value.toString())
                return language == ProgramLanguage::Python ? s.python : s.cpp;
        }
        return QString();
    }
    return QString();
}

QString LessonParameter::display(const QVariant &value) const
{
    switch (type) {
    case Type::Int:
        return QString::number(qlonglong(value.toDouble()));
    case Type::Float:
        return QString::number(value.toDouble());
    case Type::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case Type::String:
    case Type::Symbol:
        return value.toString();
    }
    return QString();
}

QString Lesson::fillIn(const QString &text, const QVariantMap &values) const
{
    QString result = text;
    for (const LessonParameter &p : parameters) {
        const QString placeholder = QLatin1Char('{') + p.name + QLatin1Char('}');
        if (result.contains(placeholder))
            result.replace(placeholder, p.display(values.value(p.name, p.defaultValue)));
    }
    return result;
}

const LessonProgram *Lesson::program(const QString &programId) const
{
    for (const LessonProgram &p : programs) {
        if (p.id == programId)
            return &p;
    }
    return nullptr;
}

const LessonParameter *Lesson::parameter(const QString &name) const
{
    for (const LessonParameter &p : parameters) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const LessonSection *Lesson::section(const QString &sectionId) const
{
    for (const LessonSection &s : sections) {
        if (s.id == sectionId)
            return &s;
    }
    return nullptr;
}

const LessonQuestion *Lesson::question(const QString &questionId) const
{
    for (const LessonQuestion &q : questions) {
        if (q.id == questionId)
            return &q;
    }
    return nullptr;
}

QString Lesson::programPath(const QString &programId) const
{
    const LessonProgram *p = program(programId);
    return p ? QDir(folder).filePath(p->file) : QString();
}

QString Lesson::cppPath(const QString &programId) const
{
    const QString py = programPath(programId);
    if (py.isEmpty())
        return QString();
    const QFileInfo info(py);
    const QString cpp = info.dir().filePath(info.completeBaseName() + QStringLiteral(".cpp"));
    return QFileInfo::exists(cpp) ? cpp : QString();
}

} // namespace awaitscope
