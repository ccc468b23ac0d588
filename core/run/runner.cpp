#include "run/runner.h"

#include "python/pythonrunner.h"
#include "run/runwire.h"

#include <QCoreApplication>
#include <QTranslator>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace awaitscope {

namespace {

constexpr int kInputPollMs = 50; // how soon a program waiting for input() sees a stop

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// The next frame of stdin, read in chunks through `reader` (which keeps what came after it), or nothing at
// its end or on a broken stream.
std::optional<runwire::Frame> readFrame(runwire::FrameReader &reader)
{
    char chunk[1 << 16];
    for (;;) {
        if (std::optional<runwire::Frame> frame = reader.next())
            return frame;
        if (reader.broken())
            return std::nullopt;
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return std::nullopt;
        reader.feed(QByteArray(chunk, qsizetype(n)));
    }
}

// What the program's thread and the thread that reads stdin share.
struct Channel
{
    py::RunControl control;
    int framesOut = STDOUT_FILENO;
    std::mutex writeMutex; // framesOut: the program's thread, and a worker thread's input()

    std::mutex inputMutex;
    std::condition_variable inputReady;
    bool inputClosed = false; // stdin ended: no answer will come
    bool inputGiven = false;
    std::optional<QString> inputLine;

    bool send(const QByteArray &frame)
    {
        std::lock_guard lock(writeMutex);
        if (writeAll(framesOut, frame))
            return true;
        // Nobody reads any more: the window is gone.
        control.requestStop(QStringLiteral("the window was closed"));
        return false;
    }

    std::optional<QString> readLine(const QString &prompt)
    {
        {
            std::lock_guard lock(inputMutex);
            inputGiven = false;
            inputLine.reset();
        }
        if (!send(runwire::encodeInput(prompt)))
            return std::nullopt;
        std::unique_lock lock(inputMutex);
        // A stop request sets only a flag: look at it now and then.
        while (!inputGiven && !inputClosed && !control.stopRequested())
            inputReady.wait_for(lock, std::chrono::milliseconds(kInputPollMs));
        return inputGiven ? std::exchange(inputLine, std::nullopt) : std::nullopt;
    }

    void give(std::optional<QString> line)
    {
        {
            std::lock_guard lock(inputMutex);
            inputLine = std::move(line);
            inputGiven = true;
        }
        inputReady.notify_all();
    }

    // The window's side of the conversation, on a thread of its own for the whole run, from where the
    // request ended.
    void listen(runwire::FrameReader reader)
    {
        while (const std::optional<runwire::Frame> frame = readFrame(reader)) {
            if (frame->kind == runwire::Message::Stop) {
                QString reason;
                if (runwire::decodeStop(frame->body, &reason)) {
                    if (reason.isEmpty())
                        control.requestStop(); // its own words: "stopped by the user"
                    else
                        control.requestStop(reason);
                }
            } else if (frame->kind == runwire::Message::Answer) {
                std::optional<QString> line;
                if (runwire::decodeAnswer(frame->body, &line))
                    give(std::move(line));
            }
        }
        {
            std::lock_guard lock(inputMutex);
            inputClosed = true;
        }
        inputReady.notify_all();
        control.requestStop(QStringLiteral("the window was closed"));
    }
};

// Hands the trace over as it grows.
struct PieceSender : RunProgressSink
{
    Channel *channel = nullptr;
    size_t sent = 0; // events handed over so far

    void traceGrew(const Trace &trace, size_t fromEvent) override
    {
        channel->send(runwire::encodePiece(Trace::piece(trace, fromEvent)));
        sent = trace.events().size();
    }
};

// Backstops that the interpreter's own limits should make unnecessary: a memory accounting mistake cannot
// take the machine's memory (the allocation fails and this process ends, which the window reports), and a
// fault leaves no core file behind.
void limitThisProcess(const py::RunLimits &limits)
{
    rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    // (The sanitizers reserve terabytes of address space for their shadow memory.)
    constexpr rlim_t GiB = rlim_t(1) << 30;
    const rlim_t program = rlim_t(std::max<int64_t>(limits.maxMemoryBytes(), 0));
    const rlim_t cap = std::max<rlim_t>(4 * GiB, 3 * program + GiB);
    rlimit space{cap, cap};
    setrlimit(RLIMIT_AS, &space);
#else
    Q_UNUSED(limits);
#endif
}

} // namespace

int serveRunRequest()
{
    if (isatty(STDIN_FILENO)) {
        std::fputs(
            "awaitscope-runner runs programs for the Awaitscope window. To run a program yourself, use "
            "`awaitscope run FILE.py`.\n",
            stderr);
        return 2;
    }
    // A window that dies takes its runner with it; a write to a closed pipe is an error, not a signal.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    std::signal(SIGPIPE, SIG_IGN);

    runwire::FrameReader stdinReader;
    const std::optional<runwire::Frame> first = readFrame(stdinReader);
    runwire::RequestFrame frame;
    if (!first || first->kind != runwire::Message::Request || !runwire::decodeRequest(first->body, &frame)) {
        std::fputs("awaitscope-runner: no run request on stdin\n", stderr);
        return 2;
    }
    limitThisProcess(frame.request.limits);

    QTranslator translator;
    if (!frame.request.translationFile.isEmpty() && translator.load(frame.request.translationFile))
        QCoreApplication::installTranslator(&translator);

    auto *channel = new Channel; // outlives this function: the listening thread may still use it at _exit
    // The frames get a descriptor of their own, and stdout becomes stderr: whatever else writes to stdout
    // in this process (a library's message) cannot break the stream the window reads.
    const int framesOut = dup(STDOUT_FILENO);
    if (framesOut >= 0 && dup2(STDERR_FILENO, STDOUT_FILENO) >= 0)
        channel->framesOut = framesOut;
    RunRequest request = std::move(frame.request);
    const QList<py::Limit> limits = py::allLimits();
    if (frame.limitHints.size() == limits.size()) {
        request.limitHint = [hints = frame.limitHints, limits](py::Limit limit) {
            return hints.value(limits.indexOf(limit));
        };
    }
    if (frame.interactive)
        request.readLine = [channel](const QString &prompt) { return channel->readLine(prompt); };
    std::thread(&Channel::listen, channel, std::move(stdinReader)).detach();

    PieceSender sender;
    sender.channel = channel;
    RunResult result = runProgram(request, &channel->control, &sender);

    runwire::FinalFrame ending;
    ending.piece = Trace::piece(result.trace, sender.sent);
    ending.endTime = result.trace.endTime;
    ending.exitStatus = result.exitStatus;
    ending.output = std::move(result.output);
    ending.errorOutput = std::move(result.errorOutput);
    ending.error = std::move(result.error);
    channel->send(runwire::encodeFinal(ending));
    // Without the destructors: the listening thread is blocked in a read, and worker threads a program
    // left behind (a to_thread job still sleeping) must not hold this process open.
    std::fflush(stderr);
    ::_exit(0);
}

} // namespace awaitscope
