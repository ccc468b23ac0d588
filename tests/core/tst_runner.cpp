// The window runs programs in awaitscope-runner: what crosses the pipe (run/runwire.h) comes back as it
// went, a broken stream is noticed instead of believed, and a run in the runner records the same trace,
// output and ending as the same run in this process.
#include "run/runnerclient.h"
#include "run/runservice.h"
#include "run/runwire.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <optional>

using namespace awaitscope;

namespace {

Trace::Piece samplePiece()
{
    Trace::Piece piece;
    TraceEvent e;
    e.seq = 7;
    e.time = 1.25;
    e.kind = TraceEvent::Kind::Suspended;
    e.waitKind = TraceEvent::WaitKind::Combinator;
    e.task = 3;
    e.other = -1;
    e.line = 12;
    e.text = QStringLiteral("gäther ✓");
    e.data = QJsonObject{{QStringLiteral("until"), 2.5},
                         {QStringLiteral("names"), QJsonArray{1, QStringLiteral("a")}}};
    piece.events.push_back(e);
    TraceEvent plain;
    plain.seq = 8;
    plain.kind = TraceEvent::Kind::Output;
    plain.text = QStringLiteral("hello\n");
    piece.events.push_back(plain);
    TraceTask t;
    t.id = 3;
    t.name = QStringLiteral("Task-3");
    t.parent = 1;
    t.createdLine = 9;
    t.coroutine = QStringLiteral("fetch");
    t.origin = QStringLiteral("gather");
    piece.tasks.push_back(t);
    return piece;
}

runwire::Frame onlyFrame(const QByteArray &bytes)
{
    runwire::FrameReader reader;
    reader.feed(bytes);
    std::optional<runwire::Frame> frame = reader.next();
    if (!frame)
        return {};
    if (reader.next() || reader.pendingBytes() != 0)
        return {};
    return *frame;
}

QString runnerPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("awaitscope-runner"));
}

// Runs a request in the runner and reads everything it says until it ends.
struct RunnerRun
{
    Trace trace;
    std::optional<runwire::FinalFrame> ending;
    int pieces = 0;
    QByteArray stderrText;
    int exitCode = -1;
};

RunnerRun talkToRunner(const RunRequest &request)
{
    RunnerRun run;
    QProcess process;
    process.start(runnerPath(), {});
    if (!process.waitForStarted(5000))
        return run;
    runwire::RequestFrame frame;
    frame.request = request;
    process.write(runwire::encodeRequest(frame));
    process.waitForFinished(60000);
    run.exitCode = process.exitCode();
    run.stderrText = process.readAllStandardError();
    runwire::FrameReader reader;
    reader.feed(process.readAllStandardOutput());
    while (std::optional<runwire::Frame> f = reader.next()) {
        if (f->kind == runwire::Message::Piece) {
            Trace::Piece piece;
            if (!runwire::decodePiece(f->body, &piece))
                return run;
            run.trace.appendPiece(std::move(piece));
            ++run.pieces;
        } else if (f->kind == runwire::Message::Final) {
            runwire::FinalFrame ending;
            if (!runwire::decodeFinal(f->body, &ending))
                return run;
            run.trace.appendPiece(std::move(ending.piece));
            run.ending = std::move(ending);
        }
    }
    return run;
}

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT
private slots:
    void messagesComeBackAsTheyWent();
    void framesArriveInAnyChunks();
    void aBrokenStreamIsNoticed_data();
    void aBrokenStreamIsNoticed();
    void theRunnerRunsAsThisProcessDoes_data();
    void theRunnerRunsAsThisProcessDoes();
    void aRunnerWithoutARequestSaysSo();
};

void TestRunner::messagesComeBackAsTheyWent()
{
    runwire::RequestFrame request;
    request.request.source = QStringLiteral("print('ü')\n");
    request.request.displayName = QStringLiteral("x.py");
    request.request.realClock = true;
    request.request.network = QStringLiteral("sim");
    request.request.allowedHosts = {QStringLiteral("example.org")};
    request.request.moduleFolders = {QStringLiteral("/a"), QStringLiteral("/b")};
    request.request.limits.maxSteps = 123;
    request.request.limits.maxMemoryMB = 7;
    request.request.limits.maxTraceEvents = 99;
    request.request.keepOutput = false;
    request.interactive = true;
    request.limitHints = {QStringLiteral("a"), QStringLiteral("b")};
    request.request.translationFile = QStringLiteral("de.qm");
    runwire::Frame f = onlyFrame(runwire::encodeRequest(request));
    QCOMPARE(f.kind, runwire::Message::Request);
    runwire::RequestFrame back;
    QVERIFY(runwire::decodeRequest(f.body, &back));
    QCOMPARE(back.request.source, request.request.source);
    QCOMPARE(back.request.displayName, QStringLiteral("x.py"));
    QVERIFY(back.request.realClock);
    QCOMPARE(back.request.network, QStringLiteral("sim"));
    QCOMPARE(back.request.allowedHosts, request.request.allowedHosts);
    QCOMPARE(back.request.moduleFolders, request.request.moduleFolders);
    QCOMPARE(back.request.limits.maxSteps, 123);
    QCOMPARE(back.request.limits.maxMemoryMB, 7);
    QCOMPARE(back.request.limits.maxTraceEvents, 99);
    QCOMPARE(back.request.limits.maxRecursion, 1000);
    QVERIFY(!back.request.keepOutput);
    QVERIFY(back.interactive);
    QCOMPARE(back.limitHints, request.limitHints);
    QCOMPARE(back.request.translationFile, QStringLiteral("de.qm"));

    const Trace::Piece piece = samplePiece();
    f = onlyFrame(runwire::encodePiece(piece));
    QCOMPARE(f.kind, runwire::Message::Piece);
    Trace::Piece pieceBack;
    QVERIFY(runwire::decodePiece(f.body, &pieceBack));
    QCOMPARE(pieceBack.events.size(), size_t(2));
    const TraceEvent &e = pieceBack.events[0];
    QCOMPARE(e.seq, quint64(7));
    QCOMPARE(e.time, 1.25);
    QCOMPARE(e.kind, TraceEvent::Kind::Suspended);
    QCOMPARE(e.waitKind, TraceEvent::WaitKind::Combinator);
    QCOMPARE(e.task, 3);
    QCOMPARE(e.other, -1);
    QCOMPARE(e.line, 12);
    QCOMPARE(e.text, piece.events[0].text);
    QCOMPARE(e.data, piece.events[0].data);
    QVERIFY(pieceBack.events[1].data.isEmpty());
    QCOMPARE(pieceBack.tasks.size(), size_t(1));
    QCOMPARE(pieceBack.tasks[0].name, QStringLiteral("Task-3"));
    QCOMPARE(pieceBack.tasks[0].parent, 1);
    QCOMPARE(pieceBack.tasks[0].createdLine, 9);
    QCOMPARE(pieceBack.tasks[0].coroutine, QStringLiteral("fetch"));
    QCOMPARE(pieceBack.tasks[0].origin, QStringLiteral("gather"));

    runwire::FinalFrame ending;
    ending.piece = piece;
    ending.endTime = 3.5;
    ending.exitStatus = 1;
    ending.output = QStringLiteral("out\n");
    ending.errorOutput = QStringLiteral("Traceback...\n");
    ending.error.kind = RunError::Kind::Exception;
    ending.error.type = QStringLiteral("ValueError");
    ending.error.message = QStringLiteral("bad");
    ending.error.line = 4;
    ending.error.frames = {{QStringLiteral("<module>"), 9, QString()},
                           {QStringLiteral("f"), 4, QStringLiteral("util/x.py")}};
    f = onlyFrame(runwire::encodeFinal(ending));
    QCOMPARE(f.kind, runwire::Message::Final);
    runwire::FinalFrame endingBack;
    QVERIFY(runwire::decodeFinal(f.body, &endingBack));
    QCOMPARE(endingBack.piece.events.size(), size_t(2));
    QCOMPARE(endingBack.endTime, 3.5);
    QCOMPARE(endingBack.exitStatus, 1);
    QCOMPARE(endingBack.output, ending.output);
    QCOMPARE(endingBack.errorOutput, ending.errorOutput);
    QCOMPARE(endingBack.error.kind, RunError::Kind::Exception);
    QCOMPARE(endingBack.error.summary(), QStringLiteral("ValueError: bad"));
    QCOMPARE(endingBack.error.line, 4);
    QCOMPARE(endingBack.error.frames.size(), 2);
    QCOMPARE(endingBack.error.frames[1].file, QStringLiteral("util/x.py"));

    // input(): a line, an empty line and the end of the input are three different answers.
    std::optional<QString> line;
    QVERIFY(runwire::decodeAnswer(onlyFrame(runwire::encodeAnswer(QStringLiteral("42"))).body, &line));
    QCOMPARE(line, std::optional<QString>(QStringLiteral("42")));
    QVERIFY(runwire::decodeAnswer(onlyFrame(runwire::encodeAnswer(QString())).body, &line));
    QVERIFY(line.has_value() && line->isEmpty());
    QVERIFY(runwire::decodeAnswer(onlyFrame(runwire::encodeAnswer(std::nullopt)).body, &line));
    QVERIFY(!line.has_value());
    QString text;
    QVERIFY(runwire::decodeStop(onlyFrame(runwire::encodeStop(QStringLiteral("why"))).body, &text));
    QCOMPARE(text, QStringLiteral("why"));
    QVERIFY(runwire::decodeInput(onlyFrame(runwire::encodeInput(QStringLiteral("Name? "))).body, &text));
    QCOMPARE(text, QStringLiteral("Name? "));
    // A body read as another message does not pass.
    Trace::Piece wrong;
    QVERIFY(!runwire::decodePiece(onlyFrame(runwire::encodeStop(QStringLiteral("why"))).body, &wrong));
}

void TestRunner::framesArriveInAnyChunks()
{
    const QByteArray stream = runwire::encodePiece(samplePiece()) +
                              runwire::encodeInput(QStringLiteral("?")) + runwire::encodeStop(QString());
    for (int chunk : {1, 3, 17, int(stream.size())}) {
        runwire::FrameReader reader;
        QList<runwire::Message> kinds;
        for (qsizetype at = 0; at < stream.size(); at += chunk) {
            reader.feed(stream.mid(at, chunk));
            while (std::optional<runwire::Frame> f = reader.next())
                kinds.append(f->kind);
        }
        QCOMPARE(kinds, (QList<runwire::Message>{runwire::Message::Piece, runwire::Message::Input,
                                                 runwire::Message::Stop}));
        QVERIFY(!reader.broken());
        QCOMPARE(reader.pendingBytes(), 0);
    }
}

void TestRunner::aBrokenStreamIsNoticed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("broken");
    QByteArray huge("\x7f\xff\xff\xff\x0a", 5);
    QTest::newRow("a length beyond any frame") << huge << true;
    QTest::newRow("a zero length") << QByteArray("\0\0\0\0\x0a", 5) << true;
    QTest::newRow("an unknown message") << QByteArray("\0\0\0\x01\x63", 5) << true;
    QByteArray cut = runwire::encodePiece(samplePiece());
    cut.chop(3);
    QTest::newRow("a frame cut short waits") << cut << false;
}

void TestRunner::aBrokenStreamIsNoticed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, broken);
    runwire::FrameReader reader;
    reader.feed(bytes);
    QVERIFY(!reader.next());
    QCOMPARE(reader.broken(), broken);
    // A piece whose count promises more events than its bytes hold is refused without reserving them.
    QByteArray body = onlyFrame(runwire::encodePiece(samplePiece())).body;
    body[0] = char(0x7f);
    Trace::Piece piece;
    QVERIFY(!runwire::decodePiece(body, &piece));
}

void TestRunner::theRunnerRunsAsThisProcessDoes_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<int>("limitSteps");
    for (const char *name : {"gather_exceptions", "wait_modes", "taskgroup_failure", "event_queue",
                             "async_generator_shutdown", "blocking_sleep"})
        QTest::newRow(name)
            << QStringLiteral(AWAITSCOPE_SOURCE_DIR "/tests/scripts/%1.py").arg(QLatin1String(name)) << 0;
    QTest::newRow("a limit ends it") << QStringLiteral(AWAITSCOPE_SOURCE_DIR
                                                       "/tests/scripts/gather_basics.py")
                                     << 50;
}

void TestRunner::theRunnerRunsAsThisProcessDoes()
{
    QFETCH(QString, program);
    QFETCH(int, limitSteps);
    QFile file(program);
    QVERIFY(file.open(QIODevice::ReadOnly));
    RunRequest request;
    request.source = QString::fromUtf8(file.readAll());
    request.displayName = QStringLiteral("prog.py");
    if (limitSteps > 0)
        request.limits.maxSteps = limitSteps;
    const RunResult here = runProgram(request);
    const RunnerRun there = talkToRunner(request);
    QVERIFY2(there.ending.has_value(), there.stderrText.constData());
    QCOMPARE(there.exitCode, 0);
    QCOMPARE(there.ending->exitStatus, here.exitStatus);
    QCOMPARE(there.ending->output, here.output);
    QCOMPARE(there.ending->errorOutput, here.errorOutput);
    QCOMPARE(there.ending->error.kind, here.error.kind);
    QCOMPARE(there.ending->error.summary(), here.error.summary());
    QCOMPARE(there.ending->error.line, here.error.line);
    QCOMPARE(there.ending->endTime, here.trace.endTime);
    // The same trace, event for event (the metadata is the window's to set).
    Trace trace = there.trace;
    trace.program = here.trace.program;
    trace.source = here.trace.source;
    trace.clock = here.trace.clock;
    trace.endTime = here.trace.endTime;
    trace.exitStatus = here.trace.exitStatus;
    trace.errorOutput = here.trace.errorOutput;
    QCOMPARE(trace.toJson(), here.trace.toJson());
    QVERIFY(!here.trace.events().empty());

    // Compare's way: the whole run, waited for.
    const RunResult waited = runInRunner(request);
    QCOMPARE(waited.exitStatus, here.exitStatus);
    QCOMPARE(waited.output, here.output);
    QCOMPARE(waited.errorOutput, here.errorOutput);
    QCOMPARE(waited.error.summary(), here.error.summary());
    QCOMPARE(waited.trace.toJson(), here.trace.toJson());
}

void TestRunner::aRunnerWithoutARequestSaysSo()
{
    // Its stdin closed before a request came (a window that died at once): it ends with a message.
    QProcess process;
    process.start(runnerPath(), {});
    QVERIFY(process.waitForStarted(5000));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("no run request"));
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
