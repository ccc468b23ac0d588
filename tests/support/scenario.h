#pragma once

// Helpers for runtime tests: a scenario is a main coroutine that writes lines to a Log; the test compares
// the log with what CPython 3.11 prints for the same program. Every run has a watchdog so a hang fails fast.
#include "runtime/api.h"
#include "trace/trace.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QStringList>
#include <QTest>

#include <functional>

namespace scenario {

using awaitscope::Loop;

struct Log
{
    Loop *loop = nullptr;
    QStringList lines;
    // "t=3 text": the virtual time, rounded to 0.01 s, then the text.
    void operator()(const QString &text)
    {
        lines << QStringLiteral("t=%1 %2").arg(QString::number(qRound(loop->time() * 100) / 100.0), text);
    }
};

using Body = std::function<QCoro::Task<void>(Log &)>;

struct Result
{
    QStringList lines;
    QString error; // what main raised, or why the run stopped
    double endTime = 0;
    QStringList unretrieved;
};

inline QString errorText(const std::exception_ptr &e)
{
    return awaitscope::describeException(e);
}

// Runs `body` as asyncio.run(main()) on a virtual clock, with a watchdog on the number of passes.
inline Result run(const Body &body, awaitscope::Trace *trace = nullptr,
                  Loop::Clock clock = Loop::Clock::Virtual)
{
    Loop loop(clock, trace);
    Log log;
    log.loop = &loop;
    Result result;
    loop.exceptionHandler = [&](const QString &m) {
        result.unretrieved << m.section(QLatin1Char('\n'), 0, 0);
    };
    // Watchdog: a test that keeps the loop busy forever stops after 1,000,000 passes or 20 s.
    QElapsedTimer wall;
    wall.start();
    std::function<void()> watchdog = [&] {
        if (loop.passCount() > 1000000 || wall.elapsed() > 20000) {
            loop.requestStop();
            return;
        }
        loop.callLater(0.5, watchdog);
    };
    try {
        awaitscope::run(loop, [&]() -> QCoro::Task<void> {
            loop.callLater(0.5, watchdog);
            co_await body(log);
        });
    } catch (...) {
        result.error = errorText(std::current_exception());
    }
    result.lines = log.lines;
    result.endTime = loop.time();
    return result;
}

} // namespace scenario

Q_DECLARE_METATYPE(scenario::Body)
