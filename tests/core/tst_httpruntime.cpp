// HTTP inside the runtime: coroutines await requests as runtime futures, cancelling the awaiting task
// aborts the reply, errors arrive as aiohttp exceptions, and the trace records each request's phases.
#include "http/clientsession.h"
#include "http/demoserver.h"
#include "http/httpclienterror.h"
#include "http/loophttpclock.h"
#include "http/realnetwork.h"
#include "http/sessionawaitables.h"
#include "http/simnetwork.h"
#include "runtime/api.h"
#include "trace/trace.h"

#include <QJsonArray>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace awaitscope;

namespace {

// One asyncio.run() on the virtual clock with the simulated network, or on the real clock with the
// loopback demo server.
struct Env
{
    explicit Env(bool simulated)
        : loop(simulated ? Loop::Clock::Virtual : Loop::Clock::Real, &trace)
        , clock(loop)
    {
        if (simulated) {
            network = std::make_unique<SimNetwork>(clock);
        } else {
            server = std::make_unique<DemoServer>();
            ready = server->start();
            network = std::make_unique<RealNetwork>(clock, server->baseUrl());
        }
        network->setTraceSink([this](const HttpTraceEvent &e) { recordHttpEvent(loop, e); });
    }
    DemoServerStats stats() const
    {
        return server ? server->stats() : static_cast<SimNetwork &>(*network).stats();
    }
    // Runs `body` as the main task; returns what it raised ("" if nothing). Stops after 10 s of real time.
    QString run(const std::function<QCoro::Task<void>()> &body)
    {
        QTimer watchdog;
        watchdog.setSingleShot(true);
        QObject::connect(&watchdog, &QTimer::timeout, [this] { loop.requestStop(); });
        watchdog.start(10000);
        try {
            awaitscope::run(loop, body);
        } catch (...) {
            return describeException(std::current_exception());
        }
        return QString();
    }

    Trace trace;
    Loop loop;
    LoopHttpClock clock;
    std::unique_ptr<DemoServer> server;
    std::unique_ptr<HttpNetwork> network;
    bool ready = true;
};

QCoro::Task<int> fetchStatus(ClientSession *session, QString url)
{
    HttpResponse response = co_await fetch(*session, QUrl(url));
    co_return response.status;
}

void addNetworkRows()
{
    QTest::addColumn<bool>("simulated");
    QTest::newRow("real") << false;
    QTest::newRow("sim") << true;
}

} // namespace

class TestHttpRuntime : public QObject
{
    Q_OBJECT
private slots:
    void gatherRunsInWaves_data();
    void gatherRunsInWaves();
    void cancellingTheTaskAbortsTheReply_data();
    void cancellingTheTaskAbortsTheReply();
    void waitForAbortsTheReply_data();
    void waitForAbortsTheReply();
    void errorsAreAiohttpExceptions_data();
    void errorsAreAiohttpExceptions();
    void traceRecordsPhases();
};

void TestHttpRuntime::gatherRunsInWaves_data()
{
    QTest::addColumn<bool>("simulated");
    QTest::addColumn<int>("limit");
    QTest::addColumn<double>("expectedEnd"); // virtual seconds; the real run must be within 0.3 s of it
    QTest::addColumn<int>("maxInFlight");
    for (bool sim : {false, true}) {
        QTest::addRow("%s limit=100", sim ? "sim" : "real") << sim << 100 << 0.36 << 12;
        QTest::addRow("%s limit=3", sim ? "sim" : "real") << sim << 3 << 1.29 << 3;
    }
}

void TestHttpRuntime::gatherRunsInWaves()
{
    QFETCH(bool, simulated);
    QFETCH(int, limit);
    QFETCH(double, expectedEnd);
    QFETCH(int, maxInFlight);
    Env env(simulated);
    QVERIFY(env.ready);
    ClientSession::Options options;
    options.connector.limit = limit;
    ClientSession session(*env.network, options);
    std::vector<int> statuses;
    double start = 0;
    double end = 0;
    const QString error = env.run([&]() -> QCoro::Task<void> {
        start = env.loop.time();
        std::vector<Task<int>> tasks;
        for (int i = 0; i < 12; ++i)
            tasks.push_back(createTask(fetchStatus, &session, QStringLiteral("http://demo/delay/300")));
        statuses = co_await gather(std::move(tasks));
        end = env.loop.time();
    });
    QCOMPARE(error, QString());
    QCOMPARE(statuses, std::vector<int>(12, 200));
    QCOMPARE(env.stats().maxRequestsInFlight, maxInFlight);
    if (simulated)
        QCOMPARE(end - start, expectedEnd);
    else
        QVERIFY2(std::abs(end - start - expectedEnd) < 0.3, qPrintable(QString::number(end - start)));
}

void TestHttpRuntime::cancellingTheTaskAbortsTheReply_data()
{
    addNetworkRows();
}

void TestHttpRuntime::cancellingTheTaskAbortsTheReply()
{
    QFETCH(bool, simulated);
    Env env(simulated);
    QVERIFY(env.ready);
    ClientSession session(*env.network);
    QString outcome;
    int abandonedAtCancel = -1;
    const QString error = env.run([&]() -> QCoro::Task<void> {
        auto t = createTask(fetchStatus, &session, QStringLiteral("http://demo/delay/3000"));
        co_await sleep(0.2);
        t.cancel();
        try {
            co_await t;
            outcome = QStringLiteral("finished");
        } catch (const CancelledError &) {
            outcome = QStringLiteral("cancelled");
        }
        co_await sleep(0.1); // a real server notices the closed socket on its next loop pass
        abandonedAtCancel = env.stats().repliesAbandoned;
    });
    QCOMPARE(error, QString());
    QCOMPARE(outcome, QStringLiteral("cancelled"));
    QCOMPARE(abandonedAtCancel, 1);
    QCOMPARE(env.stats().requestsInFlight, 0);
    QCOMPARE(session.busyConnections(), 0);
    if (simulated)
        QCOMPARE(env.loop.time(), 0.3); // no waiting for the 3 s reply
}

void TestHttpRuntime::waitForAbortsTheReply_data()
{
    addNetworkRows();
}

void TestHttpRuntime::waitForAbortsTheReply()
{
    QFETCH(bool, simulated);
    Env env(simulated);
    QVERIFY(env.ready);
    ClientSession session(*env.network);
    QString outcome;
    const QString error = env.run([&]() -> QCoro::Task<void> {
        auto t = createTask(fetchStatus, &session, QStringLiteral("http://demo/delay/3000"));
        try {
            co_await waitFor(t, 0.25);
        } catch (const TimeoutError &) {
            outcome = QStringLiteral("timeout");
        }
        co_await sleep(0.1);
    });
    QCOMPARE(error, QString());
    QCOMPARE(outcome, QStringLiteral("timeout"));
    QCOMPARE(env.stats().repliesAbandoned, 1);
    QCOMPARE(env.stats().requestsInFlight, 0);
}

void TestHttpRuntime::errorsAreAiohttpExceptions_data()
{
    QTest::addColumn<bool>("simulated");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    for (bool sim : {false, true}) {
        const char *net = sim ? "sim" : "real";
        QTest::addRow("%s sock_read", net) << sim << "http://demo/stall/2000"
                                           << "sock_read"
                                           << "SocketTimeoutError('Timeout on reading data from socket')";
        QTest::addRow("%s total", net) << sim << "http://demo/delay/2000"
                                       << "total"
                                       << "TimeoutError()";
        QTest::addRow("%s forbidden host", net)
            << sim << "http://example.org/" << QString() << "ClientConnectionError";
        QTest::addRow("%s error status is not an exception", net)
            << sim << "http://demo/status/503" << QString() << "503";
    }
}

void TestHttpRuntime::errorsAreAiohttpExceptions()
{
    QFETCH(bool, simulated);
    QFETCH(QString, url);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    Env env(simulated);
    QVERIFY(env.ready);
    ClientSession session(*env.network);
    QString seen;
    const QString error = env.run([&]() -> QCoro::Task<void> {
        HttpRequest request;
        request.url = QUrl(url);
        ClientTimeout timeout;
        if (field == QLatin1String("sock_read"))
            timeout.sockRead = 0.3;
        else if (field == QLatin1String("total"))
            timeout.total = 0.3;
        request.timeout = timeout;
        try {
            HttpResponse r = co_await fetch(session, request);
            seen = QString::number(r.status);
        } catch (const HttpClientError &e) {
            seen = e.describe();
        } catch (const TimeoutError &e) {
            seen = e.describe();
        }
    });
    QCOMPARE(error, QString());
    QVERIFY2(seen.startsWith(expected), qPrintable(seen));
}

void TestHttpRuntime::traceRecordsPhases()
{
    Env env(true);
    ClientSession session(*env.network);
    int taskId = -1;
    env.run([&]() -> QCoro::Task<void> {
        taskId = env.loop.currentTask()->id();
        co_await fetch(session, QUrl(QStringLiteral("http://demo/json")));
    });
    QStringList phases;
    for (const TraceEvent &e : env.trace.events()) {
        if (e.kind != TraceEvent::Kind::Http)
            continue;
        QCOMPARE(e.task, taskId);
        QCOMPARE(e.data.value(QStringLiteral("url")).toString(), QStringLiteral("http://demo/json"));
        phases.append(QStringLiteral("%1@%2")
                          .arg(e.data.value(QStringLiteral("phase")).toString())
                          .arg(qRound(e.time * 1000)));
    }
    QCOMPARE(phases, (QStringList{u"queued@0"_qs, u"connecting@0"_qs, u"sent@50"_qs, u"first_byte@60"_qs,
                                  u"done@60"_qs}));
}

QTEST_GUILESS_MAIN(TestHttpRuntime)
#include "tst_httpruntime.moc"
