// Predict, then reveal, as a learner meets it: playback stops before a question, the part of the run after
// the cursor is covered, an answer is graded against the run with the lesson's reason, the cursor shows
// the moment, and the result lands in the saved progress.
#include "lessons/answerevaluator.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonprogress.h"
#include "lessonview/lessonrunner.h"
#include "mainwindow/mainwindow.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"
#include "predict/futureveil.h"
#include "predict/predictaddon.h"
#include "predict/predictpanel.h"
#include "predict/questionmoment.h"
#include "predict/tasksetanswer.h"
#include "runhelper.h"
#include "windowrun.h"

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace awaitscope;

namespace {

Trace runLessonProgram(const Lesson &lesson, const QString &program)
{
    return testing::runFile(lesson.programPath(program)).trace;
}

QString labelText(const QWidget &w, const char *name)
{
    auto *label = w.findChild<QLabel *>(QString::fromLatin1(name));
    return label && label->isVisibleTo(&w) ? label->text() : QString();
}

// A player, a panel and a progress file, set up for one program of one lesson.
struct Setup
{
    LessonLibrary library;
    const Lesson *lesson = nullptr;
    QTemporaryDir dir;
    LessonProgress progress{QString()};
    PlayerWidget player;
    PredictPanel panel;

    explicit Setup(const QString &lessonId, const QString &program)
        : progress(dir.filePath(QStringLiteral("progress.json")))
    {
        library.load(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons"));
        lesson = library.lesson(lessonId);
        if (!lesson)
            qFatal("no lesson %s", qPrintable(lessonId));
        player.setTrace(runLessonProgram(*lesson, program));
        panel.attach(&player);
        panel.setProgress(&progress);
        panel.setRun(lesson, program, {});
        panel.resize(360, 480);
        player.resize(900, 500);
        player.show();
        panel.show();
    }

    LessonProgress saved() const
    {
        LessonProgress p(progress.path());
        QString error;
        if (!p.load(&error))
            qFatal("progress unreadable: %s", qPrintable(error));
        return p;
    }
};

} // namespace

class TestPredictPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offUntilTurnedOn()
    {
        Setup s(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall"));
        QCOMPARE(s.panel.state(), PredictPanel::State::Off);
        QVERIFY(labelText(s.panel, "predictPrompt").contains(QStringLiteral("Turn on Predict")));
        QVERIFY(!s.player.findChild<FutureVeil *>()->isVisible());
    }

    // A whole-run question ("how long does it take?") is asked before the run starts, with the future
    // covered.
    void numberQuestion_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("right");
        QTest::newRow("right") << QStringLiteral("9") << true;
        QTest::newRow("wrong") << QStringLiteral("3") << false;
    }
    void numberQuestion()
    {
        QFETCH(QString, typed);
        QFETCH(bool, right);
        Setup s(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall"));
        s.player.playback()->jumpToEnd();
        s.panel.predictAction()->trigger();

        QCOMPARE(s.panel.state(), PredictPanel::State::Asking);
        QCOMPARE(s.panel.currentQuestionId(), QStringLiteral("pitfall-time"));
        QCOMPARE(s.player.playback()->eventIndex(), -1); // back at the start: nothing revealed
        QVERIFY(s.player.findChild<FutureVeil *>()->isVisible());
        // The transport's "0.000 s / 9.000 s" would give the answer away.
        QVERIFY(!s.player.findChild<QLabel *>(QStringLiteral("positionLabel"))->isVisible());
        QCOMPARE(labelText(s.panel, "predictHeading"), QStringLiteral("Question 1 of 2"));
        const LessonQuestion *q = s.lesson->question(QStringLiteral("pitfall-time"));
        QCOMPARE(labelText(s.panel, "predictPrompt"), q->prompt);
        auto *number = s.panel.findChild<QDoubleSpinBox *>(QStringLiteral("predictNumber"));
        QVERIFY(number->isVisible());
        QCOMPARE(number->suffix(), QStringLiteral(" s"));

        // Play is held back while the question is open.
        s.player.playback()->stepForward();
        QCOMPARE(s.player.playback()->eventIndex(), -1);

        // Type the answer and press Reveal, as a learner does.
        number->setValue(typed.toDouble());
        QTest::mouseClick(s.panel.findChild<QPushButton *>(QStringLiteral("predictReveal")), Qt::LeftButton);

        QCOMPARE(s.panel.state(), PredictPanel::State::Revealed);
        QCOMPARE(labelText(s.panel, "predictVerdict"),
                 right ? QStringLiteral("✔ Right!") : QStringLiteral("✘ Not quite."));
        const QString why = labelText(s.panel, "predictExplanation");
        QVERIFY2(why.contains(QStringLiteral("The run says: 9 s")), qPrintable(why));
        QCOMPARE(why.contains(QStringLiteral("You said: 3 s")), !right);
        QVERIFY2(why.contains(q->explanation), qPrintable(why));
        // The end of the run answers it, but the end would also answer the next question: the cursor
        // waits where that one is asked, and the explanation says so.
        const std::int64_t nextStop =
            QuestionMoment::locate(s.player.trace(), *s.lesson->question(QStringLiteral("pitfall-overlap")))
                .stop;
        QCOMPARE(s.player.playback()->eventIndex(), nextStop);
        QVERIFY2(why.contains(QStringLiteral("after the next question")), qPrintable(why));

        const LessonProgress saved = s.saved();
        const LessonProgress::Answer *a =
            saved.answer(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall-time"));
        QVERIFY(a);
        QCOMPARE(a->correct, right);
        QCOMPARE(a->response, typed);
        QCOMPARE(a->attempts, 1);
        QCOMPARE(labelText(s.panel, "predictScore"),
                 QStringLiteral("This lesson: %1 of 3 questions answered right").arg(right ? 1 : 0));
    }

    // A question about a moment inside the run: playback stops just before it, at an earlier clock reading.
    void choiceQuestionStopsBeforeItsMoment_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<bool>("right");
        QTest::newRow("right") << QStringLiteral("no") << true;
        QTest::newRow("wrong") << QStringLiteral("yes") << false;
    }
    void choiceQuestionStopsBeforeItsMoment()
    {
        QFETCH(QString, option);
        QFETCH(bool, right);
        Setup s(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall"));
        s.panel.setPredicting(true);
        QVERIFY(s.panel.answer(QStringLiteral("9")));
        s.panel.continuePlaying(); // the cursor was at the end; the next question takes it back
        QCOMPARE(s.panel.state(), PredictPanel::State::Asking);
        QCOMPARE(s.panel.currentQuestionId(), QStringLiteral("pitfall-overlap"));
        const QuestionMoment *m = s.panel.currentMoment();
        QVERIFY(m && !m->wholeRun);
        const auto &events = s.player.trace().events();
        QCOMPARE(s.player.playback()->eventIndex(), m->stop);
        QVERIFY(events[size_t(m->stop)].time < events[size_t(m->reveal)].time);
        // nap_0 ending (before nap_1 exists) is what answers it.
        QCOMPARE(events[size_t(m->reveal)].kind, TraceEvent::Kind::TaskFinished);
        QCOMPARE(s.player.trace().task(events[size_t(m->reveal)].task)->name, QStringLiteral("nap_0"));
        // Scrubbing ahead is held back too.
        s.player.playback()->jumpToEnd();
        QCOMPARE(s.player.playback()->eventIndex(), m->stop);

        const LessonQuestion *q = s.lesson->question(QStringLiteral("pitfall-overlap"));
        int index = -1;
        for (int i = 0; i < q->options.size(); ++i)
            if (q->options[i].value == option)
                index = i;
        auto *radio = s.panel.findChild<QRadioButton *>(QStringLiteral("predictOption_%1").arg(index));
        QVERIFY(radio && radio->isVisible());
        QCOMPARE(radio->text(), q->options[index].text);
        radio->click();
        QTest::mouseClick(s.panel.findChild<QPushButton *>(QStringLiteral("predictReveal")), Qt::LeftButton);
        QCOMPARE(labelText(s.panel, "predictVerdict"),
                 right ? QStringLiteral("✔ Right!") : QStringLiteral("✘ Not quite."));
        QVERIFY(labelText(s.panel, "predictExplanation")
                    .contains(QStringLiteral("No, nap_1 is created after nap_0 ended")));
        QCOMPARE(s.player.playback()->eventIndex(), m->reveal);
        QCOMPARE(
            s.saved().answer(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall-overlap"))->correct,
            right);
    }

    // wait's `done`: the learner ticks tasks instead of picking a printed list.
    void taskSetQuestion_data()
    {
        QTest::addColumn<bool>("right");
        QTest::newRow("right") << true;
        QTest::newRow("wrong") << false;
    }
    void taskSetQuestion()
    {
        QFETCH(bool, right);
        Setup s(QStringLiteral("wait"), QStringLiteral("main"));
        const LessonQuestion *q = s.lesson->question(QStringLiteral("done"));
        QVERIFY(TaskSetAnswer::isSetQuestion(*q));
        const RunOutcome outcome = RunOutcome::fromTrace(s.player.trace());
        QString error;
        const int correct = AnswerEvaluator::correctOption(*q, outcome, &error);
        QVERIFY2(correct >= 0, qPrintable(error));
        const QString chosen = q->options[right ? correct : (correct + 1) % q->options.size()].value;

        s.panel.setPredicting(true);
        for (int guard = 0; guard < 20 && s.panel.currentQuestionId() != q->id; ++guard) {
            if (s.panel.state() == PredictPanel::State::Asking) {
                const LessonQuestion *other = s.lesson->question(s.panel.currentQuestionId());
                QVERIFY(
                    s.panel.answer(other->options.isEmpty() ? QStringLiteral("0") : other->options[0].value));
            }
            s.panel.continuePlaying();
            s.player.playback()->jumpToEnd();
        }
        QCOMPARE(s.panel.currentQuestionId(), q->id);
        const QStringList ticked = *TaskSetAnswer::parse(chosen);
        for (const QString &name : TaskSetAnswer::names(*q)) {
            auto *box = s.panel.findChild<QCheckBox *>(QStringLiteral("predictTask_") + name);
            QVERIFY2(box && box->isVisible(), qPrintable(name));
            box->setChecked(ticked.contains(name));
        }
        QTest::mouseClick(s.panel.findChild<QPushButton *>(QStringLiteral("predictReveal")), Qt::LeftButton);
        QCOMPARE(labelText(s.panel, "predictVerdict"),
                 right ? QStringLiteral("✔ Right!") : QStringLiteral("✘ Not quite."));
        const LessonProgress saved = s.saved(); // the answer points into it
        const LessonProgress::Answer *a = saved.answer(QStringLiteral("wait"), QStringLiteral("done"));
        QVERIFY(a);
        QCOMPARE(a->correct, right);
        QCOMPARE(a->response, chosen);
    }

    void setQuestionsAreTellApartFromOrderedLists_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("isSet");
        QTest::newRow("wait done") << QStringLiteral("wait") << QStringLiteral("done") << true;
        QTest::newRow("still running")
            << QStringLiteral("gather-exceptions") << QStringLiteral("still-running") << true;
        QTest::newRow("gather results, same names in other orders")
            << QStringLiteral("gather") << QStringLiteral("results") << false;
        QTest::newRow("yes or no") << QStringLiteral("concurrent-tasks") << QStringLiteral("pitfall-overlap")
                                   << false;
        QTest::newRow("a number") << QStringLiteral("gather") << QStringLiteral("total") << false;
    }
    void setQuestionsAreTellApartFromOrderedLists()
    {
        QFETCH(QString, lesson);
        QFETCH(QString, question);
        QFETCH(bool, isSet);
        LessonLibrary library;
        library.load(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons"));
        const LessonQuestion *q = library.lesson(lesson)->question(question);
        QVERIFY(q);
        QCOMPARE(TaskSetAnswer::isSetQuestion(*q), isSet);
    }

    void taskSetResponse_data()
    {
        QTest::addColumn<QStringList>("ticked");
        QTest::addColumn<QString>("response");
        QTest::newRow("none") << QStringList() << QStringLiteral("[]");
        QTest::newRow("one") << QStringList{QStringLiteral("api_b")} << QStringLiteral("['api_b']");
        QTest::newRow("any order") << QStringList{QStringLiteral("api_c"), QStringLiteral("api_b")}
                                   << QStringLiteral("['api_b', 'api_c']");
        QTest::newRow("no such option")
            << QStringList{QStringLiteral("api_a")} << QStringLiteral("['api_a']");
    }
    void taskSetResponse()
    {
        QFETCH(QStringList, ticked);
        QFETCH(QString, response);
        LessonLibrary library;
        library.load(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons"));
        const LessonQuestion *q = library.lesson(QStringLiteral("wait"))->question(QStringLiteral("done"));
        QCOMPARE(TaskSetAnswer::response(*q, ticked), response);
    }

    void aProgramWithoutQuestionsSaysSo()
    {
        Setup s(QStringLiteral("concurrent-tasks"), QStringLiteral("main"));
        s.panel.setPredicting(true);
        QCOMPARE(s.panel.state(), PredictPanel::State::Watching);
        QVERIFY(labelText(s.panel, "predictPrompt").contains(QStringLiteral("no questions")));
    }

    // The panel in the main window, as a learner sees it: the question beside a timeline covered after the
    // cursor, then the verdict. Saved beside the other test pictures for a person to look at.
    void grabbedInTheMainWindow()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("AwaitscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("awaitscope-predict-test"));
        QFile::remove(LessonProgress::defaultPath()); // a fresh learner
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
        QVERIFY(runEnded(w));
        QCOMPARE(w.currentProgramId(), QStringLiteral("pitfall"));
        w.findChild<QAction *>(QStringLiteral("actionPredict"))->trigger();
        PredictPanel *panel = w.addOn<PredictAddOn>()->panel();
        QCOMPARE(panel->state(), PredictPanel::State::Asking);
        QVERIFY(panel->isVisible());
        QVERIFY(panel->answer(QStringLiteral("9")));
        panel->continuePlaying();
        QCOMPARE(panel->currentQuestionId(), QStringLiteral("pitfall-overlap"));
        QTest::qWait(50);
        const QImage asking = w.grab().toImage();
        asking.save(QDir::tempPath() + QStringLiteral("/awaitscope-predict-asking.png"));
        QVERIFY(panel->answer(QStringLiteral("yes")));
        QTest::qWait(50);
        w.grab().toImage().save(QDir::tempPath() + QStringLiteral("/awaitscope-predict-revealed.png"));
        // The lesson list counts the right answers.
        auto *list = w.findChild<QListWidget *>(QStringLiteral("lessonList"));
        QVERIFY2(list->currentItem()->text().contains(QStringLiteral("(1/3)")),
                 qPrintable(list->currentItem()->text()));
        w.findChild<QAction *>(QStringLiteral("actionPredict"))->trigger();
    }

    // Nothing a question asks is on screen before its reveal: for every question of every lesson, walking
    // through Predict as a learner does (answering wrong, then going on), the cursor never reaches the clock
    // reading at which an unrevealed question's answer becomes visible, and at the end all were asked.
    void noQuestionIsAnsweredBeforeItsReveal_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<QString>("program");
        LessonLibrary library;
        library.load(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons"));
        for (const Lesson &l : library.lessons()) {
            for (const LessonProgram &p : l.programs) {
                const bool asked = std::any_of(l.questions.begin(), l.questions.end(),
                                               [&](const LessonQuestion &q) { return q.program == p.id; });
                if (asked)
                    QTest::newRow(qPrintable(l.id + u'/' + p.id)) << l.id << p.id;
            }
        }
    }
    void noQuestionIsAnsweredBeforeItsReveal()
    {
        QFETCH(QString, lesson);
        QFETCH(QString, program);
        Setup s(lesson, program);
        const Trace &trace = s.player.trace();
        const auto &events = trace.events();
        auto timeOf = [&](std::int64_t e) { return e < 0 ? -1.0 : events[size_t(e)].time; };
        QMap<QString, QuestionMoment> moments;
        for (const LessonQuestion &q : s.lesson->questions) {
            if (q.program == program)
                moments.insert(q.id, QuestionMoment::locate(trace, q));
        }
        QSet<QString> revealed;
        auto checkNothingGivenAway = [&](const char *when) {
            const std::int64_t cursor = s.player.playback()->eventIndex();
            for (auto it = moments.cbegin(); it != moments.cend(); ++it) {
                if (revealed.contains(it.key()) || it->reveal < 0)
                    continue;
                QVERIFY2(timeOf(cursor) < timeOf(it->reveal) || (cursor < 0 && it->stop < 0),
                         qPrintable(QStringLiteral("%1: the cursor (event %2, %3 s) shows the answer to %4 "
                                                   "(event %5, %6 s)")
                                        .arg(QLatin1String(when))
                                        .arg(cursor)
                                        .arg(timeOf(cursor))
                                        .arg(it.key())
                                        .arg(it->reveal)
                                        .arg(timeOf(it->reveal))));
            }
        };
        s.panel.setPredicting(true);
        for (int guard = 0; guard < 50 && revealed.size() < moments.size(); ++guard) {
            if (s.panel.state() == PredictPanel::State::Asking) {
                checkNothingGivenAway("asking");
                if (QTest::currentTestFailed())
                    return;
                const QString id = s.panel.currentQuestionId();
                const LessonQuestion *q = s.lesson->question(id);
                QVERIFY(
                    s.panel.answer(q->options.isEmpty() ? QStringLiteral("12345") : q->options.last().value));
                revealed.insert(id);
                checkNothingGivenAway("revealed");
                if (QTest::currentTestFailed())
                    return;
                s.panel.continuePlaying();
            } else {
                // Playing on, as far as Predict lets it.
                s.player.playback()->jumpToEnd();
            }
        }
        // Every question this run can answer was asked.
        for (auto it = moments.cbegin(); it != moments.cend(); ++it) {
            const bool answerable =
                AnswerEvaluator::compute(s.lesson->question(it.key())->answer, RunOutcome::fromTrace(trace))
                    .ok;
            QCOMPARE(revealed.contains(it.key()), answerable);
        }
    }

    // wait: revealing when wait returns must not show the sets that the next question asks about.
    void waitsReturnDoesNotGiveAwayItsSets()
    {
        Setup s(QStringLiteral("wait"), QStringLiteral("main"));
        s.panel.setPredicting(true);
        for (int guard = 0; guard < 10 && s.panel.currentQuestionId() != QStringLiteral("returned-at");
             ++guard) {
            if (s.panel.state() == PredictPanel::State::Asking)
                QVERIFY(s.panel.answer(QStringLiteral("no")));
            s.panel.continuePlaying();
            s.player.playback()->jumpToEnd();
        }
        QCOMPARE(s.panel.currentQuestionId(), QStringLiteral("returned-at"));
        QVERIFY(s.panel.answer(QStringLiteral("2.5")));
        const QString shown = s.player.stateText();
        QVERIFY2(!shown.contains(QStringLiteral("wait returned")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("done: [")), qPrintable(shown));
        s.panel.continuePlaying();
        QCOMPARE(s.panel.state(), PredictPanel::State::Asking);
        QVERIFY(s.panel.currentQuestionId() == QStringLiteral("done") ||
                s.panel.currentQuestionId() == QStringLiteral("api-a"));
    }

    // A run that is not the lesson's own (stopped, or of an edited program) asks and grades nothing.
    void aStoppedOrEditedRunIsNotGraded()
    {
        Setup s(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall"));
        const QString why = QStringLiteral("This run was stopped before its end.");
        s.panel.setRun(s.lesson, QStringLiteral("pitfall"), {}, why);
        s.panel.setPredicting(true);
        QCOMPARE(s.panel.state(), PredictPanel::State::Watching);
        QVERIFY(!s.panel.answer(QStringLiteral("9")));
        QCOMPARE(labelText(s.panel, "predictPrompt"), why);
        QVERIFY(!s.progress.answer(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall-time")));
        // The lesson's own run again: the questions come back.
        s.panel.setRun(s.lesson, QStringLiteral("pitfall"), {});
        QCOMPARE(s.panel.state(), PredictPanel::State::Asking);
    }

    void turningOffUncoversTheRun()
    {
        Setup s(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall"));
        s.panel.setPredicting(true);
        s.panel.predictAction()->trigger();
        QCOMPARE(s.panel.state(), PredictPanel::State::Off);
        QVERIFY(!s.player.findChild<FutureVeil *>()->isVisible());
        s.player.playback()->jumpToEnd();
        QCOMPARE(s.player.playback()->eventIndex(), s.player.playback()->eventCount() - 1);
    }
};

QTEST_MAIN(TestPredictPanel)
#include "tst_predictpanel.moc"
