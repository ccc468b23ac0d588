#include "lessons/lessonprogress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
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
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("LessonProgress", "%1: cannot read: %2")
                         .arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        root.value(QStringLiteral("format")).toInt() != ProgressFormat) {
        if (error)
            *error = QCoreApplication::translate(
                         "LessonProgress", "%1: not a progress file Awaitscope can read; starting afresh")
                         .arg(m_path);
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

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("LessonProgress", "%1: cannot create the folder")
                         .arg(info.absolutePath());
        return false;
    }
    // QSaveFile writes beside the target and renames on commit: the old file survives any failure.
    // Unbuffered, so that a short write (a full disk) shows here: Qt 6.4's buffered flush takes a partial
    // write for success and would commit half a file.
    QSaveFile file(m_path);
    const QByteArray bytes = QJsonDocument(root).toJson();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("LessonProgress", "%1: cannot save: %2")
                         .arg(m_path, file.error() == QFileDevice::NoError || file.errorString().isEmpty()
                                          ? QCoreApplication::translate(
                                                "LessonProgress", "the disk is full or the file is too large")
                                          : file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
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
