// The learner's progress survives a restart, and a damaged or missing file never loses more than itself.
#include "lessons/lessonprogress.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace awaitscope;

class TestLessonProgress : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void missingFileIsEmptyProgress();
    void damagedFileIsReported_data();
    void damagedFileIsReported();
    void attemptsCountAndLastAnswerWins();
    void saveCreatesFolderAndReplacesWholeFile();
    void saveIntoImpossiblePlaceFails();
    void forgetOneLesson();
};

void TestLessonProgress::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("progress.json"));
    {
        LessonProgress progress(path);
        progress.markSeen(QStringLiteral("gather"));
        progress.recordAnswer(QStringLiteral("gather"), QStringLiteral("total"), QStringLiteral("3"), true);
        progress.recordAnswer(QStringLiteral("wait"), QStringLiteral("done"), QStringLiteral("['api_b']"),
                              false);
        QString error;
        QVERIFY2(progress.save(&error), qPrintable(error));
    }
    LessonProgress loaded(path);
    QString error;
    QVERIFY2(loaded.load(&error), qPrintable(error));
    QVERIFY(loaded.isSeen(QStringLiteral("gather")));
    QVERIFY(!loaded.isSeen(QStringLiteral("wait"))); // answered, but never marked seen
    const LessonProgress::Answer *total = loaded.answer(QStringLiteral("gather"), QStringLiteral("total"));
    QVERIFY(total);
    QCOMPARE(total->response, QStringLiteral("3"));
    QVERIFY(total->correct);
    QCOMPARE(total->attempts, 1);
    QCOMPARE(loaded.answer(QStringLiteral("wait"), QStringLiteral("done"))->response,
             QStringLiteral("['api_b']"));
    QCOMPARE(loaded.correctCount(QStringLiteral("wait")), 0);
    QCOMPARE(loaded.answeredCount(QStringLiteral("wait")), 1);
    QVERIFY(!loaded.answer(QStringLiteral("gather"), QStringLiteral("first-ready")));
}

void TestLessonProgress::missingFileIsEmptyProgress()
{
    QTemporaryDir dir;
    LessonProgress progress(dir.filePath(QStringLiteral("never-written.json")));
    QString error;
    QVERIFY(progress.load(&error));
    QVERIFY(error.isEmpty());
    QVERIFY(!progress.isSeen(QStringLiteral("gather")));
    QCOMPARE(progress.answeredCount(QStringLiteral("gather")), 0);
}

void TestLessonProgress::damagedFileIsReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("cut off") << QByteArray("{\"format\": 1, \"lessons\": {\"gath");
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]");
    QTest::newRow("unknown format") << QByteArray("{\"format\": 0, \"lessons\": {}}");
    QTest::newRow("empty") << QByteArray();
}

void TestLessonProgress::damagedFileIsReported()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    LessonProgress progress(path);
    progress.markSeen(QStringLiteral("stale")); // whatever was in memory is replaced by the file's state
    QString error;
    QVERIFY(!progress.load(&error));
    QVERIFY2(error.contains(QStringLiteral("starting afresh")), qPrintable(error));
    QVERIFY(!progress.isSeen(QStringLiteral("stale")));
    // Nothing is lost: the damaged file is kept beside the new one.
    QCOMPARE(QFileInfo(path + QStringLiteral(".bak")).size(), qint64(content.size()));
    // The next save replaces the damaged file with a good one.
    progress.markSeen(QStringLiteral("gather"));
    QVERIFY(progress.save(&error));
    LessonProgress again(path);
    QVERIFY(again.load(&error));
    QVERIFY(again.isSeen(QStringLiteral("gather")));
}

void TestLessonProgress::attemptsCountAndLastAnswerWins()
{
    LessonProgress progress(QStringLiteral("unused.json"));
    progress.recordAnswer(QStringLiteral("gather"), QStringLiteral("total"), QStringLiteral("6"), false);
    progress.recordAnswer(QStringLiteral("gather"), QStringLiteral("total"), QStringLiteral("3"), true);
    const LessonProgress::Answer *a = progress.answer(QStringLiteral("gather"), QStringLiteral("total"));
    QVERIFY(a);
    QCOMPARE(a->attempts, 2);
    QCOMPARE(a->response, QStringLiteral("3"));
    QVERIFY(a->correct);
    QCOMPARE(progress.correctCount(QStringLiteral("gather")), 1);
}

void TestLessonProgress::saveCreatesFolderAndReplacesWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deeper/still/progress.json"));
    LessonProgress progress(path);
    progress.markSeen(QStringLiteral("sessions"));
    progress.markSeen(QStringLiteral("timeouts"));
    QString error;
    QVERIFY2(progress.save(&error), qPrintable(error));
    progress.forget(QStringLiteral("timeouts"));
    QVERIFY(progress.save(&error));
    LessonProgress loaded(path);
    QVERIFY(loaded.load(&error));
    QVERIFY(loaded.isSeen(QStringLiteral("sessions")));
    QVERIFY(!loaded.isSeen(QStringLiteral("timeouts")));
    // Nothing but the file itself is left behind (QSaveFile's temporary is gone).
    QCOMPARE(QDir(dir.filePath(QStringLiteral("deeper/still"))).entryList(QDir::Files),
             QStringList{QStringLiteral("progress.json")});
}

void TestLessonProgress::saveIntoImpossiblePlaceFails()
{
    QTemporaryDir dir;
    // A regular file where the folder should be: no user can write there, root included.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    LessonProgress progress(dir.filePath(QStringLiteral("blocker/progress.json")));
    progress.markSeen(QStringLiteral("gather"));
    QString error;
    QVERIFY(!progress.save(&error));
    QVERIFY2(error.contains(QStringLiteral("blocker")), qPrintable(error));
}

void TestLessonProgress::forgetOneLesson()
{
    LessonProgress progress(QStringLiteral("unused.json"));
    progress.markSeen(QStringLiteral("a"));
    progress.markSeen(QStringLiteral("b"));
    progress.forget(QStringLiteral("a"));
    QVERIFY(!progress.isSeen(QStringLiteral("a")));
    QVERIFY(progress.isSeen(QStringLiteral("b")));
    progress.clear();
    QVERIFY(!progress.isSeen(QStringLiteral("b")));
}

QTEST_GUILESS_MAIN(TestLessonProgress)
#include "tst_lessonprogress.moc"
