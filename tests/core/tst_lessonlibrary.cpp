// The built-in lessons load and check cleanly, their questions are answered by their recorded runs,
// and every broken lesson folder produces the message a teacher needs.
#include "lessons/answerevaluator.h"
#include "lessons/lessonchecker.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonreader.h"
#include "lessons/lessontranslation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace awaitscope;

namespace {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(AWAITSCOPE_SOURCE_DIR)).filePath(relative);
}

// From the simplest idea (create tasks before awaiting them) to the lessons that need the network.
const QStringList BuiltInIds = {
    QStringLiteral("concurrent-tasks"),  QStringLiteral("blocking-calls"), QStringLiteral("gather"),
    QStringLiteral("gather-exceptions"), QStringLiteral("as-completed"),   QStringLiteral("wait"),
    QStringLiteral("wrap-in-task"),      QStringLiteral("cancellation"),   QStringLiteral("taskgroup"),
    QStringLiteral("timeouts"),          QStringLiteral("sessions"),
};

QStringList problemLines(const LessonProblems &problems)
{
    QStringList lines;
    for (const LessonProblem &p : problems)
        lines.append(p.toString());
    return lines;
}

} // namespace

class TestLessonLibrary : public QObject
{
    Q_OBJECT
private slots:
    void libraryHasTheElevenLessonsInOrder();
    void builtInLessonValidates_data();
    void builtInLessonValidates();
    void expectedOutputsExist_data();
    void expectedOutputsExist();
    void expectedOutputsMatchCPython();
    void brokenLessonReportsProblem_data();
    void brokenLessonReportsProblem();
    void brokenUserLessonDoesNotStopOthers();
    void duplicateIdIsRefused();
    void checkCommandPassesForBuiltIns();
    void translationReplacesOnlyWhatItHas();
    void listerShowsLessonsAndProblems();
    void checkLessonsReports_data();
    void checkLessonsReports();
    void openedProgramIsALessonOfItsOwn();
    void openedFolderWinsOverTheBuiltInCopy();
    void openingTheBuiltInFolderIsNoClash();
    void openingNothingUsableSaysWhy_data();
    void openingNothingUsableSaysWhy();
};

void TestLessonLibrary::libraryHasTheElevenLessonsInOrder()
{
    LessonLibrary library;
    library.load(sourcePath(QStringLiteral("lessons")));
    QVERIFY2(library.problems().isEmpty(), qPrintable(problemLines(library.problems()).join(u'\n')));
    QStringList ids;
    for (const Lesson &l : library.lessons()) {
        ids.append(l.id);
        QVERIFY(l.builtIn);
        QCOMPARE(l.order, int(ids.size()));
    }
    QCOMPARE(ids, BuiltInIds);
}

void TestLessonLibrary::builtInLessonValidates_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : BuiltInIds)
        QTest::newRow(qPrintable(id)) << id;
}

void TestLessonLibrary::builtInLessonValidates()
{
    QFETCH(QString, id);
    const QString folder = sourcePath(QStringLiteral("lessons/") + id);
    Lesson lesson;
    LessonProblems problems;
    QVERIFY2(LessonReader::read(folder, &lesson, &problems), qPrintable(problemLines(problems).join(u'\n')));
    QCOMPARE(lesson.id, id);
    QVERIFY(lesson.program(QStringLiteral("main")));
    QVERIFY(!lesson.sections.isEmpty());
    QVERIFY(!lesson.takeaways.isEmpty());
    QVERIFY(!lesson.questions.isEmpty());

    // Every question is answered by the recorded run, and a choice has exactly one right option.
    const LessonProblems runProblems =
        checkLessonRuns(lesson, folder, [](const QString &path, RunOutcome *o, QString *e) {
            return RunOutcome::loadRecorded(path, o, e);
        });
    QVERIFY2(runProblems.isEmpty(), qPrintable(problemLines(runProblems).join(u'\n')));
    for (const LessonQuestion &q : lesson.questions) {
        RunOutcome outcome;
        QString error;
        QVERIFY2(RunOutcome::loadRecorded(lesson.programPath(q.program), &outcome, &error),
                 qPrintable(error));
        const ComputedAnswer answer = AnswerEvaluator::compute(q.answer, outcome);
        QVERIFY2(answer.ok, qPrintable(q.id + QStringLiteral(": ") + answer.error));
        if (q.kind == LessonQuestion::Kind::Choice) {
            const int right = AnswerEvaluator::correctOption(q, outcome, &error);
            QVERIFY2(right >= 0, qPrintable(q.id + QStringLiteral(": ") + error));
            QVERIFY(AnswerEvaluator::isCorrect(q, outcome, q.options.at(right).value));
            for (int i = 0; i < q.options.size(); ++i)
                QCOMPARE(AnswerEvaluator::isCorrect(q, outcome, q.options.at(i).value), i == right);
        } else {
            QVERIFY(answer.isNumber);
            QVERIFY(AnswerEvaluator::isCorrect(q, outcome, answer.text));
            QVERIFY(
                !AnswerEvaluator::isCorrect(q, outcome, QString::number(answer.number + q.tolerance + 1)));
        }
    }
}

void TestLessonLibrary::expectedOutputsExist_data()
{
    QTest::addColumn<QString>("program");
    for (const QString &id : BuiltInIds) {
        const QDir dir(sourcePath(QStringLiteral("lessons/") + id));
        for (const QString &py : dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(id + u'/' + py)) << dir.filePath(py);
    }
}

// Each program has the expected results the interpreter (and main.cpp) will be compared with. The
// HTTP programs' results are written by hand and must say so.
void TestLessonLibrary::expectedOutputsExist()
{
    QFETCH(QString, program);
    QFile source(program);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const bool usesAiohttp = source.readAll().contains("import aiohttp");
    RunOutcome outcome;
    QString error;
    QVERIFY2(RunOutcome::loadRecorded(program, &outcome, &error), qPrintable(error));
    QVERIFY(!outcome.stdoutLines.isEmpty());
    QCOMPARE(outcome.exitStatus, 0);
    QFile json(program.chopped(3) + QStringLiteral(".outcome.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(root.contains(QStringLiteral("note")), usesAiohttp);
    if (!usesAiohttp)
        QVERIFY(outcome.totalTime > 0);
}

// When CPython 3.11 is at hand, the committed results must be what it prints today. One call for all
// lessons: starting Python is the slow part.
void TestLessonLibrary::expectedOutputsMatchCPython()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    QProcess version;
    version.start(
        python, {QStringLiteral("-c"), QStringLiteral("import sys; print(sys.version_info[:2] == (3, 11))")});
    QVERIFY(version.waitForFinished(30000));
    if (!version.readAllStandardOutput().startsWith("True"))
        QSKIP("the expected results come from CPython 3.11; this python3 is another version");
    QStringList arguments{sourcePath(QStringLiteral("tests/tools/virtual_clock.py")), QStringLiteral("check"),
                          QStringLiteral("--outcome")};
    int programs = 0; // those CPython can run alone: not the HTTP ones
    for (const QString &id : BuiltInIds) {
        const QDir dir(sourcePath(QStringLiteral("lessons/") + id));
        arguments.append(dir.path());
        for (const QString &py : dir.entryList({QStringLiteral("*.py")}, QDir::Files)) {
            QFile f(dir.filePath(py));
            programs += f.open(QIODevice::ReadOnly) && !f.readAll().contains("import aiohttp") ? 1 : 0;
        }
    }
    QVERIFY(programs >= 11);
    QProcess p;
    p.start(python, arguments);
    QVERIFY(p.waitForFinished(180000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("checked %1 program(s), 0 difference(s)").arg(programs)),
             qPrintable(output));
}

void TestLessonLibrary::brokenLessonReportsProblem_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QStringList>("expected");
    const QDir root(sourcePath(QStringLiteral("tests/lessons/broken")));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 10);
    for (const QString &name : cases) {
        QFile expected(root.filePath(name + QStringLiteral("/expected.txt")));
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expected.fileName()));
        QStringList lines = QString::fromUtf8(expected.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QTest::newRow(qPrintable(name)) << root.filePath(name) << lines;
    }
}

// `awaitscope lessons --check` on each broken folder prints exactly the expected problems.
void TestLessonLibrary::brokenLessonReportsProblem()
{
    QFETCH(QString, folder);
    QFETCH(QStringList, expected);
    QString text;
    QTextStream out(&text);
    QCOMPARE(checkLessons(folder, out), 1);
    out.flush();
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty() && lines.last().startsWith(QStringLiteral("checked 1 lesson(s)")));
    lines.removeLast();
    for (QString &line : lines) {
        QVERIFY2(line.startsWith(folder + u'/'), qPrintable(line));
        line = line.mid(folder.size() + 1);
    }
    QCOMPARE(lines, expected);
}

void TestLessonLibrary::brokenUserLessonDoesNotStopOthers()
{
    LessonLibrary library;
    library.load(sourcePath(QStringLiteral("lessons")), sourcePath(QStringLiteral("tests/lessons/user")));
    QCOMPARE(library.lessons().size(), BuiltInIds.size() + 1);
    const Lesson *mine = library.lesson(QStringLiteral("my-first-lesson"));
    QVERIFY(mine);
    QVERIFY(!mine->builtIn);
    QCOMPARE(library.lessons().last().id, QStringLiteral("my-first-lesson")); // order 20
    QCOMPARE(library.problems().size(), 2);
    QVERIFY2(library.problems().at(0).toString().endsWith(QStringLiteral(
                 "typo-lesson/lesson.json:6: unknown key \"sumary\" (allowed here: format, id, order, "
                 "parameters, programs, questions, sections, summary, takeaways, title)")),
             qPrintable(library.problems().at(0).toString()));
    QVERIFY2(library.problems().at(1).toString().endsWith(
                 QStringLiteral("typo-lesson/lesson.json:1: missing key \"summary\"")),
             qPrintable(library.problems().at(1).toString()));
}

void TestLessonLibrary::duplicateIdIsRefused()
{
    LessonLibrary library;
    library.load(sourcePath(QStringLiteral("lessons")),
                 sourcePath(QStringLiteral("tests/lessons/duplicate")));
    QCOMPARE(library.lessons().size(), BuiltInIds.size());
    QVERIFY(library.lesson(QStringLiteral("gather"))->builtIn);
    QCOMPARE(library.problems().size(), 1);
    const QString message = library.problems().first().toString();
    QVERIFY2(message.contains(
                 QStringLiteral("duplicate/gather/lesson.json:3: the id \"gather\" is already used by")),
             qPrintable(message));
}

void TestLessonLibrary::checkCommandPassesForBuiltIns()
{
    QString text;
    QTextStream out(&text);
    QCOMPARE(checkLessons(sourcePath(QStringLiteral("lessons")), out), 0);
    out.flush();
    QCOMPARE(text, QStringLiteral("checked 11 lesson(s): 0 problem(s)\n"));
}

void TestLessonLibrary::translationReplacesOnlyWhatItHas()
{
    LessonLibrary library;
    library.load(QString(), sourcePath(QStringLiteral("tests/lessons/user")));
    const Lesson *english = library.lesson(QStringLiteral("my-first-lesson"));
    QVERIFY(english);
    QCOMPARE(LessonTranslation::languages(*english), QStringList{QStringLiteral("de")});
    const Lesson german = LessonTranslation::translated(*english, QStringLiteral("de"));
    QCOMPARE(german.title, QStringLiteral("Meine erste Lektion"));
    QCOMPARE(german.sections.at(0).text, QStringLiteral("Die Aufgabe schläft eine Sekunde."));
    QCOMPARE(german.sections.at(0).title, english->sections.at(0).title); // not translated: stays English
    QCOMPARE(german.questions.at(0).options.at(0).text, QStringLiteral("Nein")); // value "finished"
    QCOMPARE(german.questions.at(0).answer.from, english->questions.at(0).answer.from);
    // No file for that language: the lesson stays as it is.
    QCOMPARE(LessonTranslation::translated(*english, QStringLiteral("fr")).title, english->title);
}

void TestLessonLibrary::listerShowsLessonsAndProblems()
{
    QString text;
    QTextStream out(&text);
    QCOMPARE(listLessons(sourcePath(QStringLiteral("lessons")),
                         sourcePath(QStringLiteral("tests/lessons/user")), out),
             0);
    out.flush();
    const QStringList lines = text.split(u'\n');
    QVERIFY2(lines.at(0).startsWith(QStringLiteral(" 1  concurrent-tasks ")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(10).contains(QStringLiteral("sessions")));
    QVERIFY(lines.at(11).contains(QStringLiteral("my-first-lesson")) &&
            lines.at(11).endsWith(QStringLiteral("(your lesson)")));
    QVERIFY(text.contains(QStringLiteral("Lessons that did not load:")));
    QVERIFY(text.contains(QStringLiteral("typo-lesson/lesson.json:6:")));
}

void TestLessonLibrary::checkLessonsReports_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("built-ins") << sourcePath(QStringLiteral("lessons")) << 0
                               << QStringLiteral("checked 11 lesson(s): 0 problem(s)");
    QTest::newRow("one broken") << sourcePath(QStringLiteral("tests/lessons/broken/bad-json")) << 1
                                << sourcePath(QStringLiteral(
                                       "tests/lessons/broken/bad-json/lesson.json:4: not valid JSON"));
    QTest::newRow("a missing folder")
        << QStringLiteral("no/such/dir") << 1 << QStringLiteral("no/such/dir: no such folder");
}

void TestLessonLibrary::checkLessonsReports()
{
    QFETCH(QString, folder);
    QFETCH(int, status);
    QFETCH(QString, firstLine);
    QString text;
    QTextStream out(&text);
    QCOMPARE(checkLessons(folder, out), status);
    out.flush();
    QVERIFY2(text.startsWith(firstLine), qPrintable(text));
}

void TestLessonLibrary::openedProgramIsALessonOfItsOwn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hello.py"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("import asyncio\nasyncio.run(asyncio.sleep(1))\n");
    f.close();
    LessonLibrary library;
    library.load(sourcePath(QStringLiteral("lessons")));
    LessonProblems problems;
    const QString id = library.open(path, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problemLines(problems).join(u'\n')));
    QCOMPARE(library.lessons().size(), 12);
    const Lesson *lesson = library.lesson(id);
    QVERIFY(lesson);
    QVERIFY(LessonLibrary::isProgramLesson(*lesson));
    QVERIFY(!LessonReader::isValidId(id)); // no lesson folder can take it
    QCOMPARE(lesson->title, QStringLiteral("hello.py"));
    QCOMPARE(lesson->programPath(QStringLiteral("main")), QFileInfo(path).absoluteFilePath());
    QCOMPARE(library.lessons().first().id, id); // before the built-in ones
    // Kept across a reload, and opened once however often it is asked for.
    QCOMPARE(library.open(path, &problems), id);
    library.load(sourcePath(QStringLiteral("lessons")));
    QCOMPARE(library.lessons().size(), 12);
    QVERIFY(!LessonLibrary::isProgramLesson(*library.lesson(QStringLiteral("gather"))));
}

void TestLessonLibrary::openedFolderWinsOverTheBuiltInCopy()
{
    // A teacher's edited copy of a built-in lesson, opened from elsewhere: the copy is what they see.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("gather"));
    QVERIFY(QDir().mkpath(copy));
    for (const QString &name : QDir(sourcePath(QStringLiteral("lessons/gather"))).entryList(QDir::Files))
        QVERIFY(QFile::copy(sourcePath(QStringLiteral("lessons/gather/") + name), copy + u'/' + name));
    LessonLibrary library;
    library.load(sourcePath(QStringLiteral("lessons")));
    LessonProblems problems;
    QCOMPARE(library.open(copy, &problems), QStringLiteral("gather"));
    QCOMPARE(library.lessons().size(), 11);
    QCOMPARE(QFileInfo(library.lesson(QStringLiteral("gather"))->folder).canonicalFilePath(),
             QFileInfo(copy).canonicalFilePath());
    QCOMPARE(library.problems().size(), 1);
    QVERIFY2(library.problems().first().message.contains(QStringLiteral("already used")),
             qPrintable(library.problems().first().toString()));
}

void TestLessonLibrary::openingTheBuiltInFolderIsNoClash()
{
    LessonLibrary library;
    library.load(sourcePath(QStringLiteral("lessons")));
    LessonProblems problems;
    QCOMPARE(library.open(sourcePath(QStringLiteral("lessons/timeouts")), &problems),
             QStringLiteral("timeouts"));
    QCOMPARE(library.lessons().size(), 11);
    QVERIFY2(library.problems().isEmpty(), qPrintable(problemLines(library.problems()).join(u'\n')));
    QVERIFY(library.lesson(QStringLiteral("timeouts"))->builtIn);
}

void TestLessonLibrary::openingNothingUsableSaysWhy_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("no/such/thing") << QStringLiteral("neither a lesson folder");
    QTest::newRow("not a program") << sourcePath(QStringLiteral("README.md"))
                                   << QStringLiteral("neither a lesson folder");
    QTest::newRow("broken lesson") << sourcePath(QStringLiteral("tests/lessons/broken/bad-json"))
                                   << QStringLiteral("not valid JSON");
    QTest::newRow("empty folder") << QStringLiteral("EMPTY") << QStringLiteral("holds no lesson");
}

void TestLessonLibrary::openingNothingUsableSaysWhy()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QTemporaryDir empty;
    if (path == u"EMPTY")
        path = empty.path();
    LessonLibrary library;
    library.load(sourcePath(QStringLiteral("lessons")));
    LessonProblems problems;
    QVERIFY(library.open(path, &problems).isEmpty());
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.first().message.contains(message) || problems.first().toString().contains(message),
             qPrintable(problems.first().toString()));
    QCOMPARE(library.lessons().size(), 11);
}

QTEST_GUILESS_MAIN(TestLessonLibrary)
#include "tst_lessonlibrary.moc"
