#include "lessons/lessontranslation.h"
#include "io/userfile.h"

#include "lessons/jsonlineindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace awaitscope {

namespace {

// Walks a translation object and either reports problems or applies the strings, so that both
// follow exactly the same rules.
class Walker
{
public:
    Walker(QString file, const QByteArray &text, LessonProblems *problems)
        : m_file(std::move(file))
        , m_index(text)
        , m_problems(problems)
    {
    }

    void error(const QString &path, const QString &message)
    {
        if (m_problems)
            m_problems->append({m_file, m_index.line(path), message});
    }

    // Sets *target when `value` is a non-empty string.
    void text(const QJsonValue &value, const QString &path, QString *target)
    {
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            error(path, QCoreApplication::translate("LessonTranslation",
                                                    "a translation must be a non-empty string"));
            return;
        }
        *target = value.toString();
    }

    QJsonObject object(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            error(path,
                  QCoreApplication::translate("LessonTranslation", "must be an object { ... } keyed by id"));
            return QJsonObject();
        }
        return value.toObject();
    }

    void walk(const QJsonObject &root, Lesson *lesson)
    {
        static const QStringList allowed = {
            QStringLiteral("format"),    QStringLiteral("language"),   QStringLiteral("title"),
            QStringLiteral("summary"),   QStringLiteral("programs"),   QStringLiteral("sections"),
            QStringLiteral("takeaways"), QStringLiteral("parameters"), QStringLiteral("questions")};
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            if (!allowed.contains(it.key()))
                error(it.key(),
                      QCoreApplication::translate("LessonTranslation", "unknown key \"%1\" in a translation")
                          .arg(it.key()));
        }
        if (root.value(QStringLiteral("format")).toDouble() != Lesson::FormatVersion)
            error(QStringLiteral("format"),
                  QCoreApplication::translate("LessonTranslation", "\"format\" must be %1")
                      .arg(Lesson::FormatVersion));
        if (root.contains(QStringLiteral("title")))
            text(root.value(QStringLiteral("title")), QStringLiteral("title"), &lesson->title);
        if (root.contains(QStringLiteral("summary")))
            text(root.value(QStringLiteral("summary")), QStringLiteral("summary"), &lesson->summary);

        const QJsonObject programs =
            object(root.value(QStringLiteral("programs")), QStringLiteral("programs"));
        for (auto it = programs.constBegin(); it != programs.constEnd(); ++it) {
            const QString path = QStringLiteral("programs.") + it.key();
            LessonProgram *p = find(lesson->programs, it.key(), [](const LessonProgram &x) { return x.id; });
            if (!p) {
                error(path,
                      QCoreApplication::translate("LessonTranslation", "lesson.json has no program \"%1\"")
                          .arg(it.key()));
                continue;
            }
            const QJsonObject o = object(it.value(), path);
            expectOnly(o, path, {QStringLiteral("label")});
            if (o.contains(QStringLiteral("label")))
                text(o.value(QStringLiteral("label")), path + QStringLiteral(".label"), &p->label);
        }

        const QJsonObject sections =
            object(root.value(QStringLiteral("sections")), QStringLiteral("sections"));
        for (auto it = sections.constBegin(); it != sections.constEnd(); ++it) {
            const QString path = QStringLiteral("sections.") + it.key();
            LessonSection *s = find(lesson->sections, it.key(), [](const LessonSection &x) { return x.id; });
            if (!s) {
                error(path,
                      QCoreApplication::translate("LessonTranslation", "lesson.json has no section \"%1\"")
                          .arg(it.key()));
                continue;
            }
            const QJsonObject o = object(it.value(), path);
            expectOnly(o, path, {QStringLiteral("title"), QStringLiteral("text")});
            if (o.contains(QStringLiteral("title")))
                text(o.value(QStringLiteral("title")), path + QStringLiteral(".title"), &s->title);
            if (o.contains(QStringLiteral("text")))
                text(o.value(QStringLiteral("text")), path + QStringLiteral(".text"), &s->text);
        }

        if (root.contains(QStringLiteral("takeaways"))) {
            const QJsonArray takeaways = root.value(QStringLiteral("takeaways")).toArray();
            if (!root.value(QStringLiteral("takeaways")).isArray() ||
                takeaways.size() != lesson->takeaways.size()) {
                error(QStringLiteral("takeaways"),
                      QCoreApplication::translate("LessonTranslation",
                                                  "\"takeaways\" must list %1 translations, one per takeaway")
                          .arg(lesson->takeaways.size()));
            } else {
                for (qsizetype i = 0; i < takeaways.size(); ++i)
                    text(takeaways.at(i), QStringLiteral("takeaways[%1]").arg(i), &lesson->takeaways[i]);
            }
        }

        const QJsonObject parameters =
            object(root.value(QStringLiteral("parameters")), QStringLiteral("parameters"));
        for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
            const QString path = QStringLiteral("parameters.") + it.key();
            LessonParameter *p =
                find(lesson->parameters, it.key(), [](const LessonParameter &x) { return x.name; });
            if (!p) {
                error(path,
                      QCoreApplication::translate("LessonTranslation", "lesson.json has no parameter \"%1\"")
                          .arg(it.key()));
                continue;
            }
            const QJsonObject o = object(it.value(), path);
            expectOnly(o, path, {QStringLiteral("label")});
            if (o.contains(QStringLiteral("label")))
                text(o.value(QStringLiteral("label")), path + QStringLiteral(".label"), &p->label);
        }

        const QJsonObject questions =
            object(root.value(QStringLiteral("questions")), QStringLiteral("questions"));
        for (auto it = questions.constBegin(); it != questions.constEnd(); ++it) {
            const QString path = QStringLiteral("questions.") + it.key();
            LessonQuestion *q =
                find(lesson->questions, it.key(), [](const LessonQuestion &x) { return x.id; });
            if (!q) {
                error(path,
                      QCoreApplication::translate("LessonTranslation", "lesson.json has no question \"%1\"")
                          .arg(it.key()));
                continue;
            }
            const QJsonObject o = object(it.value(), path);
            expectOnly(o, path,
                       {QStringLiteral("prompt"), QStringLiteral("explanation"), QStringLiteral("options")});
            if (o.contains(QStringLiteral("prompt")))
                text(o.value(QStringLiteral("prompt")), path + QStringLiteral(".prompt"), &q->prompt);
            if (o.contains(QStringLiteral("explanation")))
                text(o.value(QStringLiteral("explanation")), path + QStringLiteral(".explanation"),
                     &q->explanation);
            // A question whose options are all code (their text is their value) has nothing to translate.
            const QJsonObject options =
                o.contains(QStringLiteral("options"))
                    ? object(o.value(QStringLiteral("options")), path + QStringLiteral(".options"))
                    : QJsonObject();
            for (auto opt = options.constBegin(); opt != options.constEnd(); ++opt) {
                LessonOption *option =
                    find(q->options, opt.key(), [](const LessonOption &x) { return x.value; });
                if (!option)
                    error(path + QStringLiteral(".options.") + opt.key(),
                          QCoreApplication::translate("LessonTranslation",
                                                      "question \"%1\" has no option \"%2\"")
                              .arg(q->id, opt.key()));
                else
                    text(opt.value(), path + QStringLiteral(".options.") + opt.key(), &option->text);
            }
        }
    }

private:
    template<typename T, typename Key> static T *find(QList<T> &items, const QString &id, Key key)
    {
        for (T &item : items) {
            if (key(item) == id)
                return &item;
        }
        return nullptr;
    }

    void expectOnly(const QJsonObject &o, const QString &path, const QStringList &keys)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                error(path + QLatin1Char('.') + it.key(),
                      QCoreApplication::translate("LessonTranslation",
                                                  "unknown key \"%1\" (translatable here: %2)")
                          .arg(it.key(), keys.join(QStringLiteral(", "))));
        }
    }

    QString m_file;
    JsonLineIndex m_index;
    LessonProblems *m_problems;
};

// Missing optional parts of a translation are fine: treat "absent" as an empty object.
QJsonObject withDefaults(QJsonObject root)
{
    for (const QString &key : {QStringLiteral("programs"), QStringLiteral("sections"),
                               QStringLiteral("parameters"), QStringLiteral("questions")}) {
        if (!root.contains(key))
            root.insert(key, QJsonObject());
    }
    return root;
}

bool parse(const QString &file, QByteArray *text, QJsonObject *root, LessonProblems *problems)
{
    QString readError;
    const std::optional<QByteArray> bytes = readRegularFile(file, FileReadLimits::Document, &readError);
    if (!bytes) {
        if (problems)
            problems->append({file, 0, readError});
        return false;
    }
    *text = *bytes;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        if (problems)
            problems->append({file, JsonLineIndex::lineAtOffset(*text, error.offset),
                              error.error != QJsonParseError::NoError
                                  ? QCoreApplication::translate("LessonTranslation", "not valid JSON: %1")
                                        .arg(error.errorString())
                                  : QCoreApplication::translate(
                                        "LessonTranslation", "a translation must hold an object { ... }")});
        return false;
    }
    *root = doc.object();
    return true;
}

QString languageOfFile(const QString &file)
{
    static const QRegularExpression pattern(QStringLiteral("^lesson\\.([a-z]{2,3}(_[A-Z]{2})?)\\.json$"));
    const QRegularExpressionMatch m = pattern.match(QFileInfo(file).fileName());
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

void LessonTranslation::check(const QString &file, const Lesson &lesson, LessonProblems *problems)
{
    const QString language = languageOfFile(file);
    if (language.isEmpty()) {
        problems->append(
            {file, 0,
             QCoreApplication::translate("LessonTranslation",
                                         "a translation is named lesson.LANG.json, LANG like de or pt_BR")});
        return;
    }
    QByteArray text;
    QJsonObject root;
    if (!parse(file, &text, &root, problems))
        return;
    Walker walker(file, text, problems);
    if (root.value(QStringLiteral("language")).toString() != language)
        walker.error(QStringLiteral("language"),
                     QCoreApplication::translate("LessonTranslation",
                                                 "\"language\" must be \"%1\", as in the file name")
                         .arg(language));
    Lesson copy = lesson;
    walker.walk(withDefaults(root), &copy);
}

Lesson LessonTranslation::translated(const Lesson &lesson, const QString &language)
{
    const QString file = QDir(lesson.folder).filePath(QStringLiteral("lesson.%1.json").arg(language));
    QByteArray text;
    QJsonObject root;
    if (!QFileInfo::exists(file) || !parse(file, &text, &root, nullptr))
        return lesson;
    LessonProblems problems;
    Walker checker(file, text, &problems);
    Lesson result = lesson;
    checker.walk(withDefaults(root), &result);
    return problems.isEmpty() ? result : lesson;
}

QStringList LessonTranslation::languages(const Lesson &lesson)
{
    QStringList result;
    const QStringList files =
        QDir(lesson.folder).entryList({QStringLiteral("lesson.*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const QString language = languageOfFile(f);
        if (!language.isEmpty())
            result.append(language);
    }
    return result;
}

} // namespace awaitscope
