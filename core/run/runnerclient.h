#pragma once

#include "run/runservice.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace awaitscope {

namespace runwire {
class FrameReader;
struct FinalFrame;
} // namespace runwire

// The window's side of a run in awaitscope-runner (run/runner.h), apart from the process itself: the
// request to send, and what the runner's words and its exit make of the run. The live run
// (app/lessonview/liverun) drives it as the bytes arrive; runInRunner below drives it to the end.
class RunnerClient
{
public:
    // The runner beside this program's binary (build/bin in the build tree, <prefix>/bin when installed).
    static QString runnerPath();

    // `interactive`: input() asks this side (answer with runwire::encodeAnswer); otherwise it raises
    // EOFError.
    RunnerClient(const RunRequest &request, bool interactive);
    ~RunnerClient();

    // The first bytes for the runner's stdin.
    QByteArray requestFrame() const { return m_request; }

    // What the runner wrote on stdout. False when it is not the runner's language: end the runner.
    bool read(const QByteArray &bytes);
    // Trace pieces that arrived since the last call, merged into one (tasks as they are now).
    bool hasPiece() const { return m_hasPiece; }
    Trace::Piece takePiece();
    // input() waits with this prompt (set once per wait).
    std::optional<QString> takePrompt() { return std::exchange(m_prompt, std::nullopt); }
    // What the runner wrote on stderr: its last few thousand bytes are kept for a crash report.
    void readErrors(const QByteArray &bytes);

    // How the runner's process ended.
    struct Exit
    {
        bool failedToStart = false;
        QString startError;   // why it did not start
        bool crashed = false; // killed by a signal
        int signal = 0;
        int exitCode = 0;
        bool endedAfterStop = false; // this side ended it because it ignored a stop
    };
    // The run, from what arrived (`soFar`: the pieces taken, appended in order) and the ending the runner
    // reported, or, without one, a message that says what happened.
    RunResult finish(RunResult soFar, const Exit &exit);

    static constexpr int kStopGraceMs =
        3000; // how long a stopped program may take before its runner is ended

private:
    QByteArray m_request;
    std::unique_ptr<runwire::FrameReader> m_reader;
    Trace::Piece m_piece;
    bool m_hasPiece = false;
    std::optional<QString> m_prompt;
    std::unique_ptr<runwire::FinalFrame> m_final;
    QByteArray m_errors;
    // The request's source, name and clock, for the trace.
    QString m_source;
    QString m_displayName;
    bool m_realClock = false;
};

// Runs a request in awaitscope-runner and waits for its end, on the calling thread (a worker thread:
// Compare's). input() raises EOFError. The same result as runProgram, unless the runner fails: then the
// trace so far and a message that says so.
RunResult runInRunner(const RunRequest &request);

} // namespace awaitscope
