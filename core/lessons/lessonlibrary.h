#pragma once

#include "lessons/lesson.h"
#include "lessons/lessonproblem.h"

#include <QList>
#include <QString>

namespace awaitscope {

// Every lesson the app offers: the built-in ones and those in the user's lessons folder. A broken
// lesson is left out and its problems are kept for display; it never stops the others from loading.
class LessonLibrary
{
public:
    // `builtInRoot` and `userRoot` are folders of lesson folders; either may be empty or missing.
    void load(const QString &builtInRoot, const QString &userRoot = QString());

    // Adds, for this session, what the command line or a file manager opened: a lesson folder, a folder
    // of lessons, or one Python program (FILE.py) shown as a lesson of its own (one program, no text). They
    // come before the others, so an opened copy of a lesson wins over the one with the same id (which is
    // then listed among the problems), and they stay across load(). Returns the id of the first lesson
    // found there, or an empty string with `problems` saying why.
    QString open(const QString &path, LessonProblems *problems);
    // Whether `lesson` is a single program opened with open().
    static bool isProgramLesson(const Lesson &lesson);

    const QList<Lesson> &lessons() const { return m_lessons; } // by order, then id
    const LessonProblems &problems() const { return m_problems; }
    const Lesson *lesson(const QString &id) const;

    // Shows every lesson in `language` where it has a `lesson.LANG.json` (docs/lesson-format.md); "en"
    // or empty gives the English text back. Kept across load(). Pointers from lesson() become invalid.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    // Where teachers put their own lessons unless the settings say otherwise.
    static QString defaultUserFolder();
    // The lesson folders in `root` (sorted); `root` itself when it is one lesson.
    static QStringList lessonFolders(const QString &root);

private:
    void loadRoot(const QString &root, bool builtIn);
    void loadOpened(const QString &path);

    QString m_builtInRoot;
    QString m_userRoot;
    QStringList m_opened; // absolute paths, in the order they were opened

    QList<Lesson> m_lessons;
    QList<Lesson> m_english; // m_lessons before translation
    QString m_language;
    LessonProblems m_problems;
};

} // namespace awaitscope
