#pragma once

#include <QHash>
#include <QString>

namespace awaitscope {

// What a learner has done: lessons seen and questions answered. Kept as a small JSON file that is
// replaced atomically on save, so a crash or a full disk never leaves half a file behind.
class LessonProgress
{
public:
    struct Answer
    {
        QString response; // what the learner gave last (a number or an option's value)
        bool correct = false;
        int attempts = 0;
    };

    explicit LessonProgress(QString path);

    // progress.json in the platform's app-data folder (needs the application name to be set).
    static QString defaultPath();

    const QString &path() const { return m_path; }

    // A missing file is an empty progress, not an error. A damaged file is moved aside as progress.json.bak
    // (the progress starts empty; `error` says so). A file from a newer version is left alone: the progress
    // starts empty and save() refuses to write over it. Either way load returns false and says why.
    bool load(QString *error);
    bool save(QString *error) const;

    void markSeen(const QString &lessonId);
    bool isSeen(const QString &lessonId) const;
    void recordAnswer(const QString &lessonId, const QString &questionId, const QString &response,
                      bool correct);
    // nullptr when the question has not been answered.
    const Answer *answer(const QString &lessonId, const QString &questionId) const;
    int answeredCount(const QString &lessonId) const;
    int correctCount(const QString &lessonId) const;
    void forget(const QString &lessonId);
    void clear();

private:
    struct LessonState
    {
        bool seen = false;
        QHash<QString, Answer> answers;
    };

    QString m_path;
    QHash<QString, LessonState> m_lessons;
    QString m_saveBlocked; // why save() must not write (a newer format, an unreadable file left in place)
};

} // namespace awaitscope
