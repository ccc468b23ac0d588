// Answers are computed from the run: from its output, its clock, and its tasks, recorded or traced.
#include "lessons/answerevaluator.h"
#include "lessons/jsonlineindex.h"
#include "lessons/momentlocator.h"
#include "lessons/runoutcome.h"
#include "trace/trace.h"

#include <QTest>

using namespace awaitscope;

Q_DECLARE_METATYPE(awaitscope::LessonAnswerSource)

namespace {

// A run like the gather lesson's: api_b ends first, api_a last, api_c is cancelled at 2 s.
RunOutcome sampleRun()
{
    RunOutcome run;
    run.stdoutLines = {QStringLiteral("1.0 s: api_b is ready"), QStringLiteral("2.0 s: api_c cancelled"),
                       QStringLiteral("3.0 s: api_a is ready"), QStringLiteral("results: ['api_a', 'api_b']"),
                       QStringLiteral("took 3.0 s")};
    run.totalTime = 3.0000000001;
    run.tasks = {
        {QStringLiteral("api_a"), QStringLiteral("finished"), 0.0, 3.0},
        {QStringLiteral("api_b"), QStringLiteral("finished"), 0.0, 1.0},
        {QStringLiteral("api_c"), QStringLiteral("cancelled"), 0.0, 2.0},
        {QStringLiteral("late"), QStringLiteral("finished"), 3.0, 3.5},
        {QStringLiteral("idle"), QStringLiteral("pending"), 0.5, std::numeric_limits<double>::quiet_NaN()}};
    return run;
}

LessonAnswerSource source(const QString &from)
{
    LessonAnswerSource s;
    s.from = from;
    return s;
}

LessonAnswerSource outputSource(const QString &match, int occurrence = 1, int group = -1)
{
    LessonAnswerSource s = source(QStringLiteral("output"));
    s.match = match;
    s.occurrence = occurrence;
    s.group = group;
    return s;
}

LessonAnswerSource taskSource(const QString &from, const QString &task)
{
    LessonAnswerSource s = source(from);
    s.task = task;
    return s;
}

LessonAnswerSource tasksSource(const QString &from, const QStringList &tasks)
{
    LessonAnswerSource s = source(from);
    s.tasks = tasks;
    return s;
}

} // namespace

class TestLessonAnswers : public QObject
{
    Q_OBJECT
private slots:
    void compute_data();
    void compute();
    void cannotCompute_data();
    void cannotCompute();
    void gradesNumbersWithTolerance();
    void choiceNeedsExactlyOneOption();
    void outcomeFromTrace();
    void momentsInTrace();
    void jsonLines();
};

void TestLessonAnswers::compute_data()
{
    QTest::addColumn<LessonAnswerSource>("answerSource");
    QTest::addColumn<QString>("expected");
    QTest::newRow("total time, float noise hidden")
        << source(QStringLiteral("total_time")) << QStringLiteral("3");
    QTest::newRow("exit status") << source(QStringLiteral("exit_status")) << QStringLiteral("0");
    QTest::newRow("output group") << outputSource(QStringLiteral("^results: (.*)$"))
                                  << QStringLiteral("['api_a', 'api_b']");
    QTest::newRow("output whole match")
        << outputSource(QStringLiteral("took [0-9.]+")) << QStringLiteral("took 3.0");
    QTest::newRow("output second") << outputSource(QStringLiteral("^([0-9.]+) s: (\\w+) is ready"), 2, 2)
                                   << QStringLiteral("api_a");
    QTest::newRow("output last") << outputSource(QStringLiteral("^([0-9.]+) s:"), -1)
                                 << QStringLiteral("3.0");
    LessonAnswerSource count = source(QStringLiteral("output_count"));
    count.match = QStringLiteral("is ready$");
    QTest::newRow("output count") << count << QStringLiteral("2");
    LessonAnswerSource contains = source(QStringLiteral("output_contains"));
    contains.text = QStringLiteral("cancelled");
    QTest::newRow("output contains") << contains << QStringLiteral("yes");
    contains.text = QStringLiteral("TimeoutError");
    QTest::newRow("output lacks") << contains << QStringLiteral("no");
    QTest::newRow("state finished") << taskSource(QStringLiteral("task_state"), QStringLiteral("api_a"))
                                    << QStringLiteral("finished");
    QTest::newRow("state cancelled") << taskSource(QStringLiteral("task_state"), QStringLiteral("api_c"))
                                     << QStringLiteral("cancelled");
    QTest::newRow("state pending") << taskSource(QStringLiteral("task_state"), QStringLiteral("idle"))
                                   << QStringLiteral("pending");
    QTest::newRow("end time") << taskSource(QStringLiteral("task_end_time"), QStringLiteral("api_c"))
                              << QStringLiteral("2");
    QTest::newRow("first ended of all") << source(QStringLiteral("first_ended")) << QStringLiteral("api_b");
    QTest::newRow("first ended of some")
        << tasksSource(QStringLiteral("first_ended"), {QStringLiteral("api_a"), QStringLiteral("api_c")})
        << QStringLiteral("api_c");
    QTest::newRow("overlap") << tasksSource(QStringLiteral("overlap"),
                                            {QStringLiteral("api_a"), QStringLiteral("api_b")})
                             << QStringLiteral("yes");
    QTest::newRow("touching is no overlap")
        << tasksSource(QStringLiteral("overlap"), {QStringLiteral("api_a"), QStringLiteral("late")})
        << QStringLiteral("no");
    QTest::newRow("pending overlaps later")
        << tasksSource(QStringLiteral("overlap"), {QStringLiteral("idle"), QStringLiteral("late")})
        << QStringLiteral("yes");
}

void TestLessonAnswers::compute()
{
    QFETCH(LessonAnswerSource, answerSource);
    QFETCH(QString, expected);
    const ComputedAnswer answer = AnswerEvaluator::compute(answerSource, sampleRun());
    QVERIFY2(answer.ok, qPrintable(answer.error));
    QCOMPARE(answer.text, expected);
}

void TestLessonAnswers::cannotCompute_data()
{
    QTest::addColumn<LessonAnswerSource>("answerSource");
    QTest::addColumn<QString>("error");
    QTest::newRow("no line") << outputSource(QStringLiteral("^nothing (.*)"))
                             << QStringLiteral("no printed line matches /^nothing (.*)/");
    QTest::newRow("too few lines") << outputSource(QStringLiteral("is ready"), 3)
                                   << QStringLiteral("only 2 printed line(s) match /is ready/");
    QTest::newRow("no such task") << taskSource(QStringLiteral("task_state"), QStringLiteral("api_z"))
                                  << QStringLiteral("the run has no task named \"api_z\"");
    QTest::newRow("never ended") << taskSource(QStringLiteral("task_end_time"), QStringLiteral("idle"))
                                 << QStringLiteral("task \"idle\" did not end during the run");
    QTest::newRow("unknown source") << source(QStringLiteral("vibes"))
                                    << QStringLiteral("unknown answer source \"vibes\"");
}

void TestLessonAnswers::cannotCompute()
{
    QFETCH(LessonAnswerSource, answerSource);
    QFETCH(QString, error);
    const ComputedAnswer answer = AnswerEvaluator::compute(answerSource, sampleRun());
    QVERIFY(!answer.ok);
    QCOMPARE(answer.error, error);
}

void TestLessonAnswers::gradesNumbersWithTolerance()
{
    LessonQuestion q;
    q.kind = LessonQuestion::Kind::Number;
    q.answer = source(QStringLiteral("total_time"));
    q.tolerance = 0.05;
    const RunOutcome run = sampleRun();
    QVERIFY(AnswerEvaluator::isCorrect(q, run, QStringLiteral("3")));
    QVERIFY(AnswerEvaluator::isCorrect(q, run, QStringLiteral(" 3.05 ")));
    QVERIFY(!AnswerEvaluator::isCorrect(q, run, QStringLiteral("3.1")));
    QVERIFY(!AnswerEvaluator::isCorrect(q, run, QStringLiteral("9")));
    QVERIFY(!AnswerEvaluator::isCorrect(q, run, QStringLiteral("three")));
}

void TestLessonAnswers::choiceNeedsExactlyOneOption()
{
    LessonQuestion q;
    q.kind = LessonQuestion::Kind::Choice;
    q.answer = taskSource(QStringLiteral("task_state"), QStringLiteral("api_c"));
    q.options = {{QStringLiteral("finished"), QStringLiteral("It finishes")},
                 {QStringLiteral("cancelled"), QStringLiteral("It is cancelled")}};
    QString error;
    QCOMPARE(AnswerEvaluator::correctOption(q, sampleRun(), &error), 1);
    QVERIFY(AnswerEvaluator::isCorrect(q, sampleRun(), QStringLiteral("cancelled")));
    QVERIFY(!AnswerEvaluator::isCorrect(q, sampleRun(), QStringLiteral("finished")));

    q.options = {{QStringLiteral("finished"), QStringLiteral("a")},
                 {QStringLiteral("failed"), QStringLiteral("b")}};
    QCOMPARE(AnswerEvaluator::correctOption(q, sampleRun(), &error), -1);
    QCOMPARE(error, QStringLiteral("the answer \"cancelled\" matches none of the options"));

    // Numbers compare as numbers: "3.0" and "3" are the same answer, so two such options clash.
    q.answer = source(QStringLiteral("total_time"));
    q.options = {{QStringLiteral("3.0"), QStringLiteral("a")}, {QStringLiteral("3"), QStringLiteral("b")}};
    QCOMPARE(AnswerEvaluator::correctOption(q, sampleRun(), &error), -1);
    QCOMPARE(error, QStringLiteral("the answer \"3\" matches more than one option"));
}

namespace {

// main (run) creates api_a and api_b; api_b finishes at 1, main cancels api_a at 2 and ends at 2;
// asyncio.run's clean-up would cancel `leftover` after that.
Trace sampleTrace()
{
    Trace trace;
    trace.addTask({1, QStringLiteral("Task-1"), -1, 1, QStringLiteral("main"), QStringLiteral("run")});
    trace.addTask({2, QStringLiteral("api_a"), 1, 3, QStringLiteral("fetch"), QStringLiteral("create_task")});
    trace.addTask({3, QStringLiteral("api_b"), 1, 4, QStringLiteral("fetch"), QStringLiteral("create_task")});
    trace.addTask(
        {4, QStringLiteral("leftover"), 1, 5, QStringLiteral("fetch"), QStringLiteral("create_task")});
    auto event = [&trace](double time, TraceEvent::Kind kind, int task, const QString &text = QString()) {
        TraceEvent e;
        e.time = time;
        e.kind = kind;
        e.task = task;
        e.text = text;
        trace.append(e);
    };
    using K = TraceEvent::Kind;
    event(0, K::TaskCreated, 1);
    event(0, K::StepStarted, 1);
    event(0, K::TaskCreated, 2);
    event(0, K::TaskCreated, 3);
    event(0.5, K::TaskCreated, 4);
    event(0, K::StepStarted, 2);
    event(1, K::TaskFinished, 3);
    event(1, K::Output, 1, QStringLiteral("api_b done\n"));
    event(2, K::CancelRequested, 2);
    event(2, K::TaskCancelled, 2);
    event(2, K::Output, 1, QStringLiteral("a\nb\n"));
    event(2, K::TaskFinished, 1);
    event(2, K::TaskCancelled, 4);
    trace.endTime = 2;
    return trace;
}

} // namespace

void TestLessonAnswers::outcomeFromTrace()
{
    const RunOutcome run = RunOutcome::fromTrace(sampleTrace());
    QCOMPARE(run.stdoutLines,
             (QStringList{QStringLiteral("api_b done"), QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(run.totalTime, 2.0);
    QCOMPARE(run.tasks.size(), 3); // main's own task is not the program's
    QCOMPARE(run.task(QStringLiteral("api_b"))->state, QStringLiteral("finished"));
    QCOMPARE(run.task(QStringLiteral("api_b"))->endedAt, 1.0);
    QCOMPARE(run.task(QStringLiteral("api_a"))->state, QStringLiteral("cancelled"));
    QCOMPARE(run.task(QStringLiteral("leftover"))->createdAt, 0.5);
    QCOMPARE(run.task(QStringLiteral("leftover"))->state,
             QStringLiteral("pending")); // cancelled by asyncio.run's clean-up
}

void TestLessonAnswers::momentsInTrace()
{
    const Trace trace = sampleTrace();
    auto at = [&trace](LessonMoment::Kind kind, const QString &event = QString(),
                       const QString &task = QString(), const QString &text = QString(), double time = 0) {
        LessonMoment m;
        m.kind = kind;
        m.event = event;
        m.task = task;
        m.text = text;
        m.time = time;
        return MomentLocator::find(trace, m);
    };
    using K = LessonMoment::Kind;
    QCOMPARE(at(K::Start), std::optional<std::uint64_t>(trace.events().front().seq));
    QCOMPARE(at(K::End), std::optional<std::uint64_t>(trace.events().back().seq));
    QCOMPARE(at(K::Task, QStringLiteral("task-finished"), QStringLiteral("api_b")),
             std::optional<std::uint64_t>(trace.events()[6].seq));
    QCOMPARE(at(K::Task, QStringLiteral("task-started"), QStringLiteral("api_a")),
             std::optional<std::uint64_t>(trace.events()[5].seq));
    QCOMPARE(at(K::Task, QStringLiteral("cancel-requested"), QStringLiteral("api_a")),
             std::optional<std::uint64_t>(trace.events()[8].seq));
    QCOMPARE(at(K::Task, QStringLiteral("task-ended"), QStringLiteral("api_a")),
             std::optional<std::uint64_t>(trace.events()[9].seq));
    QCOMPARE(at(K::Task, QStringLiteral("task-failed"), QStringLiteral("api_a")), std::nullopt);
    QCOMPARE(at(K::Output, {}, {}, QStringLiteral("b")), std::optional<std::uint64_t>(trace.events()[7].seq));
    QCOMPARE(at(K::Time, {}, {}, {}, 1.5), std::optional<std::uint64_t>(trace.events()[8].seq));
    QCOMPARE(at(K::Time, {}, {}, {}, 9), std::nullopt);

    LessonSection intro;
    intro.id = QStringLiteral("intro");
    intro.at.kind = K::Start;
    LessonSection bDone = intro;
    bDone.id = QStringLiteral("b");
    bDone.at.kind = K::Task;
    bDone.at.event = QStringLiteral("task-finished");
    bDone.at.task = QStringLiteral("api_b");
    LessonSection never = bDone;
    never.id = QStringLiteral("never");
    never.at.event = QStringLiteral("task-failed");
    LessonSection other = intro;
    other.program = QStringLiteral("fixed");
    const QList<LessonSection> sections{intro, bDone, never, other};
    QCOMPARE(MomentLocator::sectionAt(trace, sections, QStringLiteral("main"), trace.events()[0].seq), 0);
    QCOMPARE(MomentLocator::sectionAt(trace, sections, QStringLiteral("main"), trace.events()[7].seq), 1);
    // A moment that never happens is shown at the end.
    QCOMPARE(MomentLocator::sectionAt(trace, sections, QStringLiteral("main"), trace.events().back().seq), 2);
    QCOMPARE(MomentLocator::sectionAt(trace, sections, QStringLiteral("fixed"), trace.events()[3].seq), 3);
    QCOMPARE(MomentLocator::sectionAt(trace, sections, QStringLiteral("nope"), 0), -1);
}

void TestLessonAnswers::jsonLines()
{
    const QByteArray text = "{\n  \"a\": 1,\n  \"list\": [\n    { \"x\": \"y\\\"z\" },\n    {\n      "
                            "\"deep\": [1, 2]\n    }\n  ]\n}\n";
    const JsonLineIndex index(text);
    QCOMPARE(index.line(QStringLiteral("a")), 2);
    QCOMPARE(index.line(QStringLiteral("list")), 3);
    QCOMPARE(index.line(QStringLiteral("list[0]")), 4);
    QCOMPARE(index.line(QStringLiteral("list[0].x")), 4);
    QCOMPARE(index.line(QStringLiteral("list[1].deep")), 6);
    QCOMPARE(index.line(QStringLiteral("list[1].missing")), 5); // falls back to the enclosing object
    QCOMPARE(index.line(QStringLiteral("nothing.at.all")), 1);
    QCOMPARE(JsonLineIndex::lineAtOffset(text, 0), 1);
    QCOMPARE(JsonLineIndex::lineAtOffset(text, text.indexOf("deep")), 6);
}

QTEST_GUILESS_MAIN(TestLessonAnswers)
#include "tst_lessonanswers.moc"
