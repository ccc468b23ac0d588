// The demo server answers every endpoint as documented, counts connections and requests in flight,
// and survives clients that leave before their reply is written.
#include "http/demoserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace awaitscope;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    qint64 headersAtMs = -1;
    qint64 finishedAtMs = -1;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// Runs one GET through `manager` inside the event loop, failing the test after `timeoutMs`.
Answer fetch(QNetworkAccessManager &manager, const QUrl &url, int timeoutMs = 5000)
{
    Answer answer;
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [&] {
        if (answer.headersAtMs < 0)
            answer.headersAtMs = clock.elapsed();
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(timeoutMs)) {
        reply->abort();
        reply->deleteLater();
        return answer;
    }
    answer.finishedAtMs = clock.elapsed();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.error = reply->error();
    reply->deleteLater();
    return answer;
}

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listensOnLoopbackOnly();
    void portTakenIsReported();
    void endpoints_data();
    void endpoints();
    void stallSendsHeadersAtOnce();
    void dripSpreadsTheBody();
    void flakyFailsThenSucceeds();
    void rateLimitAnswers429();
    void cookiesFollowTheClient();
    void connTellsConnectionsApart_data();
    void connTellsConnectionsApart();
    void inFlightCountsConcurrentRequests();
    void clientLeavingEarlyIsHarmless_data();
    void clientLeavingEarlyIsHarmless();
    void connectionCloseAndHttp10_data();
    void connectionCloseAndHttp10();

private:
    QUrl url(const QString &pathAndQuery) const { return m_server->baseUrl().resolved(QUrl(pathAndQuery)); }
    std::unique_ptr<DemoServer> m_server;
};

void TestDemoServer::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->port() != 0);
}

void TestDemoServer::cleanup()
{
    m_server.reset();
}

void TestDemoServer::listensOnLoopbackOnly()
{
    const QList<QTcpServer *> servers = m_server->servers();
    QCOMPARE(servers.size(), 1);
    QCOMPARE(servers.first()->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(m_server->baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1/").arg(m_server->port()));
}

void TestDemoServer::portTakenIsReported()
{
    DemoServer second;
    QVERIFY(!second.start(m_server->port()));
    QVERIFY2(second.errorString().contains(QString::number(m_server->port())),
             qPrintable(second.errorString()));
}

void TestDemoServer::endpoints_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("atLeastMs");

    QTest::newRow("index") << "/" << 200 << QString() << QString() << 0;
    QTest::newRow("delay") << "/delay/250" << 200 << "delay"
                           << "250" << 240;
    QTest::newRow("delay 0") << "/delay/0" << 200 << "delay"
                             << "0" << 0;
    QTest::newRow("status 404") << "/status/404" << 404 << "status"
                                << "404" << 0;
    QTest::newRow("status 503") << "/status/503" << 503 << "status"
                                << "503" << 0;
    QTest::newRow("status 299") << "/status/299" << 299 << "status"
                                << "299" << 0;
    QTest::newRow("json") << "/json" << 200 << "name"
                          << "awaitscope demo" << 0;
    QTest::newRow("cookies none") << "/cookies" << 200 << QString() << QString() << 0;
    QTest::newRow("conn") << "/conn" << 200 << "connection"
                          << "1" << 0;
    QTest::newRow("echo") << "/echo?x=1" << 200 << "method"
                          << "GET" << 0;
    QTest::newRow("unknown path") << "/nope" << 404 << QString() << QString() << 0;
    QTest::newRow("bad delay") << "/delay/soon" << 400 << QString() << QString() << 0;
    QTest::newRow("bad status") << "/status/42" << 400 << QString() << QString() << 0;
    QTest::newRow("bad drip") << "/drip?bytes=-1&ms=2" << 400 << QString() << QString() << 0;
    QTest::newRow("bad ratelimit") << "/ratelimit?per_second=0" << 400 << QString() << QString() << 0;
}

void TestDemoServer::endpoints()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, atLeastMs);

    QNetworkAccessManager manager;
    const Answer answer = fetch(manager, url(path));
    QVERIFY2(answer.finishedAtMs >= 0, "no reply in time");
    QCOMPARE(answer.status, status);
    QVERIFY(answer.finishedAtMs >= atLeastMs);
    const QJsonObject object = json(answer.body);
    QVERIFY2(!object.isEmpty(), answer.body.constData());
    if (status >= 400 && field.isEmpty() && status != 503)
        QVERIFY2(object.value(QStringLiteral("error")).toString().size() > 10, answer.body.constData());
    if (!field.isEmpty())
        QCOMPARE(object.value(field).toVariant().toString(), value);
}

void TestDemoServer::stallSendsHeadersAtOnce()
{
    QNetworkAccessManager manager;
    const Answer answer = fetch(manager, url(QStringLiteral("/stall/400")));
    QCOMPARE(answer.status, 200);
    QVERIFY2(answer.headersAtMs >= 0 && answer.headersAtMs < 200,
             qPrintable(QString::number(answer.headersAtMs)));
    QVERIFY(answer.finishedAtMs >= 390);
    QCOMPARE(json(answer.body).value(QStringLiteral("stall")).toInt(), 400);
}

void TestDemoServer::dripSpreadsTheBody()
{
    QNetworkAccessManager manager;
    const Answer answer = fetch(manager, url(QStringLiteral("/drip?bytes=5&ms=60")));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray("*****"));
    QVERIFY(answer.headersAtMs < 150);
    QVERIFY(answer.finishedAtMs >= 290);
}

void TestDemoServer::flakyFailsThenSucceeds()
{
    QNetworkAccessManager manager;
    QList<int> statuses;
    for (int i = 0; i < 4; ++i)
        statuses.append(fetch(manager, url(QStringLiteral("/flaky?fail=2"))).status);
    QCOMPARE(statuses, (QList<int>{503, 503, 200, 503}));
    // Another ?fail= keeps its own count.
    QCOMPARE(fetch(manager, url(QStringLiteral("/flaky?fail=0"))).status, 200);
}

void TestDemoServer::rateLimitAnswers429()
{
    QNetworkAccessManager manager;
    QList<int> statuses;
    for (int i = 0; i < 5; ++i)
        statuses.append(fetch(manager, url(QStringLiteral("/ratelimit?per_second=3"))).status);
    QCOMPARE(statuses, (QList<int>{200, 200, 200, 429, 429}));
    QTest::qWait(1050);
    QCOMPARE(fetch(manager, url(QStringLiteral("/ratelimit?per_second=3"))).status, 200);
}

void TestDemoServer::cookiesFollowTheClient()
{
    QNetworkAccessManager first;
    const Answer set = fetch(first, url(QStringLiteral("/cookies/set?flavour=oat&size=2")));
    QCOMPARE(set.status, 200);
    const QJsonObject kept = json(fetch(first, url(QStringLiteral("/cookies"))).body);
    QCOMPARE(kept.value(QStringLiteral("cookies")).toObject().value(QStringLiteral("flavour")).toString(),
             QStringLiteral("oat"));
    QCOMPARE(kept.value(QStringLiteral("cookies")).toObject().size(), 2);

    QNetworkAccessManager second; // its own jar
    const QJsonObject fresh = json(fetch(second, url(QStringLiteral("/cookies"))).body);
    QVERIFY(fresh.value(QStringLiteral("cookies")).toObject().isEmpty());
}

void TestDemoServer::connTellsConnectionsApart_data()
{
    QTest::addColumn<bool>("sameClient");
    QTest::addColumn<int>("connections");
    QTest::newRow("one manager reuses one connection") << true << 1;
    QTest::newRow("a manager per request opens three") << false << 3;
}

void TestDemoServer::connTellsConnectionsApart()
{
    QFETCH(bool, sameClient);
    QFETCH(int, connections);
    QNetworkAccessManager shared;
    QSet<int> ids;
    QSet<int> ports;
    for (int i = 0; i < 3; ++i) {
        QNetworkAccessManager own;
        const QJsonObject conn = json(fetch(sameClient ? shared : own, url(QStringLiteral("/conn"))).body);
        ids.insert(conn.value(QStringLiteral("connection")).toInt());
        ports.insert(conn.value(QStringLiteral("client_port")).toInt());
        if (sameClient)
            QCOMPARE(conn.value(QStringLiteral("requests_on_connection")).toInt(), i + 1);
    }
    QCOMPARE(ids.size(), connections);
    QCOMPARE(ports.size(), connections);
    QCOMPARE(m_server->stats().connectionsOpened, connections);
    QCOMPARE(m_server->stats().requestsReceived, 3);
}

void TestDemoServer::inFlightCountsConcurrentRequests()
{
    // Qt opens at most six connections per host and manager: two managers carry eight requests at once.
    QNetworkAccessManager a;
    QNetworkAccessManager b;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 8; ++i)
        replies.append((i % 2 ? a : b).get(QNetworkRequest(url(QStringLiteral("/delay/300")))));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().repliesCompleted, 8, 5000);
    QCOMPARE(m_server->stats().maxRequestsInFlight, 8);
    QCOMPARE(m_server->stats().requestsInFlight, 0);
    QCOMPARE(m_server->stats().connectionsOpened, 8);
    for (QNetworkReply *reply : replies) {
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        reply->deleteLater();
    }
}

void TestDemoServer::clientLeavingEarlyIsHarmless_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("before the headers") << "/delay/300";
    QTest::newRow("between headers and body") << "/stall/300";
    QTest::newRow("in the middle of the body") << "/drip?bytes=6&ms=50";
}

void TestDemoServer::clientLeavingEarlyIsHarmless()
{
    QFETCH(QString, path);
    {
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(QNetworkRequest(url(path)));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().requestsInFlight, 1, 3000);
        QTest::qWait(120);
        reply->abort();
        delete reply;
    } // the manager and its connection are gone too
    QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().repliesAbandoned, 1, 3000);
    QCOMPARE(m_server->stats().requestsInFlight, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().connectionsOpen, 0, 3000);
    // Let the reply's timers come due with nobody to write to, then check the server still answers.
    QTest::qWait(400);
    QNetworkAccessManager again;
    QCOMPARE(fetch(again, url(QStringLiteral("/json"))).status, 200);
    QCOMPARE(m_server->stats().repliesCompleted, 1);
}

void TestDemoServer::connectionCloseAndHttp10_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("closes");
    QTest::newRow("HTTP/1.0 closes after the response") << QByteArray("GET /json HTTP/1.0\r\n\r\n") << true;
    QTest::newRow("HTTP/1.1 with Connection: close")
        << QByteArray("GET /delay/50 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") << true;
    QTest::newRow("HTTP/1.0 with keep-alive stays open")
        << QByteArray("GET /json HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << false;
    QTest::newRow("HTTP/1.1 stays open") << QByteArray("GET /json HTTP/1.1\r\nHost: x\r\n\r\n") << false;
}

// A client that reads until end-of-file (HTTP/1.0, or one that sent Connection: close) gets its
// response and then the end of the connection, instead of waiting for ever.
void TestDemoServer::connectionCloseAndHttp10()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, closes);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(3000));
    QByteArray received;
    QObject::connect(&socket, &QIODevice::readyRead, &socket, [&] { received += socket.readAll(); });
    QSignalSpy closed(&socket, &QAbstractSocket::disconnected);
    socket.write(request);
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("\r\n\r\n") && received.endsWith("}\n"), 3000);
    if (closes) {
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 3000);
        QVERIFY2(received.contains("\r\nConnection: close\r\n"), received.constData());
    } else {
        QTest::qWait(300);
        QCOMPARE(closed.size(), 0);
        QVERIFY(!received.contains("Connection: close"));
    }
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
    QCOMPARE(m_server->stats().repliesCompleted, 1);
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
