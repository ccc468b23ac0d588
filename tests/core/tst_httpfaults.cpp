// Faults on the wire: the demo server stopped in the middle of a request, a connection reset, a reply
// that never ends and a refused connection. Each request ends with the aiohttp error a program would
// catch and a message that says what happened; the session keeps no request, no slot and no connection,
// and the peer sees the client's socket closed (no reply is left pending).
#include "http/clientsession.h"
#include "http/demoserver.h"
#include "http/realnetwork.h"
#include "http/timerhttpclock.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace awaitscope;

namespace {

struct Outcome
{
    bool ended = false;
    bool headersSeen = false;
    QString errorClass;
    QString errorMessage;
    QByteArray body;
    qint64 endedAtMs = -1; // on sinceStart()
};

// Milliseconds since the test started, for when a callback ran.
qint64 sinceStart()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

// A misbehaving HTTP peer on loopback: it reads a request, then does one bad thing.
class FaultyPeer : public QObject
{
public:
    enum class Fault { Reset, SilentAfterHeaders, TrickleForever, CloseMidBody };

    explicit FaultyPeer(Fault fault)
        : m_fault(fault)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_accepted;
                m_sockets.append(socket);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRequest(socket); });
            }
        });
    }
    ~FaultyPeer() override { m_server.close(); }

    quint16 port() const { return m_server.serverPort(); }
    int accepted() const { return m_accepted; }
    // Sockets of this peer still connected to a client.
    int connected() const
    {
        int n = 0;
        for (const QPointer<QTcpSocket> &s : m_sockets)
            if (s && s->state() == QAbstractSocket::ConnectedState)
                ++n;
        return n;
    }

private:
    void onRequest(QTcpSocket *socket)
    {
        socket->readAll();
        if (socket->property("answered").toBool())
            return;
        socket->setProperty("answered", true);
        switch (m_fault) {
        case Fault::Reset: {
            // SO_LINGER with a zero timeout turns close() into a TCP reset.
            const linger hard{1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            socket->abort();
            break;
        }
        case Fault::SilentAfterHeaders:
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nContent-Type: text/plain\r\n\r\npartial");
            break;
        case Fault::TrickleForever: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\nContent-Type: text/plain\r\n\r\n");
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write("."); });
            timer->start(50);
            break;
        }
        case Fault::CloseMidBody:
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nContent-Type: text/plain\r\n\r\npartial");
            socket->flush();
            socket->disconnectFromHost();
            break;
        }
    }

    Fault m_fault;
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_accepted = 0;
};

// A peer that streams a chunked body for ever, as fast as loopback takes it, from its own thread (so the
// flood does not depend on this thread's event loop). It stops when the client hangs up.
class FloodPeer
{
public:
    FloodPeer()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
            ::listen(m_listener, 4) != 0 ||
            ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~FloodPeer()
    {
        m_stop = true;
        ::shutdown(m_listener, SHUT_RDWR);
        ::close(m_listener);
        if (m_thread.joinable())
            m_thread.join();
    }
    quint16 port() const { return m_port; }
    qint64 sent() const { return m_sent; }

private:
    void serve()
    {
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            return;
        char request[4096];
        (void)::recv(client, request, sizeof request, 0);
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                                "Transfer-Encoding: chunked\r\n\r\n";
        const QByteArray piece(64 * 1024, 'x');
        const QByteArray chunk = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        bool ok = ::send(client, head.constData(), size_t(head.size()), MSG_NOSIGNAL) > 0;
        // At most 256 MB/s: a flood for any client, yet on a quiet machine the "total fires on time" row
        // cannot reach its 1 GiB maximum within its second (unthrottled loopback passes it first).
        constexpr qint64 bytesPerSecond = 256LL * 1000 * 1000;
        const auto started = std::chrono::steady_clock::now();
        while (ok && !m_stop) {
            const double elapsed =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            if (double(m_sent) > elapsed * double(bytesPerSecond)) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                continue;
            }
            const ssize_t n = ::send(client, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
            ok = n > 0;
            if (ok)
                m_sent += n;
        }
        ::close(client);
    }

    int m_listener = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_sent{0};
};

bool waitFor(const std::function<bool()> &done, int timeoutMs = 8000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(5);
    return done();
}

std::shared_ptr<Outcome> get(ClientSession &session, const QString &url,
                             std::optional<ClientTimeout> timeout = std::nullopt)
{
    auto outcome = std::make_shared<Outcome>();
    HttpRequest request;
    request.url = QUrl(url);
    request.timeout = timeout;
    ClientSession::Callbacks callbacks;
    callbacks.headers = [outcome](const HttpResponse &) { outcome->headersSeen = true; };
    callbacks.body = [outcome](const HttpResponse &r) {
        outcome->ended = true;
        outcome->endedAtMs = sinceStart();
        outcome->body = r.body;
    };
    callbacks.error = [outcome](const HttpError &e) {
        outcome->ended = true;
        outcome->endedAtMs = sinceStart();
        outcome->errorClass = e.pythonClass();
        outcome->errorMessage = e.message;
    };
    session.request(request, callbacks);
    return outcome;
}

// Nothing of the request is left in the session: no pool slot, no waiting request, no connection.
void verifySessionIsEmpty(const ClientSession &session)
{
    QCOMPARE(session.busyConnections(), 0);
    QCOMPARE(session.waitingRequests(), 0);
    QCOMPARE(session.openConnections(), 0);
}

QString lastPhase(const QList<HttpTraceEvent> &events)
{
    return events.isEmpty() ? QString() : HttpTraceEvent::kindName(events.last().kind);
}

} // namespace

Q_DECLARE_METATYPE(FaultyPeer::Fault)

class TestHttpFaults : public QObject
{
    Q_OBJECT

private slots:
    // The demo server goes away while a reply is due: before its headers, or in the middle of its body.
    void demoServerStoppedMidRequest_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("stopAfterMs");
        QTest::addColumn<bool>("headersFirst");
        QTest::addColumn<QString>("errorClass");
        QTest::addColumn<QString>("errorMessage"); // %1 = the server's port
        // Qt sends a GET again when its connection closes before any byte of the reply; the server is gone,
        // so that second try is refused. aiohttp would report ServerDisconnectedError here; both say that
        // the server went away, and neither leaves the program waiting.
        QTest::newRow("before the headers")
            << QStringLiteral("/delay/5000") << 300 << false << QStringLiteral("ClientConnectorError")
            << QStringLiteral(
                   "Cannot connect to host 127.0.0.1:%1 ssl:default [Connect call failed ('127.0.0.1', %1)]");
        QTest::newRow("in the middle of the body")
            << QStringLiteral("/drip?bytes=100&ms=50") << 400 << true
            << QStringLiteral("ServerDisconnectedError") << QStringLiteral("Server disconnected");
    }

    void demoServerStoppedMidRequest()
    {
        QFETCH(QString, path);
        QFETCH(int, stopAfterMs);
        QFETCH(bool, headersFirst);
        QFETCH(QString, errorClass);
        QFETCH(QString, errorMessage);

        auto server = std::make_unique<DemoServer>();
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        TimerHttpClock clock;
        RealNetwork network(clock, server->baseUrl());
        QList<HttpTraceEvent> events;
        network.setTraceSink([&events](const HttpTraceEvent &e) { events.append(e); });
        ClientSession session(network);
        auto o = get(session, QStringLiteral("http://demo") + path);
        QTest::qWait(stopAfterMs);
        QVERIFY(!o->ended);
        const quint16 port = server->port();
        server.reset(); // the server stops: its listening and accepted sockets close

        QVERIFY2(waitFor([&] { return o->ended; }), "the request never ended");
        QCOMPARE(o->headersSeen, headersFirst);
        QCOMPARE(o->errorClass, errorClass);
        QCOMPARE(o->errorMessage, errorMessage.contains(u"%1") ? errorMessage.arg(port) : errorMessage);
        QCOMPARE(lastPhase(events), QStringLiteral("failed"));
        verifySessionIsEmpty(session);

        // The next request finds nobody there: a refused connection, not a hang.
        auto again = get(session, QStringLiteral("http://demo/json"));
        QVERIFY2(waitFor([&] { return again->ended; }), "the second request never ended");
        QCOMPARE(again->errorClass, QStringLiteral("ClientConnectorError"));
        QVERIFY2(again->errorMessage.startsWith(u"Cannot connect to host 127.0.0.1:"),
                 qPrintable(again->errorMessage));
        verifySessionIsEmpty(session);
    }

    // A peer that breaks the connection: a reset right after the request, or a close in the middle of the
    // body it announced.
    void connectionBroken_data()
    {
        QTest::addColumn<FaultyPeer::Fault>("fault");
        QTest::addColumn<bool>("headersFirst");
        QTest::newRow("connection reset") << FaultyPeer::Fault::Reset << false;
        QTest::newRow("closed in the middle of the body") << FaultyPeer::Fault::CloseMidBody << true;
    }

    void connectionBroken()
    {
        QFETCH(FaultyPeer::Fault, fault);
        QFETCH(bool, headersFirst);

        FaultyPeer peer(fault);
        QVERIFY(peer.port() != 0);
        TimerHttpClock clock;
        RealNetwork network(clock, QUrl(QStringLiteral("http://127.0.0.1:1")));
        network.allowHost(QStringLiteral("127.0.0.1"));
        QList<HttpTraceEvent> events;
        network.setTraceSink([&events](const HttpTraceEvent &e) { events.append(e); });
        ClientSession session(network);
        auto o = get(session, QStringLiteral("http://127.0.0.1:%1/x").arg(peer.port()));

        QVERIFY2(waitFor([&] { return o->ended; }), "the request never ended");
        QCOMPARE(o->headersSeen, headersFirst);
        QCOMPARE(o->body, QByteArray()); // a cut body is never handed out as a whole one
        QCOMPARE(o->errorClass, QStringLiteral("ServerDisconnectedError"));
        QCOMPARE(o->errorMessage, QStringLiteral("Server disconnected"));
        QCOMPARE(lastPhase(events), QStringLiteral("failed"));
        verifySessionIsEmpty(session);
        QVERIFY(waitFor([&] { return peer.connected() == 0; }));
    }

    // A reply whose body never ends is bounded by the timeouts: sock_read when the peer falls silent,
    // total when it keeps sending a byte now and then (sock_read never fires then).
    void replyThatNeverEnds_data()
    {
        QTest::addColumn<FaultyPeer::Fault>("fault");
        QTest::addColumn<double>("sockRead");
        QTest::addColumn<double>("total");
        QTest::addColumn<QString>("errorClass");
        QTest::addColumn<QString>("errorMessage");
        QTest::addColumn<QString>("field");
        QTest::newRow("silent body, sock_read")
            << FaultyPeer::Fault::SilentAfterHeaders << 0.3 << 0.0 << QStringLiteral("SocketTimeoutError")
            << QStringLiteral("Timeout on reading data from socket") << QStringLiteral("sock_read");
        QTest::newRow("silent body, total")
            << FaultyPeer::Fault::SilentAfterHeaders << 0.0 << 0.5 << QStringLiteral("TimeoutError")
            << QString() << QStringLiteral("total");
        QTest::newRow("endless trickle, sock_read cannot fire, total does")
            << FaultyPeer::Fault::TrickleForever << 0.3 << 0.8 << QStringLiteral("TimeoutError") << QString()
            << QStringLiteral("total");
    }

    void replyThatNeverEnds()
    {
        QFETCH(FaultyPeer::Fault, fault);
        QFETCH(double, sockRead);
        QFETCH(double, total);
        QFETCH(QString, errorClass);
        QFETCH(QString, errorMessage);
        QFETCH(QString, field);

        FaultyPeer peer(fault);
        TimerHttpClock clock;
        RealNetwork network(clock, QUrl(QStringLiteral("http://127.0.0.1:1")));
        network.allowHost(QStringLiteral("127.0.0.1"));
        QList<HttpTraceEvent> events;
        network.setTraceSink([&events](const HttpTraceEvent &e) { events.append(e); });
        ClientSession session(network);
        ClientTimeout timeout;
        if (sockRead > 0)
            timeout.sockRead = sockRead;
        if (total > 0)
            timeout.total = total;
        QElapsedTimer elapsed;
        elapsed.start();
        auto o = get(session, QStringLiteral("http://127.0.0.1:%1/x").arg(peer.port()), timeout);

        QVERIFY2(waitFor([&] { return o->ended; }, 5000), "the timeout never fired");
        const double bound = total > 0 ? total : sockRead;
        QVERIFY2(elapsed.elapsed() >= qint64(bound * 1000) - 20,
                 qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY2(elapsed.elapsed() < qint64(bound * 1000) + 2000,
                 qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(o->headersSeen);
        QCOMPARE(o->errorClass, errorClass);
        QCOMPARE(o->errorMessage, errorMessage);
        QVERIFY(!events.isEmpty());
        QCOMPARE(lastPhase(events), QStringLiteral("timed_out"));
        QCOMPARE(events.last().timeout, field);
        verifySessionIsEmpty(session);
        // The client hung up: the peer's socket closes, so no reply is left pending on either side.
        QVERIFY2(waitFor([&] { return peer.connected() == 0; }), "the client kept the connection open");
    }

    // A body that streams for ever as fast as loopback goes: the `total` deadline fires on time (it
    // used to fire seconds late: the flood of data kept Qt's loop from running its timers), and the
    // session's maximum body size ends it with ClientPayloadError naming the limit.
    void floodingBodyIsBounded_data()
    {
        QTest::addColumn<qint64>("maxBodyBytes");
        QTest::addColumn<double>("total");
        QTest::addColumn<QString>("errorClass");
        QTest::addColumn<QString>("errorMessage");
        QTest::newRow("total fires on time")
            << qint64(1024) * 1024 * 1024 << 1.0 << QStringLiteral("TimeoutError") << QString();
        QTest::newRow("the body's maximum")
            << qint64(2) * 1024 * 1024 << 30.0 << QStringLiteral("ClientPayloadError")
            << QStringLiteral("Response payload is larger than Awaitscope's limit of 2 MiB (ClientSession's "
                              "maxBodyBytes; see docs/http.md)");
    }
    void floodingBodyIsBounded()
    {
        QFETCH(qint64, maxBodyBytes);
        QFETCH(double, total);
        QFETCH(QString, errorClass);
        QFETCH(QString, errorMessage);
        FloodPeer peer;
        QVERIFY(peer.port() != 0);
        TimerHttpClock clock;
        RealNetwork network(clock, QUrl(QStringLiteral("http://127.0.0.1:1")));
        network.allowHost(QStringLiteral("127.0.0.1"));
        ClientSession::Options options;
        options.maxBodyBytes = maxBodyBytes;
        ClientSession session(network, options);
        ClientTimeout timeout;
        timeout.total = total;
        // Another timer of the same loop fires first: after that, GLib's dispatcher held timers back.
        QTimer::singleShot(50, [] {});
        const qint64 start = sinceStart();
        auto o = get(session, QStringLiteral("http://127.0.0.1:%1/").arg(peer.port()), timeout);
        // A plain event loop, as `awaitscope run` has (QTest::qWait would leave idle moments).
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (o->ended || sinceStart() - start > 20000)
                loop.quit();
        });
        poll.start(5);
        loop.exec();
        QVERIFY2(o->ended, "the request never ended");
        const qint64 took = o->endedAtMs - start;
        QCOMPARE(o->errorClass, errorClass);
        QCOMPARE(o->errorMessage, errorMessage);
        QVERIFY(o->headersSeen);
        if (errorClass == u"TimeoutError") {
            QVERIFY2(took >= 1000 - 20 && took < 1000 + 400,
                     qPrintable(QStringLiteral("%1 ms, %2 bytes sent").arg(took).arg(peer.sent())));
            QVERIFY2(peer.sent() > 4 * 1024 * 1024, "the peer did not flood"); // the test means something
        } else {
            QVERIFY2(took < 5000, qPrintable(QString::number(took)));
        }
        verifySessionIsEmpty(session);
    }

    // Nobody listens on the port: ClientConnectorError with aiohttp's words, at once.
    void refusedConnection()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        TimerHttpClock clock;
        RealNetwork network(clock, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
        ClientSession session(network);
        QElapsedTimer elapsed;
        elapsed.start();
        auto o = get(session, QStringLiteral("http://demo/json"));
        QVERIFY2(waitFor([&] { return o->ended; }), "the request never ended");
        QVERIFY2(elapsed.elapsed() < 3000, "a refused connection must not wait for a timeout");
        QCOMPARE(o->errorClass, QStringLiteral("ClientConnectorError"));
        QCOMPARE(o->errorMessage, QStringLiteral("Cannot connect to host 127.0.0.1:%1 ssl:default "
                                                 "[Connect call failed ('127.0.0.1', %1)]")
                                      .arg(closedPort));
        verifySessionIsEmpty(session);
    }
};

QTEST_GUILESS_MAIN(TestHttpFaults)
#include "tst_httpfaults.moc"
