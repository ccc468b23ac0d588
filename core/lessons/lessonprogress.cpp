#include "lessons/lessonprogress.h"

#include "io/userfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace awaitscope {

namespace {
constexpr int ProgressFormat = 1;
}

LessonProgress::LessonProgress(QString path)
    : m_path(std::move(path))
{
}

QString LessonProgress::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("progress.json"));
}

bool LessonProgress::load(QString *error)
{
    m_lessons.clear();
    m_saveBlocked.clear();
    if (!QFileInfo(m_path).exists() && !QFileInfo(m_path).isSymLink())
        return true;
    QString readError;
    const std::optional<QByteArray> bytes = readRegularFile(m_path, FileReadLimits::Document, &readError);
    QJsonParseError parseError{};
    const QJsonDocument doc = bytes ? QJsonDocument::fromJson(*bytes, &parseError) : QJsonDocument();
    const QJsonObject root = doc.object();
    const int format = root.value(QStringLiteral("format")).toInt();
    if (bytes && parseError.error == QJsonParseError::NoError && doc.isObject() && format > ProgressFormat) {
        // Written by a newer Awaitscope: read nothing, and never write over it with an older format.
        m_saveBlocked =
            QCoreApplication::translate("LessonProgress",
                                        "%1 was written by a newer version of Awaitscope (format %2); "
                                        "this version does not change it, so progress made now is not kept")
                .arg(m_path)
                .arg(format);
        if (error)
            *error = m_saveBlocked;
        return false;
    }
    if (!bytes || parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        format != ProgressFormat) {
        // Unreadable: move it aside so that nothing is lost, and start afresh.
        const QString reason = bytes ? QCoreApplication::translate(
                                           "LessonProgress", "%1 is not a progress file Awaitscope can read")
                                           .arg(m_path)
                                     : readError;
        const QString backup = keepBackup(m_path);
        if (backup.isEmpty()) {
            m_saveBlocked = QCoreApplication::translate(
                                "LessonProgress", "%1; it could not be moved aside, so progress made now "
                                                  "is not saved over it")
                                .arg(reason);
            if (error)
                *error = m_saveBlocked;
        } else if (error) {
            *error = QCoreApplication::translate("LessonProgress", "%1; it was kept as %2, starting afresh")
                         .arg(reason, backup);
        }
        return false;
    }
    const QJsonObject lessons = root.value(QStringLiteral("lessons")).toObject();
    for (auto it = lessons.constBegin(); it != lessons.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        LessonState state;
        state.seen = o.value(QStringLiteral("seen")).toBool();
        const QJsonObject answers = o.value(QStringLiteral("questions")).toObject();
        for (auto a = answers.constBegin(); a != answers.constEnd(); ++a) {
            const QJsonObject q = a.value().toObject();
            Answer answer;
            answer.response = q.value(QStringLiteral("response")).toString();
            answer.correct = q.value(QStringLiteral("correct")).toBool();
            answer.attempts = q.value(QStringLiteral("attempts")).toInt();
            state.answers.insert(a.key(), answer);
        }
        m_lessons.insert(it.key(), state);
    }
    return true;
}

bool LessonProgress::save(QString *error) const
{
    QJsonObject lessons;
    for (auto it = m_lessons.constBegin(); it != m_lessons.constEnd(); ++it) {
        QJsonObject answers;
        for (auto a = it->answers.constBegin(); a != it->answers.constEnd(); ++a) {
            answers.insert(a.key(), QJsonObject{{QStringLiteral("response"), a->response},
                                                {QStringLiteral("correct"), a->correct},
                                                {QStringLiteral("attempts"), a->attempts}});
        }
        lessons.insert(it.key(), QJsonObject{{QStringLiteral("seen"), it->seen},
                                             {QStringLiteral("questions"), answers}});
    }
    const QJsonObject root{{QStringLiteral("format"), ProgressFormat}, {QStringLiteral("lessons"), lessons}};

    if (!m_saveBlocked.isEmpty()) {
        if (error)
            *error = m_saveBlocked;
        return false;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("LessonProgress", "%1: cannot create the folder")
                         .arg(info.absolutePath());
        return false;
    }
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(), error);
}

void LessonProgress::markSeen(const QString &lessonId)
{
    m_lessons[lessonId].seen = true;
}

bool LessonProgress::isSeen(const QString &lessonId) const
{
    return m_lessons.value(lessonId).seen;
}

void LessonProgress::recordAnswer(const QString &lessonId, const QString &questionId, const QString &response,
                                  bool correct)
{
    Answer &answer = m_lessons[lessonId].answers[questionId];
    answer.response = response;
    answer.correct = correct;
    ++answer.attempts;
}

const LessonProgress::Answer *LessonProgress::answer(const QString &lessonId, const QString &questionId) const
{
    const auto lesson = m_lessons.constFind(lessonId);
    if (lesson == m_lessons.constEnd())
        return nullptr;
    const auto it = lesson->answers.constFind(questionId);
    return it == lesson->answers.constEnd() ? nullptr : &*it;
}

int LessonProgress::answeredCount(const QString &lessonId) const
{
    return int(m_lessons.value(lessonId).answers.size());
}

int LessonProgress::correctCount(const QString &lessonId) const
{
    int count = 0;
    const LessonState state = m_lessons.value(lessonId);
    for (const Answer &a : state.answers)
        count += a.correct ? 1 : 0;
    return count;
}

void LessonProgress::forget(const QString &lessonId)
{
    m_lessons.remove(lessonId);
}

void LessonProgress::clear()
{
    m_lessons.clear();
}

} // namespace awaitscope
