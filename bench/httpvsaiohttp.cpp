#include "httpvsaiohttp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <optional>
#include <vector>

namespace awaitscope::bench {

namespace {

// Each side times itself, from the first request to the last response, so start-up (the interpreter's
// or CPython's import of aiohttp) is not part of the figure.
constexpr char kProgram[] = R"(import asyncio
import time

import aiohttp

URL = "http://127.0.0.1:%1"


async def main():
    connector = aiohttp.TCPConnector(limit=100)
    async with aiohttp.ClientSession(connector=connector) as session:
        async def one():
            async with session.get(URL + "/delay/100") as response:
                await response.read()

        start = time.perf_counter()
        await asyncio.gather(*[one() for _ in range(100)])
        middle = time.perf_counter()
        for _ in range(1000):
            async with session.get(URL + "/json") as response:
                await response.read()
        end = time.perf_counter()
        print("concurrent", middle - start)
        print("sequential", end - middle)


asyncio.run(main())
)";

// A python3 that can import aiohttp: the first on PATH, else the system's.
QString pythonWithAiohttp()
{
    QStringList candidates;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates << onPath;
    if (QFile::exists(QStringLiteral("/usr/bin/python3")))
        candidates << QStringLiteral("/usr/bin/python3");
    for (const QString &python : std::as_const(candidates)) {
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import aiohttp")});
        if (p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return {};
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

struct Times
{
    double concurrent = 0.0;
    double sequential = 0.0;
};

std::optional<Times> timed(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression line(QStringLiteral("^(concurrent|sequential) ([0-9.eE+-]+)$"),
                                         QRegularExpression::MultilineOption);
    Times t;
    int found = 0;
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        (m.captured(1) == QLatin1String("concurrent") ? t.concurrent : t.sequential) =
            m.captured(2).toDouble();
        ++found;
    }
    if (found != 2)
        return std::nullopt;
    return t;
}

} // namespace

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

HttpVsAiohttp runHttpVsAiohttp(int rounds)
{
    HttpVsAiohttp out;
    const QString python = pythonWithAiohttp();
    if (python.isEmpty()) {
        out.skipped = QStringLiteral("no python3 with aiohttp (Debian: apt install python3-aiohttp)");
        return out;
    }
    const QString awaitscope = QStringLiteral(AWAITSCOPE_BINARY);
    const int port = freePort();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("http_vs_aiohttp.py"));
    QFile f(file);
    if (port == 0 || !dir.isValid() || !f.open(QIODevice::WriteOnly) ||
        f.write(QString::fromLatin1(kProgram).arg(port).toUtf8()) < 0) {
        out.skipped = QStringLiteral("cannot prepare the program or a port");
        return out;
    }
    f.close();

    QProcess server;
    server.start(awaitscope, {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port)});
    if (!server.waitForStarted(10000)) {
        out.skipped = QStringLiteral("awaitscope serve did not start");
        return out;
    }
    QThread::msleep(500); // the server listens once its window-less application runs

    std::vector<double> ac, as, pc, ps;
    const QStringList awaitscopeArgs = {QStringLiteral("run"),       QStringLiteral("--clock"),
                                        QStringLiteral("real"),      QStringLiteral("--net"),
                                        QStringLiteral("real"),      QStringLiteral("--allow-host"),
                                        QStringLiteral("127.0.0.1"), file};
    for (int i = 0; i < rounds; ++i) {
        const auto a = timed(awaitscope, awaitscopeArgs);
        const auto c = timed(python, {file});
        if (!a || !c) {
            out.skipped =
                a ? QStringLiteral("the CPython run failed") : QStringLiteral("the Awaitscope run failed");
            server.kill();
            server.waitForFinished(5000);
            return out;
        }
        ac.push_back(a->concurrent);
        as.push_back(a->sequential);
        pc.push_back(c->concurrent);
        ps.push_back(c->sequential);
    }
    server.kill();
    server.waitForFinished(5000);
    out.rounds = rounds;
    out.awaitscopeConcurrent = median(ac);
    out.awaitscopeSequential = median(as);
    out.aiohttpConcurrent = median(pc);
    out.aiohttpSequential = median(ps);
    if (out.aiohttpConcurrent <= 0 || out.aiohttpSequential <= 0) {
        out.skipped = QStringLiteral("CPython reported no time");
        return out;
    }
    out.concurrentRatio = out.awaitscopeConcurrent / out.aiohttpConcurrent;
    out.sequentialRatio = out.awaitscopeSequential / out.aiohttpSequential;
    out.ok = true;
    return out;
}

} // namespace awaitscope::bench
