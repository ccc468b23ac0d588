// A lesson folder (shared by a teacher, on a USB stick) can only name programs inside itself: a path
// that climbs out, an absolute path or a link to a file elsewhere is refused with a message that says
// what to do, and the lesson does not load.
#include "lessons/lessonreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace awaitscope;

namespace {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(AWAITSCOPE_SOURCE_DIR)).filePath(relative);
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

// A copy of the built-in "gather" lesson whose main program's "file" is `file`.
bool makeLesson(const QString &folder, const QString &file)
{
    const QDir source(sourcePath(QStringLiteral("lessons/gather")));
    for (const QString &name : source.entryList(QDir::Files))
        if (!copyFile(source.filePath(name), QDir(folder).filePath(name)))
            return false;
    QFile json(QDir(folder).filePath(QStringLiteral("lesson.json")));
    if (!json.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    json.close();
    QJsonArray programs = root.value(QStringLiteral("programs")).toArray();
    QJsonObject main = programs.at(0).toObject();
    main.insert(QStringLiteral("file"), file);
    programs.replace(0, main);
    root.insert(QStringLiteral("programs"), programs);
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return json.write(QJsonDocument(root).toJson()) > 0;
}

QString problemText(const LessonProblems &problems)
{
    QStringList lines;
    for (const LessonProblem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

} // namespace

class TestLessonSecurity : public QObject
{
    Q_OBJECT

private slots:
    void programOutsideTheFolderIsRefused_data()
    {
        QTest::addColumn<QString>("file"); // the "file" of the main program ({outside} = a file elsewhere)
        QTest::addColumn<QString>("linkName"); // a link of that name to {outside}, or none
        QTest::addColumn<QString>("message");

        const QString inside = QStringLiteral("\"file\" must be a .py file inside the lesson folder");
        QTest::newRow("climbs out with ../") << QStringLiteral("../outside.py") << QString() << inside;
        QTest::newRow("climbs out in the middle")
            << QStringLiteral("sub/../../outside.py") << QString() << inside;
        QTest::newRow("absolute path") << QStringLiteral("{outside}") << QString() << inside;
        QTest::newRow("backslashes") << QStringLiteral("..\\outside.py") << QString() << inside;
        QTest::newRow("not a Python file") << QStringLiteral("lesson.json") << QString() << inside;
        QTest::newRow("link to a file outside")
            << QStringLiteral("link.py") << QStringLiteral("link.py")
            << QStringLiteral(
                   "link.py is a link to a file outside the lesson folder; copy the program into the "
                   "folder instead");
    }

    void programOutsideTheFolderIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, linkName);
        QFETCH(QString, message);

        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(QDir(root.path()).mkdir(QStringLiteral("gather"))); // the folder is named after the lesson
        const QString folder = root.filePath(QStringLiteral("gather"));
        // The file a hostile lesson points at: a valid program, so only the place is wrong.
        const QString outside = root.filePath(QStringLiteral("outside.py"));
        QVERIFY(copyFile(sourcePath(QStringLiteral("lessons/gather/main.py")), outside));
        if (!linkName.isEmpty())
            QVERIFY(QFile::link(outside, QDir(folder).filePath(linkName)));
        file.replace(QStringLiteral("{outside}"), outside);
        QVERIFY(makeLesson(folder, file));

        Lesson lesson;
        LessonProblems problems;
        QVERIFY2(!LessonReader::read(folder, &lesson, &problems), "the lesson loaded");
        const QString text = problemText(problems);
        QVERIFY2(text.contains(message), qPrintable(text));
        // Located like a compiler error: the lesson file and the line of the "file" key.
        QVERIFY2(!problems.isEmpty() && problems.first().file.endsWith(u"lesson.json") &&
                     problems.first().line > 0,
                 qPrintable(text));
    }

    // The same lesson with its program inside, even through a link inside the folder, loads.
    void programInsideTheFolderLoads_data()
    {
        QTest::addColumn<bool>("throughLink");
        QTest::newRow("plain file") << false;
        QTest::newRow("link to a file of the folder") << true;
    }

    void programInsideTheFolderLoads()
    {
        QFETCH(bool, throughLink);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(QDir(root.path()).mkdir(QStringLiteral("gather")));
        const QString folder = root.filePath(QStringLiteral("gather"));
        QVERIFY(makeLesson(folder, throughLink ? QStringLiteral("alias.py") : QStringLiteral("main.py")));
        if (throughLink)
            QVERIFY(QFile::link(QDir(folder).filePath(QStringLiteral("main.py")),
                                QDir(folder).filePath(QStringLiteral("alias.py"))));
        Lesson lesson;
        LessonProblems problems;
        QVERIFY2(LessonReader::read(folder, &lesson, &problems), qPrintable(problemText(problems)));
    }
};

QTEST_GUILESS_MAIN(TestLessonSecurity)
#include "tst_lessonsecurity.moc"
