#include "lessons/lessonlibrary.h"
#include "io/userfile.h"

#include "lessons/jsonlineindex.h"
#include "lessons/lessonreader.h"
#include "lessons/lessontranslation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace awaitscope {

QString LessonLibrary::defaultUserFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("lessons"));
}

QStringList LessonLibrary::lessonFolders(const QString &root)
{
    if (root.isEmpty())
        return {};
    const QDir dir(root);
    if (QFileInfo::exists(dir.filePath(QStringLiteral("lesson.json"))))
        return {root};
    QStringList folders;
    const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names)
        folders.append(dir.filePath(name));
    return folders;
}

void LessonLibrary::load(const QString &builtInRoot, const QString &userRoot)
{
    m_lessons.clear();
    m_problems.clear();
    loadRoot(builtInRoot, true);
    loadRoot(userRoot, false);
    std::stable_sort(m_lessons.begin(), m_lessons.end(), [](const Lesson &a, const Lesson &b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    m_english = m_lessons;
    setLanguage(m_language);
}

void LessonLibrary::setLanguage(const QString &language)
{
    m_language = language;
    m_lessons = m_english;
    if (language.isEmpty() || language == u"en")
        return;
    for (Lesson &lesson : m_lessons)
        lesson = LessonTranslation::translated(lesson, language);
}

void LessonLibrary::loadRoot(const QString &root, bool builtIn)
{
    if (root.isEmpty() || !QFileInfo(root).isDir())
        return; // a user folder that does not exist yet simply has no lessons
    const QStringList folders = lessonFolders(root);
    for (const QString &folder : folders) {
        Lesson lesson;
        LessonProblems problems;
        if (!LessonReader::read(folder, &lesson, &problems)) {
            m_problems.append(problems);
            continue;
        }
        if (const Lesson *other = this->lesson(lesson.id)) {
            const QString file = QDir(folder).filePath(QStringLiteral("lesson.json"));
            const QByteArray text =
                readRegularFile(file, FileReadLimits::Document, nullptr).value_or(QByteArray());
            m_problems.append({file, JsonLineIndex(text).line(QStringLiteral("id")),
                               QCoreApplication::translate(
                                   "LessonLibrary",
                                   "the id \"%1\" is already used by %2; choose another id (and folder name)")
                                   .arg(lesson.id, QDir::toNativeSeparators(other->folder))});
            continue;
        }
        lesson.builtIn = builtIn;
        m_lessons.append(lesson);
    }
}

const Lesson *LessonLibrary::lesson(const QString &id) const
{
    for (const Lesson &l : m_lessons) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

} // namespace awaitscope
