#include "run/runnerclient.h"

#include "run/runwire.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QThread>
#include <QThreadPool>

#include <cstring>
#include <limits>

namespace awaitscope {

namespace {
constexpr qsizetype kErrorTail = 4000; // what the runner wrote on stderr, kept for a crash report
} // namespace

QString RunnerClient::runnerPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("awaitscope-runner"));
}

RunResult RunnerClient::emptyRun(const RunRequest &request)
{
    RunResult run;
    run.trace.source = request.source;
    run.trace.program = request.displayName;
    run.trace.clock = request.realClock ? QStringLiteral("real") : QStringLiteral("virtual");
    return run;
}

RunnerClient::Exit RunnerClient::exitOf(const QProcess &process)
{
    Exit exit;
    exit.failedToStart = process.error() == QProcess::FailedToStart;
    exit.startError = process.errorString();
    exit.crashed = process.exitStatus() == QProcess::CrashExit;
    exit.signal = exit.crashed ? process.exitCode() : 0;
    exit.exitCode = exit.crashed ? 0 : process.exitCode();
    return exit;
}

RunnerClient::RunnerClient(const RunRequest &request, bool interactive)
    : m_reader(std::make_unique<runwire::FrameReader>())
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
    // Decoded without the lock; only the merge holds it, so whoever takes the results never waits long.
    m_reader->feed(bytes);
    Trace::Piece piece;
    bool hasPiece = false;
    std::optional<QString> prompt;
    std::unique_ptr<runwire::FinalFrame> ending;
    bool ok = true;
    while (std::optional<runwire::Frame> frame = m_reader->next()) {
        switch (frame->kind) {
        case runwire::Message::Piece: {
            Trace::Piece more;
            ok = runwire::decodePiece(frame->body, &more);
            if (ok) {
                piece.append(std::move(more));
                hasPiece = true;
            }
            break;
        }
        case runwire::Message::Input: {
            QString text;
            ok = runwire::decodeInput(frame->body, &text);
            if (ok)
                prompt = text;
            break;
        }
        case runwire::Message::Final:
            ending = std::make_unique<runwire::FinalFrame>();
            ok = runwire::decodeFinal(frame->body, ending.get());
            break;
        default: // what only this side sends
            ok = false;
            break;
        }
        if (!ok)
            break;
    }
    ok = ok && !m_reader->broken();
    std::lock_guard lock(m_mutex);
    if (hasPiece) {
        m_piece.append(std::move(piece));
        m_hasPiece = true;
    }
    if (prompt)
        m_prompt = std::move(prompt);
    if (ending && ok) {
        if (m_final)
            ok = false; // one ending only
        else
            m_final = std::move(ending);
    }
    if (!ok)
        m_garbled = true;
    return ok;
}

void RunnerClient::readLater(const QByteArray &bytes)
{
    std::lock_guard lock(m_mutex);
    if (m_discarded || bytes.isEmpty())
        return;
    m_queued.append(bytes);
    if (m_draining)
        return;
    m_draining = true;
    QThreadPool::globalInstance()->start([self = shared_from_this()] { self->drain(); });
}

void RunnerClient::drain()
{
    for (;;) {
        QByteArray bytes;
        {
            std::lock_guard lock(m_mutex);
            if (m_queued.isEmpty() || m_discarded || m_garbled) {
                m_queued.clear();
                m_draining = false;
                m_drained.notify_all();
                return;
            }
            bytes.swap(m_queued);
        }
        read(bytes);
    }
}

void RunnerClient::waitUntilRead()
{
    std::unique_lock lock(m_mutex);
    m_drained.wait(lock, [this] { return !m_draining; });
}

bool RunnerClient::garbled() const
{
    std::lock_guard lock(m_mutex);
    return m_garbled;
}

void RunnerClient::discard()
{
    std::lock_guard lock(m_mutex);
    m_discarded = true;
}

bool RunnerClient::hasPiece() const
{
    std::lock_guard lock(m_mutex);
    return m_hasPiece;
}

Trace::Piece RunnerClient::takePiece()
{
    std::lock_guard lock(m_mutex);
    m_hasPiece = false;
    return std::exchange(m_piece, Trace::Piece());
}

std::optional<QString> RunnerClient::takePrompt()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_prompt, std::nullopt);
}

void RunnerClient::readErrors(const QByteArray &bytes)
{
    std::lock_guard lock(m_mutex);
    m_errors.append(bytes);
    if (m_errors.size() > kErrorTail)
        m_errors = m_errors.right(kErrorTail);
}

RunResult RunnerClient::finish(RunResult soFar, const Exit &exit)
{
    RunResult r = std::move(soFar);
    r.trace.appendPiece(takePiece());
    std::lock_guard lock(m_mutex);
    if (m_final && !m_garbled && !exit.crashed && exit.exitCode == 0 && !exit.failedToStart) {
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
    r.output = r.trace.outputUntil(std::numeric_limits<std::uint64_t>::max());
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
    const auto interrupted = [] { return QThread::currentThread()->isInterruptionRequested(); };
    bool abandoned = interrupted(); // nobody waits for the result any more: the runner is ended
    QProcess process;
    if (!abandoned) {
        process.start(RunnerClient::runnerPath(), {}, QIODevice::ReadWrite);
        if (process.waitForStarted(-1)) {
            process.write(client.requestFrame());
            // Its stdin stays open until it ends: a closed one tells the runner that nobody is listening.
            while (process.state() != QProcess::NotRunning) {
                if ((abandoned = interrupted())) {
                    process.kill();
                    process.waitForFinished(-1);
                    break;
                }
                process.waitForReadyRead(100);
                if (!client.read(process.readAllStandardOutput()))
                    process.kill(); // not the runner's language: as good as crashed (finish says so)
                client.readErrors(process.readAllStandardError());
            }
            client.read(process.readAllStandardOutput());
            client.readErrors(process.readAllStandardError());
        }
    }
    RunnerClient::Exit exit = RunnerClient::exitOf(process);
    exit.endedAfterStop = abandoned;
    return client.finish(RunnerClient::emptyRun(request), exit);
}

} // namespace awaitscope
