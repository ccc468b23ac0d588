// The same HTTP programs under CPython with aiohttp and under ClientSession, against the same demo
// server: the outcomes printed and the server's own counts (connections opened, most requests in
// flight) must match. Skipped when no python3 with aiohttp is installed (Debian: python3-aiohttp).
#include "http/clientsession.h"
#include "http/demoserver.h"
#include "http/realnetwork.h"
#include "http/timerhttpclock.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace awaitscope;

namespace {

// Each scenario prints one line; the C++ side below prints the same line for the same program.
// (Plain string literals: moc cannot read raw string literals.)
const char *const kScript =
    "import asyncio, sys\n"
    "import aiohttp\n"
    "\n"
    "base, scenario, closed_port = sys.argv[1], sys.argv[2], int(sys.argv[3])\n"
    "\n"
    "async def get_status(session, path):\n"
    "    async with session.get(base + path) as resp:\n"
    "        await resp.read()\n"
    "        return resp.status\n"
    "\n"
    "async def main():\n"
    "    if scenario in (\"wave100\", \"wave3\"):\n"
    "        connector = aiohttp.TCPConnector(limit=100 if scenario == \"wave100\" else 3)\n"
    "        async with aiohttp.ClientSession(connector=connector) as s:\n"
    "            statuses = await asyncio.gather(*[get_status(s, \"delay/300\") for _ in range(12)])\n"
    "            print(\"statuses\", statuses.count(200))\n"
    "    elif scenario == \"reuse\":\n"
    "        async with aiohttp.ClientSession() as s:\n"
    "            ids = set()\n"
    "            for _ in range(4):\n"
    "                async with s.get(base + \"conn\") as resp:\n"
    "                    ids.add((await resp.json())[\"connection\"])\n"
    "            print(\"connections\", len(ids))\n"
    "    elif scenario == \"session_per_request\":\n"
    "        for _ in range(4):\n"
    "            async with aiohttp.ClientSession() as s:\n"
    "                await get_status(s, \"conn\")\n"
    "        print(\"done\")\n"
    "    elif scenario == \"cookies\":\n"
    "        seen = []\n"
    "        for jar in (aiohttp.CookieJar(unsafe=True), aiohttp.DummyCookieJar()):\n"
    "            async with aiohttp.ClientSession(cookie_jar=jar) as s:\n"
    "                await get_status(s, \"cookies/set?flavour=oat\")\n"
    "                async with s.get(base + \"cookies\") as resp:\n"
    "                    seen.append(\",\".join(sorted((await resp.json())[\"cookies\"])) or \"-\")\n"
    "                seen.append(str(len(s.cookie_jar)))\n"
    "        print(\"cookies\", \" \".join(seen))\n"
    "    elif scenario in (\"sock_read\", \"total\"):\n"
    "        timeout = aiohttp.ClientTimeout(sock_read=0.3) if scenario == \"sock_read\" else "
    "aiohttp.ClientTimeout(total=0.3)\n"
    "        async with aiohttp.ClientSession(timeout=timeout) as s:\n"
    "            try:\n"
    "                await get_status(s, \"stall/2000\" if scenario == \"sock_read\" else \"delay/2000\")\n"
    "                print(\"no error\")\n"
    "            except asyncio.TimeoutError as e:\n"
    "                print(\"timeout\", str(e) or \"-\")\n"
    "    elif scenario == \"refused\":\n"
    "        async with aiohttp.ClientSession() as s:\n"
    "            try:\n"
    "                await s.get(\"http://127.0.0.1:%d/json\" % closed_port)\n"
    "            except aiohttp.ClientConnectorError as e:\n"
    "                print(\"refused\", str(e))\n"
    "    elif scenario == \"status\":\n"
    "        async with aiohttp.ClientSession() as s:\n"
    "            async with s.get(base + \"status/404\") as resp:\n"
    "                print(\"status\", resp.status, resp.reason, resp.ok)\n"
    "\n"
    "asyncio.run(main())\n";

QString pythonWithAiohttp()
{
    for (const QString &candidate : {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")}) {
        QProcess probe;
        probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import aiohttp")});
        if (probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return candidate;
    }
    return QString();
}

struct Result
{
    QString line;
    int connectionsOpened = 0;
    int maxInFlight = 0;
};

} // namespace

class TestHttpCPython : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameOutcomes_data();
    void sameOutcomes();

private:
    Result runPython(const QString &scenario);
    Result runSession(const QString &scenario);
    bool waitFor(const std::function<bool()> &done, int ms);

    QString m_python;
    DemoServer m_server;
    quint16 m_closedPort = 0;
};

void TestHttpCPython::initTestCase()
{
    m_python = pythonWithAiohttp();
    if (m_python.isEmpty())
        QSKIP("no python3 with aiohttp (install python3-aiohttp to run this comparison)");
    QVERIFY(m_server.start());
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_closedPort = probe.serverPort();
}

bool TestHttpCPython::waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(10);
    return done();
}

Result TestHttpCPython::runPython(const QString &scenario)
{
    m_server.resetStats();
    QProcess python;
    python.start(m_python, {QStringLiteral("-c"), QString::fromUtf8(kScript), m_server.baseUrl().toString(),
                            scenario, QString::number(m_closedPort)});
    // The server lives in this process: keep its event loop running while Python talks to it.
    if (!waitFor([&] { return python.state() == QProcess::NotRunning; }, 30000))
        python.kill();
    python.waitForFinished(1000);
    Result r;
    r.line = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
    if (r.line.isEmpty())
        r.line = QStringLiteral("python failed: ") + QString::fromUtf8(python.readAllStandardError());
    waitFor([&] { return m_server.stats().requestsInFlight == 0; }, 3000);
    r.connectionsOpened = m_server.stats().connectionsOpened;
    r.maxInFlight = m_server.stats().maxRequestsInFlight;
    return r;
}

Result TestHttpCPython::runSession(const QString &scenario)
{
    m_server.resetStats();
    TimerHttpClock clock;
    RealNetwork network(clock, m_server.baseUrl());
    network.allowHost(QStringLiteral("127.0.0.1"));
    const QString base = m_server.baseUrl().toString();

    struct Call
    {
        bool ended = false;
        HttpResponse response;
        std::optional<HttpError> error;
    };
    auto call = [&](ClientSession &session, const QString &url, std::optional<ClientTimeout> timeout = {}) {
        auto c = std::make_shared<Call>();
        HttpRequest request;
        request.url = QUrl(url);
        request.timeout = timeout;
        session.request(request, {[c](const HttpResponse &r) { c->response = r; },
                                  [c](const HttpResponse &r) {
                                      c->response = r;
                                      c->ended = true;
                                  },
                                  [c](const HttpError &e) {
                                      c->error = e;
                                      c->ended = true;
                                  }});
        return c;
    };
    auto await = [&](const QList<std::shared_ptr<Call>> &calls) {
        waitFor(
            [&] { return std::all_of(calls.cbegin(), calls.cend(), [](const auto &c) { return c->ended; }); },
            10000);
    };

    Result r;
    if (scenario == QLatin1String("wave100") || scenario == QLatin1String("wave3")) {
        ClientSession::Options options;
        options.connector.limit = scenario == QLatin1String("wave100") ? 100 : 3;
        ClientSession s(network, options);
        QList<std::shared_ptr<Call>> calls;
        for (int i = 0; i < 12; ++i)
            calls.append(call(s, base + u"delay/300"_qs));
        await(calls);
        const auto ok = std::count_if(calls.cbegin(), calls.cend(),
                                      [](const auto &c) { return c->response.status == 200; });
        r.line = QStringLiteral("statuses %1").arg(ok);
    } else if (scenario == QLatin1String("reuse")) {
        ClientSession s(network);
        QSet<int> ids;
        for (int i = 0; i < 4; ++i) {
            auto c = call(s, base + u"conn"_qs);
            await({c});
            ids.insert(QJsonDocument::fromJson(c->response.body).object().value(u"connection"_qs).toInt());
        }
        r.line = QStringLiteral("connections %1").arg(ids.size());
    } else if (scenario == QLatin1String("session_per_request")) {
        for (int i = 0; i < 4; ++i) {
            ClientSession s(network);
            auto c = call(s, base + u"conn"_qs);
            await({c});
        }
        r.line = QStringLiteral("done");
    } else if (scenario == QLatin1String("cookies")) {
        QStringList seen;
        for (bool dummy : {false, true}) {
            ClientSession::Options options;
            options.cookies = dummy ? SessionCookieJar::Mode::Dummy : SessionCookieJar::Mode::Keep;
            options.unsafeCookies = true;
            ClientSession s(network, options);
            auto set = call(s, base + u"cookies/set?flavour=oat"_qs);
            await({set});
            auto get = call(s, base + u"cookies"_qs);
            await({get});
            QStringList names =
                QJsonDocument::fromJson(get->response.body).object().value(u"cookies"_qs).toObject().keys();
            names.sort();
            seen << (names.isEmpty() ? u"-"_qs : names.join(u','));
            seen << QString::number(s.cookieJar().cookies().size());
        }
        r.line = QStringLiteral("cookies ") + seen.join(u' ');
    } else if (scenario == QLatin1String("sock_read") || scenario == QLatin1String("total")) {
        ClientTimeout timeout;
        if (scenario == QLatin1String("sock_read"))
            timeout.sockRead = 0.3;
        else
            timeout.total = 0.3;
        ClientSession::Options options;
        options.timeout = timeout;
        ClientSession s(network, options);
        auto c =
            call(s, base + (scenario == QLatin1String("sock_read") ? u"stall/2000"_qs : u"delay/2000"_qs));
        await({c});
        if (c->error && c->error->isTimeout())
            r.line = QStringLiteral("timeout ") + (c->error->message.isEmpty() ? u"-"_qs : c->error->message);
        else
            r.line = QStringLiteral("no error");
    } else if (scenario == QLatin1String("refused")) {
        ClientSession s(network);
        auto c = call(s, QStringLiteral("http://127.0.0.1:%1/json").arg(m_closedPort));
        await({c});
        if (c->error && c->error->pythonClass() == QLatin1String("ClientConnectorError"))
            r.line = QStringLiteral("refused ") + c->error->message;
    } else if (scenario == QLatin1String("status")) {
        ClientSession s(network);
        auto c = call(s, base + u"status/404"_qs);
        await({c});
        r.line =
            QStringLiteral("status %1 %2 %3")
                .arg(c->response.status)
                .arg(QString::fromLatin1(c->response.reason), c->response.ok() ? u"True"_qs : u"False"_qs);
    }
    waitFor([&] { return m_server.stats().requestsInFlight == 0; }, 3000);
    r.connectionsOpened = m_server.stats().connectionsOpened;
    r.maxInFlight = m_server.stats().maxRequestsInFlight;
    return r;
}

void TestHttpCPython::sameOutcomes_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("expectedLine");
    QTest::newRow("12 requests, default pool") << "wave100"
                                               << "statuses 12";
    QTest::newRow("12 requests, limit=3") << "wave3"
                                          << "statuses 12";
    QTest::newRow("one session reuses") << "reuse"
                                        << "connections 1";
    QTest::newRow("a session per request") << "session_per_request"
                                           << "done";
    QTest::newRow("cookies and DummyCookieJar") << "cookies"
                                                << "cookies flavour 1 - 0";
    QTest::newRow("sock_read") << "sock_read"
                               << "timeout Timeout on reading data from socket";
    QTest::newRow("total") << "total"
                           << "timeout -";
    QTest::newRow("refused") << "refused" << QString();
    QTest::newRow("error status") << "status"
                                  << "status 404 Not Found False";
}

void TestHttpCPython::sameOutcomes()
{
    QFETCH(QString, scenario);
    QFETCH(QString, expectedLine);
    const Result python = runPython(scenario);
    const Result ours = runSession(scenario);
    QCOMPARE(ours.line, python.line);
    if (!expectedLine.isEmpty())
        QCOMPARE(ours.line, expectedLine);
    QCOMPARE(ours.connectionsOpened, python.connectionsOpened);
    QCOMPARE(ours.maxInFlight, python.maxInFlight);
}

QTEST_GUILESS_MAIN(TestHttpCPython)
#include "tst_httpcpython.moc"
