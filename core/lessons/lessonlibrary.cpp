#include "lessons/lessonlibrary.h"
#include "io/userfile.h"

#include "lessons/jsonlineindex.h"
#include "lessons/lessonreader.h"
#include "lessons/lessontranslation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace awaitscope {

namespace {

const QString programLessonPrefix = QStringLiteral("file:");

// A single program as a lesson: its id is stable for its path and cannot clash with a lesson folder's id
// (LessonReader::isValidId allows no colon).
Lesson programLesson(const QString &path)
{
    const QFileInfo info(path);
    Lesson lesson;
    lesson.folder = info.absolutePath();
    const QByteArray hash =
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    lesson.id = programLessonPrefix + QString::fromLatin1(hash);
    lesson.title = info.fileName();
    lesson.summary = QDir::toNativeSeparators(info.absoluteFilePath());
    lesson.programs = {{QStringLiteral("main"), info.fileName(), info.fileName()}};
    return lesson;
}

} // namespace

bool LessonLibrary::isProgramLesson(const Lesson &lesson)
{
    return lesson.id.startsWith(programLessonPrefix);
}

QString LessonLibrary::open(const QString &path, LessonProblems *problems)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.isFile() && info.suffix().compare(u"py", Qt::CaseInsensitive) == 0) {
        if (!info.isReadable()) {
            problems->append({path, 0, QCoreApplication::translate("LessonLibrary", "cannot be read")});
            return {};
        }
        if (!m_opened.contains(absolute))
            m_opened.append(absolute);
        load(m_builtInRoot, m_userRoot);
        return programLesson(absolute).id;
    }
    if (!info.isDir()) {
        problems->append({path, 0,
                          QCoreApplication::translate("LessonLibrary",
                                                      "is neither a lesson folder nor a Python program")});
        return {};
    }
    QString first;
    for (const QString &folder : lessonFolders(absolute)) {
        Lesson lesson;
        if (LessonReader::read(folder, &lesson, problems) && first.isEmpty())
            first = lesson.id;
    }
    if (first.isEmpty()) {
        if (problems->isEmpty())
            problems->append({path, 0, QCoreApplication::translate("LessonLibrary", "holds no lesson")});
        return {};
    }
    if (!m_opened.contains(absolute))
        m_opened.append(absolute);
    load(m_builtInRoot, m_userRoot);
    return first;
}

void LessonLibrary::loadOpened(const QString &path)
{
    if (QFileInfo(path).isFile()) {
        if (!lesson(programLesson(path).id))
            m_lessons.append(programLesson(path));
        return;
    }
    loadRoot(path, false);
}

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
    m_builtInRoot = builtInRoot;
    m_userRoot = userRoot;
    m_lessons.clear();
    m_problems.clear();
    for (const QString &path : std::as_const(m_opened))
        loadOpened(path);
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
        const auto other = std::find_if(m_lessons.begin(), m_lessons.end(),
                                        [&](const Lesson &l) { return l.id == lesson.id; });
        if (other != m_lessons.end()) {
            // The same folder, opened before it was found here: one lesson, not a clash.
            if (QFileInfo(other->folder).canonicalFilePath() == QFileInfo(folder).canonicalFilePath()) {
                other->builtIn = builtIn;
                continue;
            }
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
