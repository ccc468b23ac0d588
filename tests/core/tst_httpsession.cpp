// ClientSession behaves like aiohttp's on both networks: pool limits, keep-alive reuse, cookies,
// every ClientTimeout kind, refused and forbidden hosts, cancellation. Most tests run twice, once
// over real loopback sockets against the demo server and once on the simulated network.
#include "http/clientsession.h"
#include "http/demoserver.h"
#include "http/qthttptransport.h"
#include "http/realnetwork.h"
#include "http/simnetwork.h"
#include "http/timerhttpclock.h"
#include "http/virtualhttpclock.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <memory>

using namespace awaitscope;

namespace {

struct Outcome
{
    bool ended = false;
    bool headersSeen = false;
    int status = 0;
    QByteArray body;
    QString errorClass;
    QString errorMessage;
    QString raised; // what raise_for_status() would raise
    qint64 endedAtMs = -1;
    int requestId = 0;
    QUrl url;               // the response's (after redirects, the last address)
    QList<int> history;     // statuses of the redirects followed
    QByteArray finalMethod; // the method that got the final answer
};

// One network (real or simulated) with its clock, its demo server and the trace it produced.
class Bench
{
public:
    explicit Bench(bool simulated)
        : m_simulated(simulated)
    {
        if (simulated) {
            m_network = std::make_unique<SimNetwork>(m_virtualClock);
        } else {
            m_server = std::make_unique<DemoServer>();
            m_ready = m_server->start();
            m_network = std::make_unique<RealNetwork>(m_timerClock, m_server->baseUrl());
        }
        m_network->setTraceSink([this](const HttpTraceEvent &e) { events.append(e); });
    }

    bool ready() const { return m_ready; }
    bool simulated() const { return m_simulated; }
    HttpNetwork &network() { return *m_network; }
    qint64 now() const { return m_simulated ? m_virtualClock.nowMs() : m_timerClock.nowMs(); }
    DemoServerStats stats() const
    {
        return m_simulated ? static_cast<SimNetwork &>(*m_network).stats() : m_server->stats();
    }
    quint16 realPort() const { return m_server ? m_server->port() : 0; }

    std::shared_ptr<Outcome> get(ClientSession &session, const QString &url,
                                 std::optional<ClientTimeout> timeout = std::nullopt)
    {
        HttpRequest request;
        request.url = QUrl(url);
        request.timeout = timeout;
        return send(session, request);
    }

    std::shared_ptr<Outcome> send(ClientSession &session, const HttpRequest &request)
    {
        auto outcome = std::make_shared<Outcome>();
        ClientSession::Callbacks callbacks;
        callbacks.headers = [outcome](const HttpResponse &r) {
            outcome->headersSeen = true;
            outcome->status = r.status;
            if (const auto error = r.raiseForStatus())
                outcome->raised = error->toString();
        };
        callbacks.body = [this, outcome](const HttpResponse &r) {
            outcome->ended = true;
            outcome->body = r.body;
            outcome->url = r.url;
            outcome->finalMethod = r.method;
            outcome->history.clear();
            for (const HttpResponse &hop : r.history)
                outcome->history.append(hop.status);
            outcome->endedAtMs = now();
        };
        callbacks.error = [this, outcome](const HttpError &e) {
            outcome->ended = true;
            outcome->errorClass = e.pythonClass();
            outcome->errorMessage = e.message;
            outcome->endedAtMs = now();
        };
        outcome->requestId = session.request(request, callbacks);
        return outcome;
    }

    // Drives the loop (or the virtual clock) until `done` holds; false after `timeoutMs` of real time.
    bool runUntil(const std::function<bool()> &done, int timeoutMs = 8000)
    {
        if (m_simulated) {
            while (!done() && m_virtualClock.runNext()) {
            }
            return done();
        }
        QDeadlineTimer deadline(timeoutMs);
        while (!done() && !deadline.hasExpired())
            QTest::qWait(5);
        return done();
    }
    bool runUntilEnded(const QList<std::shared_ptr<Outcome>> &outcomes, int timeoutMs = 8000)
    {
        return runUntil(
            [&] {
                return std::all_of(outcomes.cbegin(), outcomes.cend(),
                                   [](const auto &o) { return o->ended; });
            },
            timeoutMs);
    }
    // Simulated only: runs the clock to exactly `ms` (a timer there makes the clock reach it).
    void runTo(qint64 ms)
    {
        m_virtualClock.callLater(ms - m_virtualClock.nowMs(), [] {});
        m_virtualClock.runUntilIdle(ms);
    }
    // Lets `ms` pass (virtual or real) with the loop running.
    void pass(qint64 ms)
    {
        if (m_simulated)
            m_virtualClock.runUntilIdle(m_virtualClock.nowMs() + ms);
        else
            QTest::qWait(int(ms));
    }

    QList<HttpTraceEvent> eventsOf(int requestId) const
    {
        QList<HttpTraceEvent> list;
        for (const HttpTraceEvent &e : events)
            if (e.requestId == requestId)
                list.append(e);
        return list;
    }
    QStringList kindsOf(int requestId) const
    {
        QStringList kinds;
        for (const HttpTraceEvent &e : eventsOf(requestId))
            kinds.append(HttpTraceEvent::kindName(e.kind));
        return kinds;
    }

    QList<HttpTraceEvent> events;

private:
    bool m_simulated;
    bool m_ready = true;
    VirtualHttpClock m_virtualClock;
    TimerHttpClock m_timerClock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<HttpNetwork> m_network;
};

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

void addNetworkRows()
{
    QTest::addColumn<bool>("simulated");
    QTest::newRow("real") << false;
    QTest::newRow("sim") << true;
}

} // namespace

class TestHttpSession : public QObject
{
    Q_OBJECT
private slots:
    void poolLimitsMakeWaves_data();
    void poolLimitsMakeWaves();
    void oneSessionReusesItsConnection_data();
    void oneSessionReusesItsConnection();
    void cookiesStayInTheirSession_data();
    void cookiesStayInTheirSession();
    void timeoutsFireWithAiohttpErrors_data();
    void timeoutsFireWithAiohttpErrors();
    void slowBodyWithinSockReadSucceeds_data();
    void slowBodyWithinSockReadSucceeds();
    void refusedConnection_data();
    void refusedConnection();
    void hostsOutsideTheDemoAreRefused_data();
    void hostsOutsideTheDemoAreRefused();
    void cancellationAbortsTheReply_data();
    void cancellationAbortsTheReply();
    void errorStatusIsAnAnswer_data();
    void errorStatusIsAnAnswer();
    void closedSessionRefusesRequests_data();
    void closedSessionRefusesRequests();
    void paramsAndPostBody_data();
    void paramsAndPostBody();
    void simulatedTimelineIsExact();
    void simulatedWavesAreExact();
    void simulatedConnectTimeouts_data();
    void simulatedConnectTimeouts();
    void simulationIsDeterministic();
    void simAndRealAgree_data();
    void simAndRealAgree();
    void redirectsAreFollowedLikeAiohttp_data();
    void redirectsAreFollowedLikeAiohttp();
    void redirectMethodsAndLimits_data();
    void redirectMethodsAndLimits();
    void redirectHopsObeyTheAllowedHosts_data();
    void redirectHopsObeyTheAllowedHosts();
    void hundredConcurrentRequestsOnLoopback();
    void keepAliveTimeoutEndsReuse_data();
    void keepAliveTimeoutEndsReuse();
    void simulatedKeepAliveIsExact();
    void qtLanesNeverReuseAClosedConnection();
    void releaseKeepsAConnectionWhoseBodyHasArrived_data();
    void releaseKeepsAConnectionWhoseBodyHasArrived();
    void abortedReplyQtHadWholeIsNeverReused_data();
    void abortedReplyQtHadWholeIsNeverReused();
};

void TestHttpSession::poolLimitsMakeWaves_data()
{
    QTest::addColumn<bool>("simulated");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("limitPerHost");
    QTest::addColumn<int>("maxInFlight");
    QTest::addColumn<int>("waves");
    for (bool sim : {false, true}) {
        const char *net = sim ? "sim" : "real";
        QTest::addRow("%s default limit=100: one wave", net) << sim << 100 << 0 << 12 << 1;
        QTest::addRow("%s limit=0 (unlimited): one wave", net) << sim << 0 << 0 << 12 << 1;
        QTest::addRow("%s limit=3: four waves", net) << sim << 3 << 0 << 3 << 4;
        QTest::addRow("%s limit_per_host=4: three waves", net) << sim << 100 << 4 << 4 << 3;
    }
}

void TestHttpSession::poolLimitsMakeWaves()
{
    QFETCH(bool, simulated);
    QFETCH(int, limit);
    QFETCH(int, limitPerHost);
    QFETCH(int, maxInFlight);
    QFETCH(int, waves);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    ClientSession::Options options;
    options.connector = {limit, limitPerHost};
    ClientSession session(bench.network(), options);

    const qint64 start = bench.now();
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 12; ++i)
        outcomes.append(bench.get(session, QStringLiteral("http://demo/delay/300")));
    QVERIFY(bench.runUntilEnded(outcomes));
    const qint64 elapsed = bench.now() - start;

    for (const auto &o : outcomes)
        QCOMPARE(o->status, 200);
    // The server's own count is the measure: how many requests it was answering at once.
    QCOMPARE(bench.stats().maxRequestsInFlight, maxInFlight);
    QCOMPARE(bench.stats().connectionsOpened, maxInFlight);
    QVERIFY2(elapsed >= waves * 300 && elapsed < waves * 300 + 280, qPrintable(QString::number(elapsed)));
    QCOMPARE(session.openConnections(), maxInFlight);
    QCOMPARE(session.busyConnections(), 0);
}

void TestHttpSession::oneSessionReusesItsConnection_data()
{
    addNetworkRows();
}

void TestHttpSession::oneSessionReusesItsConnection()
{
    QFETCH(bool, simulated);
    Bench bench(simulated);
    QVERIFY(bench.ready());

    QSet<int> serverConnections;
    {
        ClientSession shared(bench.network());
        for (int i = 0; i < 4; ++i) {
            auto o = bench.get(shared, QStringLiteral("http://demo/conn"));
            QVERIFY(bench.runUntilEnded({o}));
            serverConnections.insert(json(o->body).value(QStringLiteral("connection")).toInt());
            QCOMPARE(bench.kindsOf(o->requestId).value(1), i == 0 ? u"connecting"_qs : u"reusing"_qs);
        }
    }
    QCOMPARE(serverConnections.size(), 1);
    QCOMPARE(bench.stats().connectionsOpened, 1);

    for (int i = 0; i < 4; ++i) {
        ClientSession own(bench.network());
        auto o = bench.get(own, QStringLiteral("http://demo/conn"));
        QVERIFY(bench.runUntilEnded({o}));
        QCOMPARE(bench.kindsOf(o->requestId).value(1), u"connecting"_qs);
    }
    QCOMPARE(bench.stats().connectionsOpened, 5);
}

void TestHttpSession::cookiesStayInTheirSession_data()
{
    addNetworkRows();
}

void TestHttpSession::cookiesStayInTheirSession()
{
    QFETCH(bool, simulated);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    auto cookiesSeenBy = [&](ClientSession &session) {
        auto o = bench.get(session, QStringLiteral("http://demo/cookies"));
        bench.runUntilEnded({o});
        return json(o->body).value(QStringLiteral("cookies")).toObject();
    };

    ClientSession keeper(bench.network());
    auto set = bench.get(keeper, QStringLiteral("http://demo/cookies/set?flavour=oat&size=2"));
    QVERIFY(bench.runUntilEnded({set}));
    QCOMPARE(keeper.cookieJar().cookies().size(), 2);
    QCOMPARE(cookiesSeenBy(keeper).value(QStringLiteral("flavour")).toString(), QStringLiteral("oat"));

    ClientSession stranger(bench.network());
    QVERIFY(cookiesSeenBy(stranger).isEmpty());

    ClientSession::Options dummy;
    dummy.cookies = SessionCookieJar::Mode::Dummy;
    ClientSession forgetful(bench.network(), dummy);
    auto ignored = bench.get(forgetful, QStringLiteral("http://demo/cookies/set?flavour=rye"));
    QVERIFY(bench.runUntilEnded({ignored}));
    QCOMPARE(ignored->status, 200);
    QCOMPARE(forgetful.cookieJar().cookies().size(), 0);
    QVERIFY(cookiesSeenBy(forgetful).isEmpty());
}

void TestHttpSession::timeoutsFireWithAiohttpErrors_data()
{
    QTest::addColumn<bool>("simulated");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<int>("poolLimit");
    QTest::addColumn<QString>("errorClass");
    QTest::addColumn<bool>("headersFirst");
    for (bool sim : {false, true}) {
        const char *net = sim ? "sim" : "real";
        QTest::addRow("%s total before the headers", net) << sim << "/delay/1500"
                                                          << "total" << 0.3 << 100 << "TimeoutError" << false;
        QTest::addRow("%s total during a stalled body", net)
            << sim << "/stall/1500"
            << "total" << 0.3 << 100 << "TimeoutError" << true;
        QTest::addRow("%s sock_read while the server thinks", net)
            << sim << "/delay/1500"
            << "sock_read" << 0.3 << 100 << "SocketTimeoutError" << false;
        QTest::addRow("%s sock_read on a stalled body", net)
            << sim << "/stall/1500"
            << "sock_read" << 0.3 << 100 << "SocketTimeoutError" << true;
        QTest::addRow("%s connect while waiting for a pool slot", net)
            << sim << "/delay/100"
            << "connect" << 0.3 << 1 << "ConnectionTimeoutError" << false;
    }
}

void TestHttpSession::timeoutsFireWithAiohttpErrors()
{
    QFETCH(bool, simulated);
    QFETCH(QString, path);
    QFETCH(QString, field);
    QFETCH(double, seconds);
    QFETCH(int, poolLimit);
    QFETCH(QString, errorClass);
    QFETCH(bool, headersFirst);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    ClientSession::Options options;
    options.connector.limit = poolLimit;
    ClientSession session(bench.network(), options);

    // With a pool of one, a long request holds the only slot while ours waits.
    std::shared_ptr<Outcome> blocker;
    if (poolLimit == 1)
        blocker = bench.get(session, QStringLiteral("http://demo/delay/1500"), ClientTimeout{});

    ClientTimeout timeout; // a bare ClientTimeout() has no limits; set one field
    if (field == QLatin1String("total"))
        timeout.total = seconds;
    else if (field == QLatin1String("sock_read"))
        timeout.sockRead = seconds;
    else
        timeout.connect = seconds;
    const qint64 start = bench.now();
    auto o = bench.get(session, QStringLiteral("http://demo") + path, timeout);
    QVERIFY(bench.runUntilEnded({o}));
    const qint64 elapsed = o->endedAtMs - start;

    QCOMPARE(o->errorClass, errorClass);
    QCOMPARE(o->headersSeen, headersFirst);
    QVERIFY2(elapsed >= 300 && elapsed < 700, qPrintable(QString::number(elapsed)));
    const HttpTraceEvent last = bench.eventsOf(o->requestId).last();
    QCOMPARE(last.kind, HttpTraceEvent::Kind::TimedOut);
    QCOMPARE(last.timeout, field);
    QVERIFY(last.dueMs <= last.timeMs + 5 && last.dueMs >= last.timeMs - 50);
    QVERIFY(last.error.startsWith(errorClass));
    // The abandoned reply is noticed by the server; it keeps serving.
    QVERIFY(bench.runUntil(
        [&] { return bench.stats().requestsInFlight == (blocker && !blocker->ended ? 1 : 0); }));
    auto after = bench.get(session, QStringLiteral("http://demo/json"));
    QVERIFY(bench.runUntilEnded({after}));
    QCOMPARE(after->status, 200);
}

void TestHttpSession::slowBodyWithinSockReadSucceeds_data()
{
    addNetworkRows();
}

void TestHttpSession::slowBodyWithinSockReadSucceeds()
{
    QFETCH(bool, simulated);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    ClientSession session(bench.network());
    ClientTimeout timeout;
    timeout.sockRead = 0.4; // every gap is 100 ms, the whole body takes 500 ms
    auto o = bench.get(session, QStringLiteral("http://demo/drip?bytes=5&ms=100"), timeout);
    QVERIFY(bench.runUntilEnded({o}));
    QCOMPARE(o->errorClass, QString());
    QCOMPARE(o->body, QByteArray("*****"));
}

void TestHttpSession::refusedConnection_data()
{
    addNetworkRows();
}

void TestHttpSession::refusedConnection()
{
    QFETCH(bool, simulated);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    quint16 closedPort = 9; // simulated: any host other than demo refuses
    if (!simulated) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    } // closed again here
    bench.network().allowHost(QStringLiteral("127.0.0.1"));
    ClientSession session(bench.network());
    auto o = bench.get(session, QStringLiteral("http://127.0.0.1:%1/json").arg(closedPort));
    QVERIFY(bench.runUntilEnded({o}));
    QCOMPARE(o->errorClass, QStringLiteral("ClientConnectorError"));
    QCOMPARE(o->errorMessage, QStringLiteral("Cannot connect to host 127.0.0.1:%1 ssl:default "
                                             "[Connect call failed ('127.0.0.1', %1)]")
                                  .arg(closedPort));
    QCOMPARE(bench.kindsOf(o->requestId), (QStringList{u"queued"_qs, u"connecting"_qs, u"failed"_qs}));
    QCOMPARE(session.openConnections(), 0);
}

void TestHttpSession::hostsOutsideTheDemoAreRefused_data()
{
    addNetworkRows();
}

void TestHttpSession::hostsOutsideTheDemoAreRefused()
{
    QFETCH(bool, simulated);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    ClientSession session(bench.network());
    auto o = bench.get(session, QStringLiteral("http://example.com/"));
    QVERIFY(!o->ended); // never inside request()
    QVERIFY(bench.runUntilEnded({o}));
    QCOMPARE(o->errorClass, QStringLiteral("ClientConnectionError"));
    QVERIFY2(o->errorMessage.contains(u"--allow-host example.com"_qs), qPrintable(o->errorMessage));
    QCOMPARE(bench.stats().requestsReceived, 0);
    auto bad = bench.get(session, QStringLiteral("demo/json"));
    QVERIFY(bench.runUntilEnded({bad}));
    QCOMPARE(bad->errorClass, QStringLiteral("InvalidURL"));
}

void TestHttpSession::cancellationAbortsTheReply_data()
{
    addNetworkRows();
}

void TestHttpSession::cancellationAbortsTheReply()
{
    QFETCH(bool, simulated);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    ClientSession session(bench.network());
    auto o = bench.get(session, QStringLiteral("http://demo/delay/2000"));
    QVERIFY(bench.runUntil([&] { return bench.stats().requestsInFlight == 1; }));
    bench.pass(100);
    session.cancel(o->requestId);
    // The server sees the client leave well before its 2 s reply would be due.
    QVERIFY(bench.runUntil([&] { return bench.stats().repliesAbandoned == 1; }, 1000));
    QCOMPARE(bench.stats().requestsInFlight, 0);
    bench.pass(300);
    QVERIFY(!o->ended); // a cancelled request calls nobody back
    const HttpTraceEvent last = bench.eventsOf(o->requestId).last();
    QCOMPARE(last.kind, HttpTraceEvent::Kind::Failed);
    QCOMPARE(last.error, QStringLiteral("CancelledError"));
    QCOMPARE(session.busyConnections(), 0);
    QCOMPARE(session.openConnections(), 0);
}

void TestHttpSession::errorStatusIsAnAnswer_data()
{
    addNetworkRows();
}

void TestHttpSession::errorStatusIsAnAnswer()
{
    QFETCH(bool, simulated);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    ClientSession session(bench.network());
    auto missing = bench.get(session, QStringLiteral("http://demo/status/404"));
    QVERIFY(bench.runUntilEnded({missing}));
    QCOMPARE(missing->status, 404);
    QCOMPARE(missing->errorClass, QString());
    QCOMPARE(
        missing->raised,
        QStringLiteral("ClientResponseError: 404, message='Not Found', url=URL('http://demo/status/404')"));
    // The connection survives an error status and carries the next request.
    auto next = bench.get(session, QStringLiteral("http://demo/json"));
    QVERIFY(bench.runUntilEnded({next}));
    QCOMPARE(bench.kindsOf(next->requestId).value(1), u"reusing"_qs);
}

void TestHttpSession::closedSessionRefusesRequests_data()
{
    addNetworkRows();
}

void TestHttpSession::closedSessionRefusesRequests()
{
    QFETCH(bool, simulated);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    ClientSession session(bench.network());
    auto running = bench.get(session, QStringLiteral("http://demo/delay/1000"));
    bench.pass(100);
    session.close();
    QVERIFY(running->ended);
    QCOMPARE(running->errorMessage, QStringLiteral("Connector is closed."));
    auto late = bench.get(session, QStringLiteral("http://demo/json"));
    QVERIFY(bench.runUntilEnded({late}));
    QCOMPARE(late->errorClass, QStringLiteral("RuntimeError"));
    QCOMPARE(late->errorMessage, QStringLiteral("Session is closed"));
}

void TestHttpSession::paramsAndPostBody_data()
{
    addNetworkRows();
}

void TestHttpSession::paramsAndPostBody()
{
    QFETCH(bool, simulated);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    ClientSession session(bench.network());
    HttpRequest request;
    request.method = "post";
    request.url = QUrl(QStringLiteral("http://demo/echo"));
    request.params = {{QStringLiteral("q"), QStringLiteral("a b")}};
    request.headers = {{"Content-Type", "application/json"}};
    request.body = R"({"n": 3})";
    auto o = bench.send(session, request);
    QVERIFY(bench.runUntilEnded({o}));
    const QJsonObject echo = json(o->body);
    QCOMPARE(echo.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(echo.value(QStringLiteral("args")).toObject().value(QStringLiteral("q")).toString(),
             QStringLiteral("a b"));
    QCOMPARE(echo.value(QStringLiteral("json")).toObject().value(QStringLiteral("n")).toInt(), 3);
}

void TestHttpSession::simulatedTimelineIsExact()
{
    // connect 50 ms, 5 ms each way, the server waits 300 ms before answering.
    Bench bench(true);
    ClientSession session(bench.network());
    auto o = bench.get(session, QStringLiteral("http://demo/delay/300"));
    QVERIFY(bench.runUntilEnded({o}));
    QStringList timeline;
    for (const HttpTraceEvent &e : bench.eventsOf(o->requestId))
        timeline.append(QStringLiteral("%1@%2#%3")
                            .arg(HttpTraceEvent::kindName(e.kind))
                            .arg(e.timeMs)
                            .arg(e.connectionId));
    QCOMPARE(timeline, (QStringList{u"queued@0#0"_qs, u"connecting@0#1"_qs, u"sent@50#1"_qs,
                                    u"first_byte@360#1"_qs, u"done@360#1"_qs}));
    auto again = bench.get(session, QStringLiteral("http://demo/delay/300"));
    QVERIFY(bench.runUntilEnded({again}));
    QCOMPARE(bench.eventsOf(again->requestId).at(2).timeMs - bench.eventsOf(again->requestId).at(0).timeMs,
             0);
    QCOMPARE(again->endedAtMs - bench.eventsOf(again->requestId).at(0).timeMs, 310); // no connect cost
}

void TestHttpSession::simulatedWavesAreExact()
{
    Bench bench(true);
    ClientSession::Options options;
    options.connector.limit = 3;
    ClientSession session(bench.network(), options);
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 12; ++i)
        outcomes.append(bench.get(session, QStringLiteral("http://demo/delay/300")));
    QVERIFY(bench.runUntilEnded(outcomes));
    QList<qint64> ends;
    for (const auto &o : outcomes)
        ends.append(o->endedAtMs);
    // The first wave pays for connecting; later waves reuse the three connections.
    QCOMPARE(ends, (QList<qint64>{360, 360, 360, 670, 670, 670, 980, 980, 980, 1290, 1290, 1290}));
    QCOMPARE(bench.kindsOf(outcomes.at(3)->requestId).value(1), u"reusing"_qs);
}

void TestHttpSession::simulatedConnectTimeouts_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("firedField");
    QTest::addColumn<qint64>("dueMs");
    QTest::addColumn<QString>("errorClass");
    QTest::newRow("session default sock_connect=30")
        << QString() << 0.0 << "sock_connect" << qint64(30000) << "ConnectionTimeoutError";
    QTest::newRow("sock_connect=0.5")
        << "sock_connect" << 0.5 << "sock_connect" << qint64(500) << "ConnectionTimeoutError";
    QTest::newRow("connect=2") << "connect" << 2.0 << "connect" << qint64(2000) << "ConnectionTimeoutError";
    QTest::newRow("total=5.5 rounds up to 6 s")
        << "total" << 5.5 << "total" << qint64(6000) << "TimeoutError";
}

void TestHttpSession::simulatedConnectTimeouts()
{
    QFETCH(QString, field);
    QFETCH(double, seconds);
    QFETCH(QString, firedField);
    QFETCH(qint64, dueMs);
    QFETCH(QString, errorClass);
    Bench bench(true);
    bench.network().allowHost(QStringLiteral("10.255.255.1")); // never answers a connect
    ClientSession session(bench.network());
    std::optional<ClientTimeout> timeout;
    if (!field.isEmpty()) {
        timeout = ClientTimeout::sessionDefault();
        if (field == QLatin1String("sock_connect"))
            timeout->sockConnect = seconds;
        else if (field == QLatin1String("connect"))
            timeout->connect = seconds;
        else
            timeout->total = seconds;
    }
    auto o = bench.get(session, QStringLiteral("http://10.255.255.1/"), timeout);
    QVERIFY(bench.runUntilEnded({o}));
    QCOMPARE(o->errorClass, errorClass);
    QCOMPARE(o->endedAtMs, dueMs);
    const HttpTraceEvent last = bench.eventsOf(o->requestId).last();
    QCOMPARE(last.timeout, firedField);
    QCOMPARE(last.dueMs, dueMs);
    if (errorClass == QLatin1String("ConnectionTimeoutError"))
        QCOMPARE(o->errorMessage, QStringLiteral("Connection timeout to host http://10.255.255.1/"));
}

void TestHttpSession::simulationIsDeterministic()
{
    auto runOnce = [] {
        Bench bench(true);
        ClientSession::Options options;
        options.connector = {4, 2};
        ClientSession session(bench.network(), options);
        QList<std::shared_ptr<Outcome>> outcomes;
        const QStringList paths{u"/delay/120"_qs,
                                u"/json"_qs,
                                u"/drip?bytes=3&ms=40"_qs,
                                u"/flaky?fail=1"_qs,
                                u"/flaky?fail=1"_qs,
                                u"/stall/90"_qs,
                                u"/conn"_qs,
                                u"/ratelimit?per_second=2"_qs,
                                u"/ratelimit?per_second=2"_qs,
                                u"/ratelimit?per_second=2"_qs};
        for (const QString &path : paths)
            outcomes.append(bench.get(session, u"http://demo"_qs + path));
        bench.runUntilEnded(outcomes);
        QStringList lines;
        for (const HttpTraceEvent &e : bench.events)
            lines.append(QStringLiteral("%1 %2 %3 c%4 s%5")
                             .arg(e.timeMs)
                             .arg(e.requestId)
                             .arg(HttpTraceEvent::kindName(e.kind))
                             .arg(e.connectionId)
                             .arg(e.status));
        return lines;
    };
    const QStringList first = runOnce();
    QCOMPARE(first.size(), 50); // five steps for each of ten requests
    QCOMPARE(runOnce(), first);
}

void TestHttpSession::simAndRealAgree_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<int>("limit");
    QTest::addColumn<double>("sockRead");
    QTest::newRow("one by one") << QStringList{u"/json"_qs} << 100 << 0.0;
    QTest::newRow("statuses") << QStringList{u"/status/500"_qs, u"/status/201"_qs, u"/nope"_qs} << 100 << 0.0;
    QTest::newRow("pool of two") << QStringList(6, u"/delay/150"_qs) << 2 << 0.0;
    QTest::newRow("stall beyond sock_read") << QStringList{u"/stall/800"_qs, u"/delay/50"_qs} << 100 << 0.3;
    QTest::newRow("flaky and rate limited")
        << QStringList{u"/flaky?fail=2"_qs, u"/ratelimit?per_second=2"_qs, u"/ratelimit?per_second=2"_qs,
                       u"/ratelimit?per_second=2"_qs}
        << 1 << 0.0;
}

void TestHttpSession::simAndRealAgree()
{
    QFETCH(QStringList, paths);
    QFETCH(int, limit);
    QFETCH(double, sockRead);
    auto outcomesOn = [&](bool simulated) {
        Bench bench(simulated);
        ClientSession::Options options;
        options.connector.limit = limit;
        if (sockRead > 0)
            options.timeout.sockRead = sockRead;
        ClientSession session(bench.network(), options);
        QList<std::shared_ptr<Outcome>> outcomes;
        for (const QString &path : paths)
            outcomes.append(bench.get(session, u"http://demo"_qs + path));
        bench.runUntilEnded(outcomes);
        QStringList lines;
        for (const auto &o : outcomes)
            lines.append(QStringLiteral("%1 %2 %3")
                             .arg(o->status)
                             .arg(o->errorClass, bench.kindsOf(o->requestId).join(u' ')));
        return lines;
    };
    const QStringList sim = outcomesOn(true);
    QCOMPARE(sim.size(), paths.size());
    QCOMPARE(outcomesOn(false), sim);
}

void TestHttpSession::redirectsAreFollowedLikeAiohttp_data()
{
    addNetworkRows();
}

// aiohttp follows the 3xx itself: the program sees the last answer, its address and the history;
// each redirect's small body is read, so the kept-alive connection carries the next hop.
void TestHttpSession::redirectsAreFollowedLikeAiohttp()
{
    QFETCH(bool, simulated);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    ClientSession session(bench.network());
    auto o = bench.get(session, QStringLiteral("http://demo/redirect/3"));
    QVERIFY(bench.runUntilEnded({o}));
    QCOMPARE(o->errorClass, QString());
    QCOMPARE(o->status, 200);
    QCOMPARE(json(o->body).value(u"name"_qs).toString(), QStringLiteral("awaitscope demo"));
    QCOMPARE(o->url, QUrl(QStringLiteral("http://demo/json")));
    QCOMPARE(o->history, (QList<int>{302, 302, 302}));
    QCOMPARE(
        bench.kindsOf(o->requestId).join(u' '),
        QStringLiteral("queued connecting sent first_byte redirect reusing sent first_byte redirect reusing "
                       "sent first_byte redirect reusing sent first_byte done"));
    QCOMPARE(bench.stats().requestsReceived, 4);
    QCOMPARE(bench.stats().connectionsOpened, 1);
    QCOMPARE(session.busyConnections(), 0);

    // allow_redirects=False: the 302 itself is the answer.
    HttpRequest request;
    request.url = QUrl(QStringLiteral("http://demo/redirect/2"));
    request.allowRedirects = false;
    auto raw = bench.send(session, request);
    QVERIFY(bench.runUntilEnded({raw}));
    QCOMPARE(raw->status, 302);
    QCOMPARE(raw->history, QList<int>());
    QCOMPARE(raw->url, request.url);
}

void TestHttpSession::redirectMethodsAndLimits_data()
{
    QTest::addColumn<bool>("simulated");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("maxRedirects");
    QTest::addColumn<QString>("expected"); // final method and history, or the error
    for (bool sim : {false, true}) {
        const char *net = sim ? "sim" : "real";
        QTest::addRow("%s 303 turns POST into GET", net)
            << sim << QByteArray("POST") << u"http://demo/redirect-to?url=/echo&status_code=303"_qs << 10
            << u"GET  303"_qs;
        QTest::addRow("%s 302 turns POST into GET", net)
            << sim << QByteArray("POST") << u"http://demo/redirect-to?url=/echo&status_code=302"_qs << 10
            << u"GET  302"_qs;
        QTest::addRow("%s 307 keeps POST and its body", net)
            << sim << QByteArray("POST") << u"http://demo/redirect-to?url=/echo&status_code=307"_qs << 10
            << u"POST body 307"_qs;
        QTest::addRow("%s 308 keeps PUT", net)
            << sim << QByteArray("PUT") << u"http://demo/redirect-to?url=/echo&status_code=308"_qs << 10
            << u"PUT body 308"_qs;
        QTest::addRow("%s 301 keeps GET", net)
            << sim << QByteArray("GET") << u"http://demo/redirect-to?url=/echo&status_code=301"_qs << 10
            << u"GET  301"_qs;
        // max_redirects=10: the tenth redirect raises, so nine are followed at most (client.py).
        QTest::addRow("%s nine redirects pass", net)
            << sim << QByteArray("GET") << u"http://demo/redirect/9"_qs << 10 << u"GET  302x9"_qs;
        QTest::addRow("%s the tenth raises TooManyRedirects", net)
            << sim << QByteArray("GET") << u"http://demo/redirect/10"_qs << 10
            << u"TooManyRedirects: 0, message='', url=URL('http://demo/redirect/10')"_qs;
        QTest::addRow("%s max_redirects=2", net)
            << sim << QByteArray("GET") << u"http://demo/redirect/2"_qs << 2
            << u"TooManyRedirects: 0, message='', url=URL('http://demo/redirect/2')"_qs;
        QTest::addRow("%s max_redirects=0 means no limit", net)
            << sim << QByteArray("GET") << u"http://demo/redirect/12"_qs << 0 << u"GET  302x12"_qs;
        QTest::addRow("%s only http and https", net)
            << sim << QByteArray("GET") << u"http://demo/redirect-to?url=ftp%3A%2F%2Fdemo%2Fx"_qs << 10
            << u"ValueError: Can redirect only to http or https"_qs;
    }
}

void TestHttpSession::redirectMethodsAndLimits()
{
    QFETCH(bool, simulated);
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(int, maxRedirects);
    QFETCH(QString, expected);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    ClientSession session(bench.network());
    HttpRequest request;
    request.method = method;
    request.url = QUrl(url);
    request.maxRedirects = maxRedirects;
    if (method != "GET")
        request.body = QByteArrayLiteral("body");
    auto o = bench.send(session, request);
    QVERIFY(bench.runUntilEnded({o}));
    QString got;
    if (!o->errorClass.isEmpty()) {
        got = o->errorClass + QStringLiteral(": ") + o->errorMessage;
        QVERIFY(!o->headersSeen);
        QCOMPARE(session.busyConnections(), 0);
    } else {
        const QJsonObject echo = json(o->body);
        QStringList statuses;
        for (int status : std::as_const(o->history))
            statuses << QString::number(status);
        QString history = statuses.join(u',');
        if (statuses.size() > 1 && statuses.count(statuses.first()) == statuses.size())
            history = statuses.first() + QStringLiteral("x") + QString::number(statuses.size());
        const QString method = echo.contains(u"method"_qs) ? echo.value(u"method"_qs).toString()
                                                           : QString::fromLatin1(o->finalMethod);
        got = method + u' ' + echo.value(u"body"_qs).toString() + u' ' + history;
    }
    QCOMPARE(got, expected);
}

void TestHttpSession::redirectHopsObeyTheAllowedHosts_data()
{
    addNetworkRows();
}

// The sandbox: a redirect from an allowed host to one that is not allowed is refused with the same
// error as a direct request there, before anything is sent to it. (Qt used to follow it on its own.)
void TestHttpSession::redirectHopsObeyTheAllowedHosts()
{
    QFETCH(bool, simulated);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    // Something listening on 127.0.0.1 that is not the demo server: it must never see a connection.
    QTcpServer forbidden;
    QVERIFY(forbidden.listen(QHostAddress::LocalHost));
    int forbiddenConnections = 0;
    connect(&forbidden, &QTcpServer::newConnection, &forbidden, [&] {
        while (QTcpSocket *socket = forbidden.nextPendingConnection()) {
            ++forbiddenConnections;
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecret");
        }
    });
    const QString secret = QStringLiteral("http://127.0.0.1:%1/secret").arg(forbidden.serverPort());
    bench.network().allowHost(QStringLiteral("localhost"));
    ClientSession session(bench.network());

    auto direct = bench.get(session, secret);
    QVERIFY(bench.runUntilEnded({direct}));
    QCOMPARE(direct->errorClass, QStringLiteral("ClientConnectionError"));
    QVERIFY2(direct->errorMessage.contains(u"--allow-host 127.0.0.1"_qs), qPrintable(direct->errorMessage));

    // From the allowed host `localhost` (the real server's port; on the simulated network `demo`,
    // since `localhost` refuses there) to the forbidden one.
    const QString from = simulated ? QStringLiteral("http://demo")
                                   : QStringLiteral("http://localhost:%1").arg(bench.realPort());
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    auto viaRedirect = bench.get(session, from + QStringLiteral("/redirect-to?url=") + encoded);
    auto via307 = bench.get(session, from + QStringLiteral("/redirect-to?status_code=307&url=") + encoded);
    QVERIFY(bench.runUntilEnded({viaRedirect, via307}));
    for (const auto &o : {viaRedirect, via307}) {
        QCOMPARE(o->errorClass, direct->errorClass);
        QCOMPARE(o->errorMessage, direct->errorMessage);
        QVERIFY(!o->headersSeen);
        QCOMPARE(o->body, QByteArray());
        QCOMPARE(bench.kindsOf(o->requestId).mid(4).join(u' '), QStringLiteral("redirect failed"));
    }
    // A relative hop and a hop to `demo` stay allowed.
    auto fine = bench.get(session, from + QStringLiteral("/redirect-to?url=%2Fstatus%2F201"));
    QVERIFY(bench.runUntilEnded({fine}));
    QCOMPARE(fine->status, 201);
    QCOMPARE(fine->history, QList<int>{302});
    bench.pass(200);
    QCOMPARE(forbiddenConnections, 0);
    QCOMPARE(session.busyConnections(), 0);
}

// 100 concurrent /delay/100 with limit=100 are all in flight at once and take about 0.2 s, as with
// CPython and aiohttp. The demo server's listen backlog was Qt's 50: the connects beyond it were
// dropped and retried by the kernel a second later (1.2 s, at most ~60 in flight).
void TestHttpSession::hundredConcurrentRequestsOnLoopback()
{
    Bench bench(false);
    QVERIFY(bench.ready());
    ClientSession::Options options;
    options.connector = {100, 0};
    ClientSession session(bench.network(), options);
    const qint64 start = bench.now();
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 100; ++i)
        outcomes.append(bench.get(session, QStringLiteral("http://demo/delay/100")));
    QVERIFY(bench.runUntilEnded(outcomes, 10000));
    const qint64 elapsed = bench.now() - start;
    for (const auto &o : std::as_const(outcomes))
        QCOMPARE(o->status, 200);
    QCOMPARE(bench.stats().maxRequestsInFlight, 100);
    QVERIFY2(elapsed < 800, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

// aiohttp reuses an idle connection only while `t1 - t0 > keepalive_timeout` is false (connector.py:
// 583), t0 being its release (connector.py:669); force_close closes each one on release (:658-662). On
// the real network the server's own count says whether Qt really opened a new socket.
void TestHttpSession::keepAliveTimeoutEndsReuse_data()
{
    QTest::addColumn<bool>("simulated");
    QTest::addColumn<bool>("forceClose");
    QTest::addColumn<QList<int>>("pausesMs");
    QTest::addColumn<QStringList>("steps");
    for (const bool sim : {false, true}) {
        const char *net = sim ? "sim" : "real";
        QTest::addRow("%s keepalive_timeout=0.4", net)
            << sim << false << QList<int>{200, 700, 100, 600}
            << QStringList{u"connecting"_qs, u"reusing"_qs, u"connecting"_qs, u"reusing"_qs,
                           u"connecting"_qs};
        QTest::addRow("%s force_close", net)
            << sim << true << QList<int>{0, 50}
            << QStringList{u"connecting"_qs, u"connecting"_qs, u"connecting"_qs};
    }
}

void TestHttpSession::keepAliveTimeoutEndsReuse()
{
    QFETCH(bool, simulated);
    QFETCH(bool, forceClose);
    QFETCH(QList<int>, pausesMs);
    QFETCH(QStringList, steps);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    ClientSession::Options options;
    options.connector.keepaliveTimeout = forceClose ? std::nullopt : std::optional<double>(0.4);
    options.connector.forceClose = forceClose;
    ClientSession session(bench.network(), options);
    QStringList seen;
    QList<int> serverConnections;
    for (int i = 0; i <= pausesMs.size(); ++i) {
        if (i > 0)
            bench.simulated() ? bench.runTo(bench.now() + pausesMs.at(i - 1))
                              : bench.pass(pausesMs.at(i - 1));
        auto o = bench.get(session, QStringLiteral("http://demo/conn"));
        QVERIFY(bench.runUntilEnded({o}));
        seen << bench.kindsOf(o->requestId).value(1);
        serverConnections << json(o->body).value(QStringLiteral("connection")).toInt();
    }
    QCOMPARE(seen, steps);
    // The session's new connections are the server's: a new one each time the session says so.
    const int opened = int(steps.count(u"connecting"_qs));
    QCOMPARE(bench.stats().connectionsOpened, opened);
    QCOMPARE(QSet<int>(serverConnections.cbegin(), serverConnections.cend()).size(), opened);
}

// The virtual clock makes aiohttp's boundaries exact: the default 15 s, reuse at exactly 15.000 s of
// idleness and a new connection (with its 50 ms connect) at 15.001 s; and the cleanup timer's rounding
// (helpers.py:603-611: a timeout of 5 s or more is due at a whole second), which decides when the
// server sees an unused connection close (connector.py:336-375).
void TestHttpSession::simulatedKeepAliveIsExact()
{
    Bench bench(true);
    ClientSession session(bench.network());
    QCOMPARE(session.options().connector.keepaliveTimeout, std::optional<double>(15.0));
    bench.runTo(940);
    auto first = bench.get(session, QStringLiteral("http://demo/json"));
    QVERIFY(bench.runUntilEnded({first}));
    QCOMPARE(first->endedAtMs, 1000); // released at 1.000 s
    // The cleanup timer is due at ceil(1 + 15) = 16 s, where the connection has been idle exactly 15 s:
    // it stays (use_time - deadline < 0 is false), and the next round at 31 s closes it.
    bench.runTo(16000);
    QCOMPARE(bench.stats().connectionsOpen, 1);
    bench.runTo(16000); // exactly 15.000 s idle at a request: reused
    auto reused = bench.get(session, QStringLiteral("http://demo/json"));
    QVERIFY(bench.runUntilEnded({reused}));
    QCOMPARE(bench.kindsOf(reused->requestId).value(1), u"reusing"_qs);
    QCOMPARE(reused->endedAtMs, 16010);
    bench.runTo(31011);                         // 15.001 s idle: a new connection, which pays its connect
    QCOMPARE(bench.stats().connectionsOpen, 1); // the cleanup due at 31 s found it idle 14.99 s
    auto fresh = bench.get(session, QStringLiteral("http://demo/json"));
    QVERIFY(bench.runUntilEnded({fresh}));
    const auto events = bench.eventsOf(fresh->requestId);
    QCOMPARE(HttpTraceEvent::kindName(events.value(1).kind), u"connecting"_qs);
    QCOMPARE(events.value(1).connectionId, 2);
    QCOMPARE(fresh->endedAtMs, 31071);
    QCOMPARE(bench.stats().connectionsOpened, 2);
    QCOMPARE(bench.stats().connectionsOpen, 1); // the stale one was closed when the request found it
    // Released at 31.071 s while the cleanup timer set at 31 s is pending (due at ceil(31 + 15) = 46 s;
    // _release starts none while one is pending): at 46 s it is idle 14.929 s and stays; the round after,
    // at ceil(46 + 15) = 61 s, closes it.
    bench.runTo(60999);
    QCOMPARE(bench.stats().connectionsOpen, 1);
    bench.runTo(61000);
    QCOMPARE(bench.stats().connectionsOpen, 0);
    session.close();
}

// Qt keeps idle sockets of its own; when the session has closed one (its keep-alive time is over), a
// new connection must never land on it. QtHttpTransport sends a new connection to a lane without such
// a socket, replaces a lane's manager when nothing else is in it, and lets Qt's cache expiry
// (ConnectionCacheExpiryTimeoutSecondsAttribute) close it otherwise; the server's counts check both.
void TestHttpSession::qtLanesNeverReuseAClosedConnection()
{
    DemoServer server;
    QVERIFY(server.start());
    QtHttpTransport transport;
    int finished = 0;
    auto send = [&](int connectionId, int lane, bool newConnection, const char *path) {
        TransportRequest request;
        request.method = QByteArrayLiteral("GET");
        request.url = server.baseUrl().resolved(QUrl(QLatin1String(path)));
        request.connectionId = connectionId;
        request.newConnection = newConnection;
        request.lane = lane;
        request.keepaliveSeconds = 0.2; // Qt closes the host's idle sockets 2 s after its last request
        HttpTransport::Events events;
        events.sent = [] {};
        events.headers = [&finished](int, const QByteArray &, const QList<QPair<QByteArray, QByteArray>> &,
                                     const QByteArray &, bool complete) {
            if (complete)
                ++finished;
        };
        events.data = [](const QByteArray &) {};
        events.finished = [&finished] { ++finished; };
        events.failed = [](const HttpError &e) { QFAIL(qPrintable(e.toString())); };
        transport.start(request, std::move(events));
    };
    auto waitFinished = [&](int n) {
        QDeadlineTimer deadline(5000);
        while (finished < n && !deadline.hasExpired())
            QTest::qWait(5);
        return finished == n;
    };
    const QUrl target = server.baseUrl();

    // Two sockets in lane 0; the session closes one and keeps the other: lane 0 may not take a new
    // connection (Qt would put it on the closed one's socket), lane 1 may.
    send(1, 0, true, "delay/100");
    send(2, 0, true, "delay/100");
    QVERIFY(waitFinished(2));
    QCOMPARE(server.stats().connectionsOpened, 2);
    transport.closeIdle(1);
    QCOMPARE(transport.zombies(0), 1);
    QVERIFY(!transport.canOpenIn(0, target));
    QVERIFY(transport.canOpenIn(1, target));
    // Once the session has closed both, lane 0 gets a fresh manager: its sockets close at once.
    transport.closeIdle(2);
    QVERIFY(transport.canOpenIn(0, target));
    QCOMPARE(transport.managersReplaced(), 1);
    QCOMPARE(transport.zombies(0), 0);
    QDeadlineTimer closing(3000);
    while (server.stats().connectionsOpen > 0 && !closing.hasExpired())
        QTest::qWait(5);
    QCOMPARE(server.stats().connectionsOpen, 0);
    send(3, 0, true, "conn");
    QVERIFY(waitFinished(3));
    QCOMPARE(server.stats().connectionsOpened, 3);

    // A closed socket left to Qt's expiry: after 2 s (and a margin) Qt has closed it by itself, and a
    // new connection in the same lane, on the same manager, opens a new socket.
    transport.closeIdle(3);
    QCOMPARE(transport.zombies(0), 1);
    QTest::qWait(2300);
    QCOMPARE(server.stats().connectionsOpen, 0); // Qt's cache expiry closed it
    QTest::qWait(900);
    QVERIFY(transport.canOpenIn(0, target));
    QCOMPARE(transport.managersReplaced(), 1); // not replaced: expired
    send(4, 0, true, "conn");
    QVERIFY(waitFinished(4));
    QCOMPARE(server.stats().connectionsOpened, 4);
}

QTEST_GUILESS_MAIN(TestHttpSession)
// aiohttp 3.8.4 releases a response's connection when its payload reaches its end, read or not
// (payload.on_eof(_response_eof), client_reqrep.py:917 and 939-956), and ClientResponse.release()
// before that closes it (Connection.release -> _release(should_close=protocol.should_close),
// connector.py:176-183, 658-662; should_close is true while the payload is not at its end,
// client_proto.py:44-46). A small body comes in the same read as the headers, so it is complete
// before the program sees the response: releasing it at once keeps the connection. Here the release
// comes inside the headers callback, the earliest moment the program can act; on the real network
// Qt's thread hands the body over separately from the headers, and it counts as arrived.
void TestHttpSession::releaseKeepsAConnectionWhoseBodyHasArrived_data()
{
    QTest::addColumn<bool>("simulated");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("next"); // how the next request gets its connection
    QTest::addColumn<int>("opened");   // connections the server saw
    for (bool sim : {false, true}) {
        const char *net = sim ? "sim" : "real";
        QTest::addRow("%s body with the headers: kept", net) << sim << u"/json"_qs << u"reusing"_qs << 1;
        QTest::addRow("%s error status, body with the headers: kept", net)
            << sim << u"/status/404"_qs << u"reusing"_qs << 1;
        QTest::addRow("%s body 300 ms later: closed", net)
            << sim << u"/stall/300"_qs << u"connecting"_qs << 2;
    }
}

void TestHttpSession::releaseKeepsAConnectionWhoseBodyHasArrived()
{
    QFETCH(bool, simulated);
    QFETCH(QString, path);
    QFETCH(QString, next);
    QFETCH(int, opened);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    ClientSession session(bench.network());
    HttpRequest request;
    request.url = QUrl(QStringLiteral("http://demo") + path);
    int id = 0;
    bool released = false;
    ClientSession::Callbacks callbacks;
    callbacks.headers = [&](const HttpResponse &) {
        session.release(id);
        released = true;
    };
    callbacks.body = [](const HttpResponse &) { QFAIL("no body callback after release()"); };
    callbacks.error = [](const HttpError &e) { QFAIL(qPrintable(e.toString())); };
    id = session.request(request, callbacks);
    QVERIFY(bench.runUntil([&] { return released; }));
    QCOMPARE(session.busyConnections(), 0);
    auto o = bench.get(session, QStringLiteral("http://demo/conn"));
    QVERIFY(bench.runUntilEnded({o}));
    QCOMPARE(o->status, 200);
    QCOMPARE(bench.kindsOf(o->requestId).value(1), next);
    QCOMPARE(bench.stats().connectionsOpened, opened);
    QCOMPARE(json(o->body).value(QStringLiteral("connection")).toInt(), opened);
}

// A transfer the session aborts closes its connection (aiohttp closes it: conn.close() in
// ClientSession._request, client.py:565-572, for a cancelled task). Qt keeps the socket when its
// HTTP thread had the whole response before it saw the abort, so that socket must never carry a
// later new connection of the session. Here the loop sleeps while Qt's thread receives the whole
// /json reply, and the request is then cancelled before the session saw any of it: the next
// request opens a connection, and the server must see a second one.
void TestHttpSession::abortedReplyQtHadWholeIsNeverReused_data()
{
    addNetworkRows();
}

void TestHttpSession::abortedReplyQtHadWholeIsNeverReused()
{
    QFETCH(bool, simulated);
    Bench bench(simulated);
    QVERIFY(bench.ready());
    ClientSession session(bench.network());
    auto first = bench.get(session, QStringLiteral("http://demo/conn"));
    QVERIFY(bench.runUntilEnded({first}));
    // Answered 200 ms after it arrives, so that seeing it sent never also takes in the reply, even on a
    // busy machine.
    auto aborted = bench.get(session, QStringLiteral("http://demo/delay/200"));
    // Sent (Qt's thread wrote the request), then the loop sleeps while Qt's thread receives the whole
    // reply; this thread sees none of it. The simulated request is at the server, not answered yet.
    QVERIFY(bench.runUntil([&] { return bench.kindsOf(aborted->requestId).contains(u"sent"_qs); }));
    if (simulated)
        bench.pass(5);
    else
        QThread::msleep(600);
    session.cancel(aborted->requestId);
    QVERIFY2(session.openConnections() == 0, qPrintable(bench.kindsOf(first->requestId).join(u' ') + u" | " +
                                                        bench.kindsOf(aborted->requestId).join(u' ')));
    auto next = bench.get(session, QStringLiteral("http://demo/conn"));
    QVERIFY(bench.runUntilEnded({next}));
    QCOMPARE(bench.kindsOf(next->requestId).value(1), u"connecting"_qs);
    QCOMPARE(bench.kindsOf(next->requestId).value(1), bench.kindsOf(first->requestId).value(1));
    QCOMPARE(json(next->body).value(QStringLiteral("connection")).toInt(), 2);
    QCOMPARE(bench.stats().connectionsOpened, 2);
}

#include "tst_httpsession.moc"
