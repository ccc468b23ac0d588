#pragma once

#include "run/runservice.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

class QProcess;

namespace awaitscope {

namespace runwire {
class FrameReader;
struct FinalFrame;
} // namespace runwire

// The window's side of a run in awaitscope-runner (run/runner.h), apart from the process itself: the
// request to send, and what the runner's words and its exit make of the run. The live run
// (app/lessonview/liverun) drives it as the bytes arrive, decoding them off the GUI thread (readLater);
// runInRunner below drives it to the end. Its results may be taken on any thread.
class RunnerClient : public std::enable_shared_from_this<RunnerClient>
{
public:
    // The runner beside this program's binary (build/bin in the build tree, <prefix>/bin when installed).
    static QString runnerPath();
    // A run before anything arrived: its trace knows the program, its source and its clock.
    static RunResult emptyRun(const RunRequest &request);

    // `interactive`: input() asks this side (answer with runwire::encodeAnswer); otherwise it raises
    // EOFError.
    RunnerClient(const RunRequest &request, bool interactive);
    ~RunnerClient();

    // The first bytes for the runner's stdin.
    QByteArray requestFrame() const { return m_request; }

    // What the runner wrote on stdout, decoded now, on the calling thread. False when it is not the
    // runner's language: end the runner. (Not while a readLater is under way.)
    bool read(const QByteArray &bytes);
    // The same, decoded on a worker thread in the order given (a big piece of trace takes a while to
    // decode). The client must be owned by a shared_ptr. garbled() tells whether it was the runner's
    // language; waitUntilRead() (not on the GUI thread) waits until all of it is decoded.
    void readLater(const QByteArray &bytes);
    void waitUntilRead();
    bool garbled() const;
    // Stops decoding what readLater was given: nobody will look at it.
    void discard();
    // Trace pieces that arrived since the last call, merged into one (tasks as they are now).
    bool hasPiece() const;
    Trace::Piece takePiece();
    // input() waits with this prompt (set once per wait).
    std::optional<QString> takePrompt();
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
    // How an ended (or never started) process ended.
    static Exit exitOf(const QProcess &process);
    // The run, from what arrived (`soFar`: emptyRun's, with the pieces taken appended in order) and the
    // ending the runner reported, or, without one, a message that says what happened.
    RunResult finish(RunResult soFar, const Exit &exit);

    static constexpr int kStopGraceMs =
        3000; // how long a stopped program may take before its runner is ended

private:
    void drain();

    QByteArray m_request;
    std::unique_ptr<runwire::FrameReader> m_reader; // only the one thread decoding at a time uses it

    mutable std::mutex m_mutex; // guards everything below
    std::condition_variable m_drained;
    QByteArray m_queued;     // given to readLater, not decoded yet
    bool m_draining = false; // a worker decodes m_queued
    bool m_discarded = false;
    bool m_garbled = false;
    Trace::Piece m_piece;
    bool m_hasPiece = false;
    std::optional<QString> m_prompt;
    std::unique_ptr<runwire::FinalFrame> m_final;
    QByteArray m_errors;
};

// Runs a request in awaitscope-runner and waits for its end, on the calling thread (a worker thread:
// Compare's). input() raises EOFError. The same result as runProgram, unless the runner fails: then the
// trace so far and a message that says so. QThread::requestInterruption() on the calling thread ends the
// runner within 0.1 s (RunError::Killed), so whoever no longer wants the result need not wait for it.
RunResult runInRunner(const RunRequest &request);

} // namespace awaitscope
