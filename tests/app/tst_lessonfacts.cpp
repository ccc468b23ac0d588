// Every section of every built-in lesson names what the picture shows at its moment ("shows"); these
// tests hold the lesson's words against the run: the checker that `awaitscope lessons --check` uses, and
// the text a teacher exports for the section (`awaitscope export --lesson L --section S --out S.txt`).
#include "export/exportcommand.h"
#include "export/exporter.h"
#include "lessons/lesson.h"
#include "lessons/lessonchecker.h"
#include "lessons/lessonreader.h"
#include "lessonview/lessonrunner.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace awaitscope;

namespace {

QString lessonsRoot()
{
    return QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons");
}

QStringList problemLines(const LessonProblems &problems)
{
    QStringList out;
    for (const LessonProblem &p : problems)
        out << QStringLiteral("%1:%2: %3").arg(p.file).arg(p.line).arg(p.message);
    return out;
}

Lesson readLesson(const QString &id)
{
    Lesson lesson;
    LessonProblems problems;
    if (!LessonReader::read(QDir(lessonsRoot()).filePath(id), &lesson, &problems))
        qFatal("%s", qPrintable(problemLines(problems).join(u'\n')));
    return lesson;
}

QStringList lessonIds()
{
    return QDir(lessonsRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

// One row per built-in lesson, its id in the column "id".
void lessonRows()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : lessonIds())
        QTest::newRow(qPrintable(id)) << id;
}

} // namespace

class TestLessonFacts : public QObject
{
    Q_OBJECT
private slots:
    void everySectionIsShown_data();
    void everySectionIsShown();
    void exportSaysWhatTheSectionSays_data();
    void exportSaysWhatTheSectionSays();
    void aFalseFactIsReported();
    void screenAndExportSayTheSame_data();
    void screenAndExportSayTheSame();
};

void TestLessonFacts::everySectionIsShown_data()
{
    lessonRows();
}

void TestLessonFacts::everySectionIsShown()
{
    QFETCH(QString, id);
    const Lesson lesson = readLesson(id);
    for (const LessonSection &s : lesson.sections)
        QVERIFY2(!s.shows.isEmpty(),
                 qPrintable(QStringLiteral("section %1 states no fact to check").arg(s.id)));
    // The programs run here, as a learner's copy would; every section's moment happens and its picture
    // shows each fact the section names.
    const LessonProblems problems =
        checkLessonRuns(lesson, QDir(lessonsRoot()).filePath(id), pythonLessonRunner());
    QVERIFY2(problems.isEmpty(), qPrintable(problemLines(problems).join(u'\n')));
}

void TestLessonFacts::exportSaysWhatTheSectionSays_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QStringList>("shows");
    // One section per lesson whose moment is not the start or the end: the exporter must reach the very
    // event the section is about (two moments at one instant are two moments).
    for (const QString &id : lessonIds()) {
        for (const LessonSection &s : readLesson(id).sections) {
            if (s.at.kind == LessonMoment::Kind::Output || s.at.kind == LessonMoment::Kind::Task) {
                QTest::newRow(qPrintable(id + u'/' + s.id)) << id << s.id << s.shows;
                break;
            }
        }
    }
    // The three pictures the app exists for, whichever section the loop above picked.
    QTest::newRow("gather-exceptions/raised-at-once")
        << QStringLiteral("gather-exceptions") << QStringLiteral("raised-at-once")
        << QStringList{QStringLiteral("· raised ValueError('api_b is broken') at 1.000 s"),
                       QStringLiteral("[0] api_a: still running: result discarded")};
    QTest::newRow("wait/timeout") << QStringLiteral("wait") << QStringLiteral("timeout")
                                  << QStringList{QStringLiteral("done (2): api_b, api_c"),
                                                 QStringLiteral("pending (1): api_a")};
    QTest::newRow("blocking-calls/blocks") << QStringLiteral("blocking-calls") << QStringLiteral("blocks")
                                           << QStringList{QStringLiteral("work_a: blocking the loop")};
}

void TestLessonFacts::exportSaysWhatTheSectionSays()
{
    QFETCH(QString, id);
    QFETCH(QString, section);
    QFETCH(QStringList, shows);
    QTemporaryDir dir;
    ExportRequest request;
    request.lesson = id;
    request.section = section;
    request.out = dir.filePath(QStringLiteral("section.txt"));
    QCOMPARE(exportPictures(request, lessonsRoot()), 0);
    QFile f(request.out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    // The caption is the section's title, as on a slide.
    QVERIFY2(lines.value(0).endsWith(readLesson(id).section(section)->title), qPrintable(lines.value(0)));
    for (const QString &fact : shows) {
        const bool found =
            std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(fact); });
        QVERIFY2(found, qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(fact, lines.join(u'\n'))));
    }
}

void TestLessonFacts::aFalseFactIsReported()
{
    // The check can fail: the wait lesson with the sets swapped is caught, with the line of "shows".
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("wait"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name :
         QDir(QDir(lessonsRoot()).filePath(QStringLiteral("wait"))).entryList(QDir::Files))
        QVERIFY(QFile::copy(QDir(lessonsRoot()).filePath(QStringLiteral("wait/") + name),
                            QDir(folder).filePath(name)));
    QFile json(QDir(folder).filePath(QStringLiteral("lesson.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(json.readAll());
    json.close();
    const QString truth = QStringLiteral("wait returned: done={api_b, api_c}, pending={api_a} at 2.500 s");
    QVERIFY(text.contains(truth));
    text.replace(truth, QStringLiteral("wait returned: done={api_a}, pending={api_b, api_c} at 2.500 s"));
    QVERIFY(json.setPermissions(json.permissions() | QFileDevice::WriteOwner));
    QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write(text.toUtf8());
    json.close();

    Lesson lesson;
    LessonProblems problems;
    QVERIFY(LessonReader::read(folder, &lesson, &problems));
    problems = checkLessonRuns(lesson, folder, pythonLessonRunner());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems[0].message.contains(QStringLiteral("section \"timeout\"")),
             qPrintable(problems[0].message));
    QVERIFY2(problems[0].message.contains(QStringLiteral("does not show \"wait returned: done={api_a}")),
             qPrintable(problems[0].message));
    QVERIFY(problems[0].line > 1);
}

void TestLessonFacts::screenAndExportSayTheSame_data()
{
    lessonRows();
}

// What the player's panels say at an event is what Copy picture and Export write for that event: the
// same words, for every event of each lesson's first program (and before the first event).
void TestLessonFacts::screenAndExportSayTheSame()
{
    QFETCH(QString, id);
    const Lesson lesson = readLesson(id);
    RunOutcome outcome;
    QString error;
    QVERIFY2(pythonLessonRunner()(lesson.programPath(lesson.programs.first().id), &outcome, &error),
             qPrintable(error));
    QVERIFY(outcome.trace);
    PlayerWidget player;
    player.resize(1280, 800);
    player.setTrace(*outcome.trace);
    Exporter exporter;
    exporter.setTrace(*outcome.trace, lesson.title);
    exporter.setView(Exporter::View::Player);
    exporter.setCaption(lesson.title);
    const std::int64_t count = player.playback()->eventCount();
    QVERIFY(count > 0);
    for (std::int64_t e = -1; e < count; ++e) {
        player.playback()->setEventIndex(e);
        exporter.setCursorEvent(e);
        const QString screen = player.stateText(lesson.title);
        const QString picture = exporter.text();
        if (screen != picture) {
            QCOMPARE(screen.split(u'\n'), picture.split(u'\n')); // shows the first line that differs
            QFAIL(qPrintable(QStringLiteral("event %1 differs").arg(e)));
        }
    }
}

QTEST_MAIN(TestLessonFacts)
#include "tst_lessonfacts.moc"
