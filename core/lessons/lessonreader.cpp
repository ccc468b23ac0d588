#include "lessons/lessonreader.h"
#include "io/userfile.h"

#include "lessons/jsonlineindex.h"
#include "lessons/lessontranslation.h"
#include "lessons/parametersubstitution.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace awaitscope {

namespace {

const QStringList TaskEvents = {
    QStringLiteral("task-created"),     QStringLiteral("task-started"),   QStringLiteral("task-finished"),
    QStringLiteral("task-failed"),      QStringLiteral("task-cancelled"), QStringLiteral("task-ended"),
    QStringLiteral("cancel-requested"), QStringLiteral("task-blocking"),
};

const QStringList NumberSources = {QStringLiteral("total_time"), QStringLiteral("exit_status"),
                                   QStringLiteral("output"), QStringLiteral("output_count"),
                                   QStringLiteral("task_end_time")};
const QStringList AllSources = {
    QStringLiteral("total_time"),    QStringLiteral("exit_status"),     QStringLiteral("output"),
    QStringLiteral("output_count"),  QStringLiteral("output_contains"), QStringLiteral("task_state"),
    QStringLiteral("task_end_time"), QStringLiteral("first_ended"),     QStringLiteral("overlap")};

QString keyPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// True when `name` in `folder`, with every link followed, is still a file of that folder.
bool insideFolder(const QString &folder, const QString &name)
{
    if (folder.startsWith(QLatin1Char(':')))
        return true; // built into the binary: resources hold no links
    const QString root = QFileInfo(folder).canonicalFilePath();
    const QString file = QFileInfo(QDir(folder).filePath(name)).canonicalFilePath();
    return !root.isEmpty() && file.startsWith(root + QLatin1Char('/'));
}

QString itemPath(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Reports problems of one lesson.json at the line of the key they concern.
class Checker
{
public:
    Checker(QString file, const QByteArray &text, LessonProblems *problems)
        : m_file(std::move(file))
        , m_index(text)
        , m_problems(problems)
    {
    }

    void error(const QString &path, const QString &message)
    {
        m_problems->append({m_file, m_index.line(path), message});
        ++m_count;
    }
    int count() const { return m_count; }

    // Unknown keys are errors: a misspelt key would otherwise silently lose what it holds.
    void keys(const QJsonObject &object, const QString &path, const QStringList &required,
              const QStringList &optional)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!required.contains(it.key()) && !optional.contains(it.key())) {
                QStringList allowed = required + optional;
                allowed.sort();
                error(keyPath(path, it.key()),
                      QCoreApplication::translate("LessonReader", "unknown key \"%1\" (allowed here: %2)")
                          .arg(it.key(), allowed.join(QStringLiteral(", "))));
            }
        }
        for (const QString &key : required) {
            if (!object.contains(key))
                error(path, QCoreApplication::translate("LessonReader", "missing key \"%1\"").arg(key));
        }
    }

    QString string(const QJsonObject &object, const QString &path, const QString &key, bool required = true)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return QString(); // reported by keys() when required
        if (!v.isString()) {
            error(keyPath(path, key),
                  QCoreApplication::translate("LessonReader", "\"%1\" must be a string").arg(key));
            return QString();
        }
        if (required && v.toString().trimmed().isEmpty())
            error(keyPath(path, key),
                  QCoreApplication::translate("LessonReader", "\"%1\" must not be empty").arg(key));
        return v.toString();
    }

    bool number(const QJsonObject &object, const QString &path, const QString &key, double *out)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isDouble()) {
            error(keyPath(path, key),
                  QCoreApplication::translate("LessonReader", "\"%1\" must be a number").arg(key));
            return false;
        }
        *out = v.toDouble();
        return true;
    }

    bool integer(const QJsonObject &object, const QString &path, const QString &key, int *out)
    {
        double d = 0;
        if (!number(object, path, key, &d))
            return false;
        if (std::floor(d) != d || std::abs(d) > 1e9) {
            error(keyPath(path, key),
                  QCoreApplication::translate("LessonReader", "\"%1\" must be a whole number").arg(key));
            return false;
        }
        *out = int(d);
        return true;
    }

    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return QJsonArray();
        if (!v.isArray()) {
            error(keyPath(path, key),
                  QCoreApplication::translate("LessonReader", "\"%1\" must be a list").arg(key));
            return QJsonArray();
        }
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &path, const QString &what)
    {
        if (!v.isObject()) {
            error(path,
                  QCoreApplication::translate("LessonReader", "%1 must be an object { ... }").arg(what));
            return QJsonObject();
        }
        return v.toObject();
    }

    QStringList strings(const QJsonObject &object, const QString &path, const QString &key)
    {
        QStringList out;
        const QJsonArray items = array(object, path, key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString() || items.at(i).toString().trimmed().isEmpty())
                error(itemPath(keyPath(path, key), i),
                      QCoreApplication::translate("LessonReader",
                                                  "every entry of \"%1\" must be a non-empty string")
                          .arg(key));
            else
                out.append(items.at(i).toString());
        }
        return out;
    }

    void uniqueId(QSet<QString> *seen, const QString &id, const QString &path, const QString &what)
    {
        if (id.isEmpty())
            return;
        if (seen->contains(id))
            error(path, QCoreApplication::translate("LessonReader", "%1 \"%2\" is used twice").arg(what, id));
        seen->insert(id);
    }

private:
    QString m_file;
    JsonLineIndex m_index;
    LessonProblems *m_problems;
    int m_count = 0;
};

LessonMoment readMoment(Checker &c, const QJsonValue &value, const QString &path)
{
    LessonMoment moment;
    const QJsonObject o = c.object(value, path, QStringLiteral("\"at\""));
    if (o.isEmpty()) {
        if (value.isObject())
            c.error(path, QCoreApplication::translate("LessonReader", "\"at\" needs \"event\" or \"time\""));
        return moment;
    }
    if (o.contains(QStringLiteral("time"))) {
        c.keys(o, path, {QStringLiteral("time")}, {});
        c.number(o, path, QStringLiteral("time"), &moment.time);
        if (moment.time < 0)
            c.error(keyPath(path, QStringLiteral("time")),
                    QCoreApplication::translate("LessonReader", "\"time\" must not be negative"));
        moment.kind = LessonMoment::Kind::Time;
        return moment;
    }
    const QString event = c.string(o, path, QStringLiteral("event"));
    if (!o.contains(QStringLiteral("event"))) {
        c.error(path, QCoreApplication::translate("LessonReader", "\"at\" needs \"event\" or \"time\""));
        return moment;
    }
    moment.event = event;
    if (event == QStringLiteral("start") || event == QStringLiteral("end")) {
        c.keys(o, path, {QStringLiteral("event")}, {});
        moment.kind = event == QStringLiteral("start") ? LessonMoment::Kind::Start : LessonMoment::Kind::End;
    } else if (event == QStringLiteral("output")) {
        c.keys(o, path, {QStringLiteral("event"), QStringLiteral("text")}, {});
        moment.kind = LessonMoment::Kind::Output;
        moment.text = c.string(o, path, QStringLiteral("text"));
    } else if (TaskEvents.contains(event)) {
        c.keys(o, path, {QStringLiteral("event"), QStringLiteral("task")}, {});
        moment.kind = LessonMoment::Kind::Task;
        moment.task = c.string(o, path, QStringLiteral("task"));
    } else if (!event.isEmpty()) {
        c.error(
            keyPath(path, QStringLiteral("event")),
            QCoreApplication::translate("LessonReader", "unknown event \"%1\" (use start, end, output, %2)")
                .arg(event, TaskEvents.join(QStringLiteral(", "))));
    }
    return moment;
}

LessonParameter readParameter(Checker &c, const QJsonObject &o, const QString &path)
{
    LessonParameter p;
    const QString type = o.value(QStringLiteral("type")).toString();
    const QStringList common = {QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("type"),
                                QStringLiteral("default")};
    if (type == QStringLiteral("int") || type == QStringLiteral("float")) {
        c.keys(o, path, common + QStringList{QStringLiteral("min"), QStringLiteral("max")},
               {QStringLiteral("step"), QStringLiteral("unit")});
        p.type = type == QStringLiteral("int") ? LessonParameter::Type::Int : LessonParameter::Type::Float;
        p.step = p.type == LessonParameter::Type::Int ? 1.0 : 0.5;
        c.number(o, path, QStringLiteral("min"), &p.min);
        c.number(o, path, QStringLiteral("max"), &p.max);
        if (c.number(o, path, QStringLiteral("step"), &p.step) && p.step <= 0)
            c.error(keyPath(path, QStringLiteral("step")),
                    QCoreApplication::translate("LessonReader", "\"step\" must be more than 0"));
        if (o.contains(QStringLiteral("min")) && o.contains(QStringLiteral("max")) && !(p.min < p.max))
            c.error(keyPath(path, QStringLiteral("max")),
                    QCoreApplication::translate("LessonReader", "\"max\" must be more than \"min\""));
        p.unit = c.string(o, path, QStringLiteral("unit"), false);
        const QJsonValue d = o.value(QStringLiteral("default"));
        // An int parameter's numbers fit a spin box (and a 64-bit integer, which 1e308 does not).
        constexpr double IntLimit = 1e9;
        if (p.type == LessonParameter::Type::Int) {
            for (const QString &key :
                 {QStringLiteral("default"), QStringLiteral("min"), QStringLiteral("max")}) {
                const QJsonValue v = o.value(key);
                if (v.isDouble() && !(std::abs(v.toDouble()) <= IntLimit))
                    c.error(keyPath(path, key),
                            QCoreApplication::translate(
                                "LessonReader", "\"%1\" of an int parameter must be between -%2 and %2")
                                .arg(key)
                                .arg(qlonglong(IntLimit)));
            }
        }
        if (d.isDouble())
            p.defaultValue = p.type == LessonParameter::Type::Int && std::abs(d.toDouble()) <= IntLimit
                                 ? QVariant(qlonglong(d.toDouble()))
                                 : QVariant(d.toDouble());
        if (d.isDouble() && p.type == LessonParameter::Type::Int && std::floor(d.toDouble()) != d.toDouble())
            p.defaultValue = d.toDouble(); // keep the fraction so that accepts() reports it
    } else if (type == QStringLiteral("bool")) {
        c.keys(o, path, common, {});
        p.type = LessonParameter::Type::Bool;
        if (o.value(QStringLiteral("default")).isBool())
            p.defaultValue = o.value(QStringLiteral("default")).toBool();
    } else if (type == QStringLiteral("string")) {
        c.keys(o, path, common, {QStringLiteral("choices")});
        p.type = LessonParameter::Type::String;
        p.choices = c.strings(o, path, QStringLiteral("choices"));
        if (o.value(QStringLiteral("default")).isString())
            p.defaultValue = o.value(QStringLiteral("default")).toString();
    } else if (type == QStringLiteral("symbol")) {
        c.keys(o, path, common + QStringList{QStringLiteral("choices")}, {});
        p.type = LessonParameter::Type::Symbol;
        const QString choicesPath = keyPath(path, QStringLiteral("choices"));
        const QJsonArray choices = c.array(o, path, QStringLiteral("choices"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < choices.size(); ++i) {
            const QString itemAt = itemPath(choicesPath, i);
            const QJsonObject s = c.object(choices.at(i), itemAt,
                                           QCoreApplication::translate("LessonReader", "a symbol choice"));
            if (s.isEmpty())
                continue;
            c.keys(s, itemAt, {QStringLiteral("value"), QStringLiteral("python")}, {QStringLiteral("cpp")});
            LessonSymbol symbol{c.string(s, itemAt, QStringLiteral("value")),
                                c.string(s, itemAt, QStringLiteral("python")),
                                c.string(s, itemAt, QStringLiteral("cpp"), false)};
            c.uniqueId(&seen, symbol.value, itemAt, QStringLiteral("choice"));
            p.symbols.append(symbol);
        }
        if (p.symbols.size() < 2)
            c.error(choicesPath, QCoreApplication::translate(
                                     "LessonReader", "a symbol parameter needs at least two choices"));
        if (o.value(QStringLiteral("default")).isString())
            p.defaultValue = o.value(QStringLiteral("default")).toString();
    } else {
        c.keys(o, path, common,
               {QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("step"), QStringLiteral("unit"),
                QStringLiteral("choices")});
        if (o.contains(QStringLiteral("type")))
            c.error(
                keyPath(path, QStringLiteral("type")),
                QCoreApplication::translate(
                    "LessonReader", "unknown parameter type \"%1\" (use int, float, bool, string or symbol)")
                    .arg(type));
    }
    p.name = c.string(o, path, QStringLiteral("name"));
    p.label = c.string(o, path, QStringLiteral("label"));
    if (!p.name.isEmpty() &&
        !QRegularExpression(QStringLiteral("^[a-z_][a-z0-9_]*$")).match(p.name).hasMatch())
        c.error(keyPath(path, QStringLiteral("name")),
                QCoreApplication::translate("LessonReader",
                                            "parameter name \"%1\" must be lowercase letters, digits and _")
                    .arg(p.name));
    if (o.contains(QStringLiteral("default")) && !type.isEmpty()) {
        QString why;
        if (!p.defaultValue.isValid())
            c.error(keyPath(path, QStringLiteral("default")),
                    QCoreApplication::translate("LessonReader", "\"default\" does not fit the type %1")
                        .arg(type));
        else if (!p.accepts(p.defaultValue, &why))
            c.error(
                keyPath(path, QStringLiteral("default")),
                QCoreApplication::translate("LessonReader", "parameter \"%1\": default %2").arg(p.name, why));
    }
    return p;
}

LessonAnswerSource readAnswer(Checker &c, const QJsonValue &value, const QString &path,
                              LessonQuestion::Kind kind)
{
    LessonAnswerSource a;
    const QJsonObject o = c.object(value, path, QStringLiteral("\"answer\""));
    if (o.isEmpty())
        return a;
    a.from = c.string(o, path, QStringLiteral("from"));
    const QString from = a.from;
    if (!o.contains(QStringLiteral("from"))) {
        c.error(path,
                QCoreApplication::translate(
                    "LessonReader", "missing key \"from\": say how the answer is computed from the run"));
        return a;
    }
    if (from == QStringLiteral("total_time") || from == QStringLiteral("exit_status")) {
        c.keys(o, path, {QStringLiteral("from")}, {});
    } else if (from == QStringLiteral("output")) {
        c.keys(o, path, {QStringLiteral("from"), QStringLiteral("match")},
               {QStringLiteral("group"), QStringLiteral("occurrence")});
        c.integer(o, path, QStringLiteral("group"), &a.group);
        c.integer(o, path, QStringLiteral("occurrence"), &a.occurrence);
        if (a.occurrence == 0)
            c.error(keyPath(path, QStringLiteral("occurrence")),
                    QCoreApplication::translate("LessonReader",
                                                "\"occurrence\" counts from 1 (or from -1 at the end)"));
    } else if (from == QStringLiteral("output_count")) {
        c.keys(o, path, {QStringLiteral("from"), QStringLiteral("match")}, {});
    } else if (from == QStringLiteral("output_contains")) {
        c.keys(o, path, {QStringLiteral("from"), QStringLiteral("text")}, {});
        a.text = c.string(o, path, QStringLiteral("text"));
    } else if (from == QStringLiteral("task_state") || from == QStringLiteral("task_end_time")) {
        c.keys(o, path, {QStringLiteral("from"), QStringLiteral("task")}, {});
        a.task = c.string(o, path, QStringLiteral("task"));
    } else if (from == QStringLiteral("first_ended")) {
        c.keys(o, path, {QStringLiteral("from")}, {QStringLiteral("tasks")});
        a.tasks = c.strings(o, path, QStringLiteral("tasks"));
    } else if (from == QStringLiteral("overlap")) {
        c.keys(o, path, {QStringLiteral("from"), QStringLiteral("tasks")}, {});
        a.tasks = c.strings(o, path, QStringLiteral("tasks"));
        if (o.contains(QStringLiteral("tasks")) && a.tasks.size() != 2)
            c.error(keyPath(path, QStringLiteral("tasks")),
                    QCoreApplication::translate("LessonReader", "\"overlap\" compares exactly two tasks"));
    } else {
        c.error(keyPath(path, QStringLiteral("from")),
                QCoreApplication::translate("LessonReader", "unknown answer source \"%1\" (use %2)")
                    .arg(from, AllSources.join(QStringLiteral(", "))));
        return a;
    }
    if (o.contains(QStringLiteral("match"))) {
        a.match = c.string(o, path, QStringLiteral("match"));
        const QRegularExpression re(a.match);
        if (!re.isValid())
            c.error(keyPath(path, QStringLiteral("match")),
                    QCoreApplication::translate("LessonReader", "bad regular expression: %1")
                        .arg(re.errorString()));
        else if (a.group > re.captureCount())
            c.error(keyPath(path, QStringLiteral("group")),
                    QCoreApplication::translate("LessonReader", "the expression has only %1 group(s)")
                        .arg(re.captureCount()));
    }
    if (kind == LessonQuestion::Kind::Number && !NumberSources.contains(from))
        c.error(
            keyPath(path, QStringLiteral("from")),
            QCoreApplication::translate(
                "LessonReader", "a number question needs a number, but \"%1\" gives a word; make it a choice")
                .arg(from));
    return a;
}

LessonQuestion readQuestion(Checker &c, const QJsonObject &o, const QString &path)
{
    LessonQuestion q;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    const QStringList common = {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("prompt"),
                                QStringLiteral("answer")};
    if (kind == QStringLiteral("number")) {
        c.keys(o, path, common,
               {QStringLiteral("program"), QStringLiteral("explanation"), QStringLiteral("unit"),
                QStringLiteral("tolerance")});
        q.kind = LessonQuestion::Kind::Number;
        if (c.number(o, path, QStringLiteral("tolerance"), &q.tolerance) && q.tolerance < 0)
            c.error(keyPath(path, QStringLiteral("tolerance")),
                    QCoreApplication::translate("LessonReader", "\"tolerance\" must not be negative"));
        q.unit = c.string(o, path, QStringLiteral("unit"), false);
    } else {
        c.keys(o, path, common + QStringList{QStringLiteral("options")},
               {QStringLiteral("program"), QStringLiteral("explanation")});
        q.kind = LessonQuestion::Kind::Choice;
        if (o.contains(QStringLiteral("kind")) && kind != QStringLiteral("choice"))
            c.error(keyPath(path, QStringLiteral("kind")),
                    QCoreApplication::translate("LessonReader",
                                                "unknown question kind \"%1\" (use number or choice)")
                        .arg(kind));
        const QString optionsPath = keyPath(path, QStringLiteral("options"));
        const QJsonArray options = c.array(o, path, QStringLiteral("options"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < options.size(); ++i) {
            const QString at = itemPath(optionsPath, i);
            const QJsonObject opt =
                c.object(options.at(i), at, QCoreApplication::translate("LessonReader", "an option"));
            if (opt.isEmpty())
                continue;
            c.keys(opt, at, {QStringLiteral("value"), QStringLiteral("text")}, {});
            LessonOption option{c.string(opt, at, QStringLiteral("value")),
                                c.string(opt, at, QStringLiteral("text"))};
            c.uniqueId(&seen, option.value, at, QCoreApplication::translate("LessonReader", "option value"));
            q.options.append(option);
        }
        if (o.contains(QStringLiteral("options")) && q.options.size() < 2)
            c.error(optionsPath, QCoreApplication::translate("LessonReader",
                                                             "a choice question needs at least two options"));
    }
    q.id = c.string(o, path, QStringLiteral("id"));
    q.prompt = c.string(o, path, QStringLiteral("prompt"));
    q.explanation = c.string(o, path, QStringLiteral("explanation"), false);
    if (o.contains(QStringLiteral("program")))
        q.program = c.string(o, path, QStringLiteral("program"));
    if (o.contains(QStringLiteral("answer")))
        q.answer =
            readAnswer(c, o.value(QStringLiteral("answer")), keyPath(path, QStringLiteral("answer")), q.kind);
    return q;
}

// Checks the parameter markers of one program file against the declared parameters.
void checkMarkers(const QString &displayPath, const QString &source, const Lesson &lesson,
                  LessonProblems *problems, QSet<QString> *marked)
{
    const ProgramLanguage language = ParameterSubstitution::languageOf(displayPath);
    QSet<QString> seen;
    for (const ParameterMarker &m : ParameterSubstitution::findMarkers(source, language)) {
        const LessonParameter *p = lesson.parameter(m.name);
        if (!p) {
            problems->append(
                {displayPath, m.line,
                 QCoreApplication::translate("LessonReader",
                                             "marker names \"%1\", which is not a parameter in lesson.json")
                     .arg(m.name)});
            continue;
        }
        if (seen.contains(m.name)) {
            problems->append({displayPath, m.line,
                              QCoreApplication::translate("LessonReader", "parameter \"%1\" is marked twice")
                                  .arg(m.name)});
            continue;
        }
        seen.insert(m.name);
        marked->insert(m.name);
        if (!m.wellFormed) {
            problems->append(
                {displayPath, m.line,
                 language == ProgramLanguage::Python
                     ? QCoreApplication::translate("LessonReader",
                                                   "a marked line must look like `NAME = VALUE  # param: %1`")
                           .arg(m.name)
                     : QCoreApplication::translate(
                           "LessonReader", "a marked line must look like `... NAME = VALUE; // param: %1`")
                           .arg(m.name)});
            continue;
        }
        const QString expected = p->literal(p->defaultValue, language);
        if (!expected.isEmpty() && m.value != expected)
            problems->append(
                {displayPath, m.line,
                 QCoreApplication::translate(
                     "LessonReader",
                     "the program sets %1 but the default of parameter \"%2\" is %3; make them agree")
                     .arg(m.value, m.name, expected)});
    }
}

} // namespace

bool LessonReader::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

bool LessonReader::read(const QString &folder, Lesson *lesson, LessonProblems *problems)
{
    const qsizetype problemsBefore = problems->size();
    const QString file = QDir(folder).filePath(QStringLiteral("lesson.json"));
    QString readError;
    const std::optional<QByteArray> bytes = readRegularFile(file, FileReadLimits::Document, &readError);
    if (!bytes) {
        problems->append({file, 0,
                          QFileInfo::exists(file) || QFileInfo(file).isSymLink()
                              ? readError
                              : QCoreApplication::translate(
                                    "LessonReader", "missing: every lesson folder needs a lesson.json")});
        return false;
    }
    const QByteArray text = *bytes;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems->append({file, JsonLineIndex::lineAtOffset(text, parseError.offset),
                          QCoreApplication::translate("LessonReader", "not valid JSON: %1")
                              .arg(parseError.errorString())});
        return false;
    }
    if (!doc.isObject()) {
        problems->append(
            {file, 1,
             QCoreApplication::translate("LessonReader", "lesson.json must hold an object { ... }")});
        return false;
    }
    const QJsonObject root = doc.object();
    Checker c(file, text, problems);

    // The format version comes first: a newer file may use keys this version does not know.
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined()) {
        c.error(QString(), QCoreApplication::translate(
                               "LessonReader", "missing key \"format\" (this version reads \"format\": %1)")
                               .arg(Lesson::FormatVersion));
        return false;
    }
    if (!format.isDouble() || format.toDouble() != Lesson::FormatVersion) {
        c.error(QStringLiteral("format"),
                format.isDouble() && format.toDouble() > Lesson::FormatVersion
                    ? QCoreApplication::translate(
                          "LessonReader",
                          "format %1 is newer than this Awaitscope understands (%2): update Awaitscope")
                          .arg(format.toDouble())
                          .arg(Lesson::FormatVersion)
                    : QCoreApplication::translate("LessonReader", "\"format\" must be %1")
                          .arg(Lesson::FormatVersion));
        return false;
    }

    Lesson result;
    result.folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()); // "gather/" is the folder "gather"
    c.keys(root, QString(),
           {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("order"), QStringLiteral("title"),
            QStringLiteral("summary"), QStringLiteral("programs"), QStringLiteral("sections"),
            QStringLiteral("takeaways")},
           {QStringLiteral("parameters"), QStringLiteral("questions")});

    result.id = c.string(root, QString(), QStringLiteral("id"));
    if (!result.id.isEmpty() && !isValidId(result.id))
        c.error(QStringLiteral("id"),
                QCoreApplication::translate("LessonReader",
                                            "id \"%1\" must be lowercase letters, digits and single dashes")
                    .arg(result.id));
    else if (!result.id.isEmpty() && result.id != QFileInfo(result.folder).fileName())
        c.error(QStringLiteral("id"),
                QCoreApplication::translate(
                    "LessonReader", "id \"%1\" differs from the folder name \"%2\"; rename one of them")
                    .arg(result.id, QFileInfo(result.folder).fileName()));
    if (c.integer(root, QString(), QStringLiteral("order"), &result.order) && result.order < 1)
        c.error(QStringLiteral("order"),
                QCoreApplication::translate("LessonReader", "\"order\" must be 1 or more"));
    result.title = c.string(root, QString(), QStringLiteral("title"));
    result.summary = c.string(root, QString(), QStringLiteral("summary"));
    result.takeaways = c.strings(root, QString(), QStringLiteral("takeaways"));
    if (root.contains(QStringLiteral("takeaways")) && result.takeaways.isEmpty())
        c.error(QStringLiteral("takeaways"),
                QCoreApplication::translate("LessonReader", "give at least one takeaway"));

    // programs
    QSet<QString> ids;
    const QJsonArray programs = c.array(root, QString(), QStringLiteral("programs"));
    for (qsizetype i = 0; i < programs.size(); ++i) {
        const QString path = itemPath(QStringLiteral("programs"), i);
        const QJsonObject o =
            c.object(programs.at(i), path, QCoreApplication::translate("LessonReader", "a program"));
        if (o.isEmpty())
            continue;
        c.keys(o, path, {QStringLiteral("id"), QStringLiteral("file"), QStringLiteral("label")}, {});
        LessonProgram p{c.string(o, path, QStringLiteral("id")), c.string(o, path, QStringLiteral("file")),
                        c.string(o, path, QStringLiteral("label"))};
        c.uniqueId(&ids, p.id, keyPath(path, QStringLiteral("id")),
                   QCoreApplication::translate("LessonReader", "program id"));
        if (!p.file.isEmpty()) {
            if (!p.file.endsWith(QStringLiteral(".py")) || p.file.contains(QLatin1Char('/')) ||
                p.file.contains(QLatin1Char('\\')))
                c.error(keyPath(path, QStringLiteral("file")),
                        QCoreApplication::translate("LessonReader",
                                                    "\"file\" must be a .py file inside the lesson folder"));
            else if (const QFileInfo program(QDir(folder).filePath(p.file)); !program.isFile())
                c.error(keyPath(path, QStringLiteral("file")),
                        program.exists()
                            ? QCoreApplication::translate("LessonReader",
                                                          "%1 is not a regular file (a device, a pipe or a "
                                                          "folder); the program must be a normal file")
                                  .arg(p.file)
                            : QCoreApplication::translate("LessonReader",
                                                          "missing program: %1 is not in the lesson folder")
                                  .arg(p.file));
            else if (!insideFolder(folder, p.file))
                // A link to a file elsewhere would show and run that file: a shared lesson must not reach
                // outside its folder.
                c.error(keyPath(path, QStringLiteral("file")),
                        QCoreApplication::translate(
                            "LessonReader",
                            "%1 is a link to a file outside the lesson folder; copy the program "
                            "into the folder instead")
                            .arg(p.file));
        }
        result.programs.append(p);
    }
    if (root.contains(QStringLiteral("programs")) && !result.program(QStringLiteral("main")))
        c.error(QStringLiteral("programs"),
                QCoreApplication::translate("LessonReader", "no program with the id \"main\""));
    if (bool(result.program(QStringLiteral("pitfall"))) != bool(result.program(QStringLiteral("fixed"))))
        c.error(QStringLiteral("programs"),
                QCoreApplication::translate("LessonReader",
                                            "a contrast lesson needs both \"pitfall\" and \"fixed\""));

    // parameters
    QSet<QString> names;
    const QJsonArray parameters = c.array(root, QString(), QStringLiteral("parameters"));
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const QString path = itemPath(QStringLiteral("parameters"), i);
        const QJsonObject o =
            c.object(parameters.at(i), path, QCoreApplication::translate("LessonReader", "a parameter"));
        if (o.isEmpty())
            continue;
        LessonParameter p = readParameter(c, o, path);
        c.uniqueId(&names, p.name, keyPath(path, QStringLiteral("name")), QStringLiteral("parameter"));
        result.parameters.append(p);
    }

    // sections
    QSet<QString> sectionIds;
    const QJsonArray sections = c.array(root, QString(), QStringLiteral("sections"));
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString path = itemPath(QStringLiteral("sections"), i);
        const QJsonObject o =
            c.object(sections.at(i), path, QCoreApplication::translate("LessonReader", "a section"));
        if (o.isEmpty())
            continue;
        c.keys(o, path,
               {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("title"), QStringLiteral("text")},
               {QStringLiteral("program"), QStringLiteral("shows")});
        LessonSection s;
        s.id = c.string(o, path, QStringLiteral("id"));
        c.uniqueId(&sectionIds, s.id, keyPath(path, QStringLiteral("id")),
                   QCoreApplication::translate("LessonReader", "section id"));
        if (o.contains(QStringLiteral("program")))
            s.program = c.string(o, path, QStringLiteral("program"));
        if (!result.program(s.program) && !result.programs.isEmpty())
            c.error(
                keyPath(path, QStringLiteral("program")),
                QCoreApplication::translate("LessonReader", "no program with the id \"%1\"").arg(s.program));
        if (o.contains(QStringLiteral("at")))
            s.at = readMoment(c, o.value(QStringLiteral("at")), keyPath(path, QStringLiteral("at")));
        s.title = c.string(o, path, QStringLiteral("title"));
        s.text = c.string(o, path, QStringLiteral("text"));
        if (o.contains(QStringLiteral("shows"))) {
            const QString showsPath = keyPath(path, QStringLiteral("shows"));
            const QJsonValue shows = o.value(QStringLiteral("shows"));
            if (!shows.isArray())
                c.error(showsPath, QCoreApplication::translate("LessonReader", "expected a list of strings"));
            for (const QJsonValue &fact : shows.toArray()) {
                if (!fact.isString() || fact.toString().trimmed().isEmpty())
                    c.error(showsPath, QCoreApplication::translate("LessonReader",
                                                                   "expected a list of non-empty strings"));
                else
                    s.shows << fact.toString();
            }
        }
        result.sections.append(s);
    }
    if (root.contains(QStringLiteral("sections")) && result.sections.isEmpty())
        c.error(QStringLiteral("sections"),
                QCoreApplication::translate("LessonReader", "give at least one section of explanation"));

    // questions
    QSet<QString> questionIds;
    const QJsonArray questions = c.array(root, QString(), QStringLiteral("questions"));
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QString path = itemPath(QStringLiteral("questions"), i);
        const QJsonObject o =
            c.object(questions.at(i), path, QCoreApplication::translate("LessonReader", "a question"));
        if (o.isEmpty())
            continue;
        LessonQuestion q = readQuestion(c, o, path);
        c.uniqueId(&questionIds, q.id, keyPath(path, QStringLiteral("id")),
                   QCoreApplication::translate("LessonReader", "question id"));
        if (!result.program(q.program) && !result.programs.isEmpty())
            c.error(
                keyPath(path, QStringLiteral("program")),
                QCoreApplication::translate("LessonReader", "no program with the id \"%1\"").arg(q.program));
        result.questions.append(q);
    }

    // The markers inside the programs (and their C++ twins) must agree with the parameters.
    QSet<QString> marked;
    bool allRead = true; // a missing program is reported already; don't blame its parameters too
    for (const LessonProgram &p : std::as_const(result.programs)) {
        QStringList files{p.file};
        const QString cpp = result.cppPath(p.id);
        if (!cpp.isEmpty())
            files.append(QFileInfo(cpp).fileName());
        for (const QString &name : files) {
            const std::optional<QByteArray> program =
                name.isEmpty()
                    ? std::nullopt
                    : readRegularFile(QDir(folder).filePath(name), FileReadLimits::Program, nullptr);
            if (!program) {
                allRead = false;
                continue;
            }
            checkMarkers(QDir(folder).filePath(name), QString::fromUtf8(*program), result, problems, &marked);
        }
    }
    for (qsizetype i = 0; i < result.parameters.size(); ++i) {
        const LessonParameter &p = result.parameters.at(i);
        if (allRead && !p.name.isEmpty() && !marked.contains(p.name))
            c.error(keyPath(itemPath(QStringLiteral("parameters"), i), QStringLiteral("name")),
                    QCoreApplication::translate(
                        "LessonReader",
                        "parameter \"%1\" is not marked in any program: end the line that sets it "
                        "with `# param: %1`")
                        .arg(p.name));
    }

    // Translations beside the lesson.
    const QStringList translations =
        QDir(folder).entryList({QStringLiteral("lesson.*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : translations)
        LessonTranslation::check(QDir(folder).filePath(name), result, problems);

    *lesson = result;
    return problems->size() == problemsBefore;
}

} // namespace awaitscope
