#include "demoserver.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace awaitscope {

namespace {

constexpr const char *kConnectionIdProperty = "awaitscope.connectionId";
constexpr const char *kHttp10Property = "awaitscope.http10"; // the last request line seen said HTTP/1.0
constexpr const char *kRequestCountProperty = "awaitscope.requestCount";

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

// QHttpServerRequest (Qt 6.4) does not tell the HTTP version, and an HTTP/1.0 request without
// "Connection: keep-alive" must have its connection closed after the response. This server hands
// each socket to QtHttpServer with a first look at its bytes: the version of each request line that
// arrives is noted on the socket before QtHttpServer's own parser reads them.
class VersionNotingTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = QTcpServer::nextPendingConnection();
        if (socket) {
            // Connected before QtHttpServer connects its own reader, so this runs first.
            connect(socket, &QIODevice::readyRead, socket, [socket] {
                const QByteArray head = socket->peek(4096);
                static const QByteArray marker = QByteArrayLiteral(" HTTP/1.");
                const qsizetype lineEnd = head.indexOf("\r\n");
                const QByteArray line = lineEnd < 0 ? head : head.left(lineEnd);
                const qsizetype at = line.lastIndexOf(marker);
                if (at > 0 && at + marker.size() < line.size() && !line.startsWith("HTTP/"))
                    socket->setProperty(kHttp10Property, line.at(at + marker.size()) == '0');
            });
        }
        return socket;
    }
};

bool hasToken(const QByteArray &headerValue, const char *token)
{
    const QList<QByteArray> parts = headerValue.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

struct DemoServer::PendingReply
{
    QPointer<QTcpSocket> socket;
    DemoReplyPlan plan;
    QMetaObject::Connection clientGone;
    bool done = false;
    bool closeAfter = false; // "Connection: close", or HTTP/1.0 without keep-alive

    // The client may have aborted, timed out or been cancelled while the reply was waiting.
    bool clientStillThere() const { return socket && socket->state() == QAbstractSocket::ConnectedState; }
};

DemoServer::DemoServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    m_clock.start();
}

DemoServer::~DemoServer() = default;

bool DemoServer::start(quint16 port)
{
    auto *tcp = new VersionNotingTcpServer(this);
    // Qt's default backlog of 50 drops the connects of a burst beyond it (100 concurrent requests), and
    // the client's kernel retries them only after a second: the burst then took 1.2 s instead of 0.2 s.
    tcp->setListenBacklogSize(1024);
    tcp->setMaxPendingConnections(1024);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        m_error = tr("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_port = tcp->serverPort();
    bind(tcp);
    return true;
}

QUrl DemoServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

void DemoServer::resetStats()
{
    const int open = m_stats.connectionsOpen;
    const int inFlight = m_stats.requestsInFlight;
    m_stats = DemoServerStats{};
    m_stats.connectionsOpen = open;
    m_stats.maxConnectionsOpen = open;
    m_stats.requestsInFlight = inFlight;
    m_stats.maxRequestsInFlight = inFlight;
    m_endpoints.reset();
    emit statsChanged();
}

int DemoServer::connectionIdFor(QTcpSocket *socket)
{
    int id = socket->property(kConnectionIdProperty).toInt();
    if (id != 0)
        return id;
    id = ++m_nextConnectionId;
    socket->setProperty(kConnectionIdProperty, id);
    ++m_stats.connectionsOpened;
    ++m_stats.connectionsOpen;
    m_stats.maxConnectionsOpen = qMax(m_stats.maxConnectionsOpen, m_stats.connectionsOpen);
    connect(socket, &QAbstractSocket::disconnected, this, [this] {
        --m_stats.connectionsOpen;
        emit statsChanged();
    });
    return id;
}

bool DemoServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const int requestNumber = socket->property(kRequestCountProperty).toInt() + 1;
    socket->setProperty(kRequestCountProperty, requestNumber);

    DemoRequestContext context;
    context.connectionId = connectionIdFor(socket);
    ++m_stats.requestsReceived;
    ++m_stats.requestsInFlight;
    m_stats.maxRequestsInFlight = qMax(m_stats.maxRequestsInFlight, m_stats.requestsInFlight);

    context.method = methodName(request.method());
    context.url = request.url();
    context.cookieHeader = request.value(QByteArrayLiteral("cookie"));
    context.body = request.body();
    context.clientPort = socket->peerPort();
    context.requestsOnConnection = requestNumber;
    context.inFlight = m_stats.requestsInFlight;
    context.nowMs = m_clock.elapsed();

    auto reply = std::make_shared<PendingReply>();
    reply->socket = socket;
    reply->plan = m_endpoints.plan(context);
    const QByteArray connection = request.value(QByteArrayLiteral("connection"));
    reply->closeAfter = hasToken(connection, "close") ||
                        (socket->property(kHttp10Property).toBool() && !hasToken(connection, "keep-alive"));
    // Count a reply as abandoned as soon as its client goes, not when its timer would have fired.
    reply->clientGone =
        connect(socket, &QAbstractSocket::disconnected, this, [this, reply] { finish(reply, true); });
    emit statsChanged();

    if (reply->plan.headersAfterMs <= 0)
        writeHeaders(reply);
    else
        QTimer::singleShot(reply->plan.headersAfterMs, this, [this, reply] { writeHeaders(reply); });
    return true;
}

void DemoServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest answers every request itself (unknown paths get a 404 from DemoEndpoints).
}

void DemoServer::writeHeaders(const std::shared_ptr<PendingReply> &reply)
{
    if (reply->done)
        return;
    if (!reply->clientStillThere()) {
        finish(reply, true);
        return;
    }
    const DemoReplyPlan &plan = reply->plan;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(plan.status) + ' ' +
                      DemoEndpoints::reasonPhrase(plan.status) + "\r\n";
    for (const auto &header : plan.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (reply->closeAfter)
        head += "Connection: close\r\n";
    head += "Content-Length: " + QByteArray::number(plan.body().size()) + "\r\n\r\n";
    reply->socket->write(head);
    writeChunk(reply, 0);
}

void DemoServer::writeChunk(const std::shared_ptr<PendingReply> &reply, int index)
{
    const QList<DemoBodyChunk> &chunks = reply->plan.chunks;
    // Write every piece that is due now, then wait for the next one.
    while (index < chunks.size()) {
        if (reply->done)
            return;
        if (!reply->clientStillThere()) {
            finish(reply, true);
            return;
        }
        const qint64 previous = index == 0 ? 0 : chunks.at(index - 1).afterHeadersMs;
        const qint64 wait = chunks.at(index).afterHeadersMs - previous;
        if (wait > 0) {
            QTimer::singleShot(wait, this, [this, reply, index] {
                if (reply->done)
                    return;
                if (!reply->clientStillThere()) {
                    finish(reply, true);
                    return;
                }
                reply->socket->write(reply->plan.chunks.at(index).bytes);
                writeChunk(reply, index + 1);
            });
            return;
        }
        reply->socket->write(chunks.at(index).bytes);
        ++index;
    }
    finish(reply, false);
}

void DemoServer::finish(const std::shared_ptr<PendingReply> &reply, bool abandoned)
{
    if (reply->done)
        return;
    reply->done = true;
    disconnect(reply->clientGone);
    // The client asked for it (or spoke HTTP/1.0): end the connection once the reply is written, so
    // a client that reads until end-of-file is not left waiting.
    if (!abandoned && reply->closeAfter && reply->clientStillThere())
        reply->socket->disconnectFromHost();
    --m_stats.requestsInFlight;
    if (abandoned)
        ++m_stats.repliesAbandoned;
    else
        ++m_stats.repliesCompleted;
    emit statsChanged();
}

} // namespace awaitscope
