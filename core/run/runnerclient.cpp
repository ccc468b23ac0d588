#include "run/runnerclient.h"

#include "run/runwire.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

#include <cstring>

namespace awaitscope {

namespace {
constexpr qsizetype kErrorTail = 4000; // what the runner wrote on stderr, kept for a crash report
} // namespace

QString RunnerClient::runnerPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("awaitscope-runner"));
}

RunnerClient::RunnerClient(const RunRequest &request, bool interactive)
    : m_reader(std::make_unique<runwire::FrameReader>())
    , m_source(request.source)
    , m_displayName(request.displayName)
    , m_realClock(request.realClock)
{
    // The hints' words travel as text: the hint is a function of this side.
    runwire::RequestFrame frame;
    frame.request = request;
    frame.interactive = interactive;
    for (py::Limit limit : py::allLimits())
        frame.limitHints.append(request.limitHint ? request.limitHint(limit) : py::commandLineHint(limit));
    m_request = runwire::encodeRequest(frame);
}

RunnerClient::~RunnerClient() = default;

bool RunnerClient::read(const QByteArray &bytes)
{
    m_reader->feed(bytes);
    while (std::optional<runwire::Frame> frame = m_reader->next()) {
        bool ok = false;
        switch (frame->kind) {
        case runwire::Message::Piece: {
            Trace::Piece piece;
            ok = runwire::decodePiece(frame->body, &piece);
            if (ok) {
                std::move(piece.events.begin(), piece.events.end(), std::back_inserter(m_piece.events));
                m_piece.tasks = std::move(piece.tasks);
                m_hasPiece = true;
            }
            break;
        }
        case runwire::Message::Input: {
            QString prompt;
            ok = runwire::decodeInput(frame->body, &prompt);
            if (ok)
                m_prompt = prompt;
            break;
        }
        case runwire::Message::Final: {
            auto ending = std::make_unique<runwire::FinalFrame>();
            ok = runwire::decodeFinal(frame->body, ending.get()) && !m_final;
            if (ok)
                m_final = std::move(ending);
            break;
        }
        default: // what only this side sends
            break;
        }
        if (!ok)
            return false;
    }
    return !m_reader->broken();
}

Trace::Piece RunnerClient::takePiece()
{
    m_hasPiece = false;
    return std::exchange(m_piece, Trace::Piece());
}

void RunnerClient::readErrors(const QByteArray &bytes)
{
    m_errors.append(bytes);
    if (m_errors.size() > kErrorTail)
        m_errors = m_errors.right(kErrorTail);
}

RunResult RunnerClient::finish(RunResult soFar, const Exit &exit)
{
    RunResult r = std::move(soFar);
    r.trace.appendPiece(takePiece());
    r.trace.source = m_source;
    r.trace.program = m_displayName;
    r.trace.clock = m_realClock ? QStringLiteral("real") : QStringLiteral("virtual");
    if (m_final && !exit.crashed && exit.exitCode == 0 && !exit.failedToStart) {
        runwire::FinalFrame &f = *m_final;
        r.trace.appendPiece(std::move(f.piece));
        r.trace.endTime = f.endTime;
        r.trace.exitStatus = f.exitStatus;
        r.exitStatus = f.exitStatus;
        r.output = std::move(f.output);
        r.errorOutput = std::move(f.errorOutput);
        r.trace.errorOutput = r.errorOutput.left(Trace::kMaxErrorOutput);
        r.error = std::move(f.error);
        m_final.reset();
        return r;
    }
    QString why;
    if (exit.failedToStart)
        why = QCoreApplication::translate("RunnerClient",
                                          "The program could not be started: %1 (%2). Reinstall "
                                          "Awaitscope; the runner belongs beside the awaitscope "
                                          "program.")
                  .arg(runnerPath(), exit.startError);
    else if (exit.endedAfterStop)
        why = QCoreApplication::translate(
                  "RunnerClient", "The program did not stop within %1 seconds (a blocking call?), so the "
                                  "process that ran it was ended; its tasks were not cancelled.")
                  .arg(kStopGraceMs / 1000);
    else if (exit.crashed)
        why = QCoreApplication::translate(
                  "RunnerClient", "The process that ran the program ended unexpectedly (%1). This is a "
                                  "fault in Awaitscope, not in your program; the picture shows what ran "
                                  "until then.")
                  .arg(QString::fromLocal8Bit(strsignal(exit.signal)));
    else
        why = QCoreApplication::translate(
                  "RunnerClient", "The process that ran the program ended without reporting the ending "
                                  "(exit status %1). This is a fault in Awaitscope, not in your program; "
                                  "the picture shows what ran until then.")
                  .arg(exit.exitCode);
    // What arrived is what ran: the output is in the trace's events, the ending is the message (and what
    // the runner itself said, an allocation failure, say).
    QString output;
    for (const TraceEvent &e : r.trace.events()) {
        if (e.kind == TraceEvent::Kind::Output)
            output += e.text;
    }
    r.output = output;
    QString errors = why + QLatin1Char('\n');
    const QString runnerSaid = QString::fromLocal8Bit(m_errors).trimmed();
    if (!exit.endedAfterStop && !runnerSaid.isEmpty())
        errors += runnerSaid + QLatin1Char('\n');
    r.errorOutput = errors;
    r.exitStatus = 1;
    r.error = RunError();
    r.error.kind = exit.endedAfterStop  ? RunError::Kind::Killed
                   : exit.failedToStart ? RunError::Kind::NotRun
                                        : RunError::Kind::Crashed;
    r.error.message = why;
    r.trace.exitStatus = 1;
    r.trace.endTime = runEndTime(r.trace, 0.0);
    r.trace.errorOutput = errors.left(Trace::kMaxErrorOutput);
    return r;
}

RunResult runInRunner(const RunRequest &request)
{
    RunnerClient client(request, false);
    QProcess process;
    process.start(RunnerClient::runnerPath(), {}, QIODevice::ReadWrite);
    RunnerClient::Exit exit;
    if (!process.waitForStarted(-1)) {
        exit.failedToStart = true;
        exit.startError = process.errorString();
        return client.finish(RunResult(), exit);
    }
    process.write(client.requestFrame());
    // Its stdin stays open until it ends: a closed one tells the runner that nobody is listening.
    bool understood = true;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        if (!client.read(process.readAllStandardOutput()) && understood) {
            understood = false;
            process.kill();
        }
        client.readErrors(process.readAllStandardError());
    }
    process.waitForFinished(-1);
    if (understood)
        understood = client.read(process.readAllStandardOutput());
    client.readErrors(process.readAllStandardError());
    exit.crashed = process.exitStatus() == QProcess::CrashExit || !understood;
    exit.signal = process.exitStatus() == QProcess::CrashExit ? process.exitCode() : 0;
    exit.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 0;
    return client.finish(RunResult(), exit);
}

} // namespace awaitscope
