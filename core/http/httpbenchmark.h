#pragma once

#include <QList>
#include <QString>

namespace awaitscope {

// One measured HTTP workload against a fresh loopback demo server.
struct HttpBenchmarkResult
{
    QString name;
    qint64 elapsedMs = 0;
    int requests = 0;
    int failures = 0;
    int connectionsOpened = 0; // counted by the server
    int maxInFlight = 0;       // counted by the server
    QString summary() const;
};

// The HTTP benchmarks, for `make bench`: `sequential` GETs with one reused session and with a
// new session per request, then `concurrent` /delay/100 requests with limit=100 and with limit=6.
// Needs a QCoreApplication; runs its own event loop. Returns four results in that order.
QList<HttpBenchmarkResult> runHttpBenchmarks(int sequential = 1000, int concurrent = 100);

} // namespace awaitscope
