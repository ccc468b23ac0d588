// LessonSession, the lesson the window works on without any widget: which program it shows, with which
// parameters and edits, when it asks for a run and with what request. The window and the code pane only
// show what it says, so these are the rules a learner sees.
#include "lessonview/lessonsession.h"
#include "settings/settings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace awaitscope;

class TestLessonSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AwaitscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lessonsession"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    // Opening a lesson shows the program its text starts with, with the parameters' defaults, and runs it
    // fitting the view; an unknown id changes nothing.
    void openingShowsTheFirstSectionsProgramAndRunsIt()
    {
        LessonSession session;
        session.loadLibrary();
        QSignalSpy opened(&session, &LessonSession::lessonOpened);
        QSignalSpy loaded(&session, &LessonSession::programLoaded);
        QSignalSpy runs(&session, &LessonSession::runRequested);
        QVERIFY(!session.open(QStringLiteral("no-such-lesson")));
        QCOMPARE(opened.count(), 0);

        QVERIFY(session.open(QStringLiteral("concurrent-tasks")));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(session.programId(), session.lesson()->sections.first().program);
        QCOMPARE(session.parameterValues().value(QStringLiteral("delay")).toInt(), 3);
        QVERIFY(session.source().contains(QStringLiteral("DELAY = 3  # param: delay")));
        QCOMPARE(loaded.first().first().toString(), session.source());
        QCOMPARE(runs.count(), 1);
        QCOMPARE(runs.first().first().value<ViewPolicy>(), ViewPolicy::Fit);
        QVERIFY(!session.isEdited(session.source()));
        QVERIFY(session.progress().isSeen(QStringLiteral("concurrent-tasks")));
    }

    // A parameter fills the program in again and re-runs it keeping the view; another program fits it.
    void parametersKeepTheViewAndAnotherProgramFitsIt()
    {
        LessonSession session;
        session.loadLibrary();
        QVERIFY(session.open(QStringLiteral("concurrent-tasks")));
        QSignalSpy runs(&session, &LessonSession::runRequested);
        session.setParameter(QStringLiteral("delay"), 1);
        QVERIFY(session.source().contains(QStringLiteral("DELAY = 1  # param: delay")));
        QVERIFY(!session.isEdited(session.source())); // the lesson's program with the learner's values
        QCOMPARE(runs.count(), 1);
        QCOMPARE(runs.last().first().value<ViewPolicy>(), ViewPolicy::Keep);

        const QString other = session.lesson()->programs.last().id;
        QVERIFY(other != session.programId());
        session.selectProgram(other);
        QCOMPARE(session.programId(), other);
        QCOMPARE(runs.last().first().value<ViewPolicy>(), ViewPolicy::Fit);
    }

    // An edit is kept in the settings across sessions, marked as edited, and Reset forgets it.
    void editsAreKeptUntilReset()
    {
        const QString edit = QStringLiteral("import asyncio\nprint('mine')\n");
        {
            LessonSession session;
            session.loadLibrary();
            QVERIFY(session.open(QStringLiteral("concurrent-tasks")));
            session.editSource(edit);
            QVERIFY(session.isEdited(edit));
            QCOMPARE(session.title(true), session.lesson()->title + QStringLiteral(" (edited program)"));
        }
        LessonSession again;
        again.loadLibrary();
        QVERIFY(again.open(QStringLiteral("concurrent-tasks")));
        QCOMPARE(again.source(), edit);
        QSignalSpy loaded(&again, &LessonSession::programLoaded);
        again.resetSource();
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!again.isEdited(again.source()));
        QVERIFY(again.source() != edit);
        QVERIFY(!QSettings().contains(QStringLiteral("code/concurrent-tasks/%1").arg(again.programId())));
    }

    // After an abnormal end, an edited program waits for Run; the lesson's own programs still run.
    void aSafeStartHoldsOnlyEditedPrograms()
    {
        {
            LessonSession session;
            session.loadLibrary();
            QVERIFY(session.open(QStringLiteral("concurrent-tasks")));
            session.editSource(QStringLiteral("import asyncio\nprint('mine')\n"));
        }
        LessonSession session;
        session.loadLibrary();
        session.setSafeStart(true);
        QSignalSpy runs(&session, &LessonSession::runRequested);
        QSignalSpy held(&session, &LessonSession::runHeld);
        QVERIFY(session.open(QStringLiteral("concurrent-tasks")));
        QCOMPARE(held.count(), 1);
        QCOMPARE(runs.count(), 0);
        QVERIFY(session.open(QStringLiteral("gather")));
        QCOMPARE(held.count(), 1);
        QCOMPARE(runs.count(), 1);
    }

    // The window's runs carry the Preferences (a lowered step limit, the allowed hosts) and the program's
    // name; the request is made here and nowhere else in the window.
    void runRequestsCarryThePreferences()
    {
        py::RunLimits limits;
        limits.maxSteps = 1234;
        QVERIFY(Settings::setLimits(limits));
        QSettings store;
        QVERIFY(Settings::setAllowedHosts(store, {QStringLiteral("example.org")}));
        store.sync();
        LessonSession session;
        session.loadLibrary();
        QVERIFY(session.open(QStringLiteral("concurrent-tasks")));
        const RunRequest request = session.runRequest(session.source(), true);
        QCOMPARE(request.limits.maxSteps, 1234);
        QVERIFY(request.allowedHosts.contains(QStringLiteral("example.org")));
        QCOMPARE(request.source, session.source());
        QCOMPARE(request.displayName, session.programId() + QStringLiteral(".py"));
        QVERIFY(request.realClock);
    }

    // A program opened from a file keeps its own name in the tracebacks of its runs, as `python3 tg.py`
    // prints it (it said main.py, the name of its one program).
    void anOpenedProgramKeepsItsFileName()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("tg.py")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("import asyncio\n\nasync def main():\n    raise ValueError('x')\n\nasyncio.run(main())\n");
        file.close();
        LessonSession session;
        session.loadLibrary();
        QString error;
        QVERIFY2(session.openPath(file.fileName(), &error), qPrintable(error));
        QCOMPARE(session.runRequest(session.source(), false).displayName, QStringLiteral("tg.py"));
    }
};

QTEST_GUILESS_MAIN(TestLessonSession)
#include "tst_lessonsession.moc"
