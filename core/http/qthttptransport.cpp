#include "qthttptransport.h"

#include "sessioncookiejar.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <algorithm>
#include <cmath>

namespace awaitscope {

namespace {

constexpr qint64 kReadBufferBytes = 256 * 1024;

// aiohttp's wording, so a program prints the same under Awaitscope and under CPython.
HttpError errorFor(QNetworkReply *reply, const QUrl &url)
{
    const QString host = url.host();
    const int port = url.port(80);
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return {HttpError::Kind::ConnectorError,
                QStringLiteral("Cannot connect to host %1:%2 ssl:default [Connect call failed ('%1', %2)]")
                    .arg(host)
                    .arg(port)};
    case QNetworkReply::HostNotFoundError:
        return {HttpError::Kind::ConnectorError,
                QStringLiteral("Cannot connect to host %1:%2 ssl:default [Name or service not known]")
                    .arg(host)
                    .arg(port)};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return {HttpError::Kind::ConnectorError,
                QStringLiteral("Cannot connect to host %1:%2 ssl:default [%3]")
                    .arg(host)
                    .arg(port)
                    .arg(reply->errorString())};
    case QNetworkReply::RemoteHostClosedError:
        return {HttpError::Kind::ServerDisconnected, QStringLiteral("Server disconnected")};
    default:
        return {HttpError::Kind::Other, reply->errorString()};
    }
}

// The session's key for a host: scheme, host and port, as Qt keys its connection cache.
QString hostKeyOf(const QUrl &url)
{
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

// Seconds for ConnectionCacheExpiryTimeoutSecondsAttribute: never sooner than the session's keep-alive
// timeout (Qt counts whole seconds, from its own thread's view of the last request's end, so one more).
qint64 cacheExpirySeconds(const std::optional<double> &keepalive)
{
    constexpr qint64 kNoLimit = 10LL * 365 * 24 * 3600;
    if (!keepalive)
        return kNoLimit;
    return std::min<qint64>(kNoLimit, qint64(std::ceil(std::max(0.0, *keepalive)))) + 1;
}

// How long after Qt's entry fell idle the session counts its sockets as gone: Qt's timer is late by
// 10 ms by design and runs on the manager's thread, so keep a margin.
constexpr qint64 kExpiryMarginMs = 1000;

} // namespace

QtHttpTransport::QtHttpTransport(QObject *parent)
    : QObject(parent)
{
}

QtHttpTransport::~QtHttpTransport()
{
    const auto handles = m_replies.keys();
    for (quint64 handle : handles)
        abort(handle);
    // The managers are children and go with this object; their replies are their children.
}

namespace {

QNetworkAccessManager *newManager(QObject *parent)
{
    auto *manager = new QNetworkAccessManager(parent);
    manager->setCookieJar(new SessionCookieJar(SessionCookieJar::Mode::Dummy, false, manager));
    // Qt must not follow redirects itself: the session follows them so that every hop is checked
    // against the allowed hosts, and the history, cookies and status are aiohttp's.
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return manager;
}

} // namespace

QNetworkAccessManager *QtHttpTransport::manager(int lane)
{
    while (int(m_managers.size()) <= lane)
        m_managers.push_back(newManager(this));
    return m_managers.at(lane);
}

int QtHttpTransport::zombies(int lane) const
{
    int n = 0;
    for (auto it = m_laneHosts.cbegin(); it != m_laneHosts.cend(); ++it) {
        if (it.key().first == lane)
            n += it.value().zombies;
    }
    return n;
}

void QtHttpTransport::closeIdle(int connectionId)
{
    const auto it = m_connections.constFind(connectionId);
    if (it == m_connections.cend())
        return; // Qt has closed it already
    ++m_laneHosts[it.value()].zombies;
    m_connections.erase(it);
}

void QtHttpTransport::forgetExpired(const LaneHostKey &key)
{
    const auto it = m_laneHosts.find(key);
    if (it == m_laneHosts.end() || it->inFlight > 0 || !it->idleSince.isValid() ||
        it->idleSince.elapsed() < it->expirySeconds * 1000 + kExpiryMarginMs)
        return;
    // Qt's cache entry for this host has expired: all its sockets in this lane are closed, zombies
    // and any the session still lists (idle longer than its timeout, so it will not reuse them).
    it->zombies = 0;
    for (auto c = m_connections.begin(); c != m_connections.end();)
        c = c.value() == key ? m_connections.erase(c) : std::next(c);
}

bool QtHttpTransport::canOpenIn(int lane, const QUrl &target)
{
    const LaneHostKey key{lane, hostKeyOf(target)};
    forgetExpired(key);
    if (m_laneHosts.value(key).zombies == 0)
        return true;
    // A lane with no request in flight and no connection the session keeps can be replaced by a
    // fresh manager: deleting the old one closes its sockets, zombies included.
    for (auto it = m_laneHosts.cbegin(); it != m_laneHosts.cend(); ++it) {
        if (it.key().first == lane && it.value().inFlight > 0)
            return false;
    }
    for (const LaneHostKey &place : std::as_const(m_connections)) {
        if (place.first == lane)
            return false;
    }
    if (lane >= int(m_managers.size()))
        return true;
    m_managers[lane]->deleteLater(); // we may be inside a signal of one of its (finished) replies
    m_managers[lane] = newManager(this);
    for (auto it = m_laneHosts.begin(); it != m_laneHosts.end();)
        it = it.key().first == lane ? m_laneHosts.erase(it) : std::next(it);
    ++m_managersReplaced;
    return true;
}

quint64 QtHttpTransport::start(const TransportRequest &request, Events events)
{
    const quint64 handle = ++m_nextHandle;
    QNetworkRequest qrequest(request.url);
    qrequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    qrequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qrequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    qrequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    const qint64 expirySeconds = cacheExpirySeconds(request.keepaliveSeconds);
    qrequest.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, int(expirySeconds));
    qrequest.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("awaitscope"));
    for (const auto &header : request.headers)
        qrequest.setRawHeader(header.first, header.second);
    if (!request.body.isEmpty() && !qrequest.hasRawHeader(QByteArrayLiteral("Content-Type")))
        qrequest.setRawHeader(QByteArrayLiteral("Content-Type"),
                              QByteArrayLiteral("application/octet-stream"));

    QNetworkAccessManager *lane = manager(request.lane);
    QNetworkReply *reply = request.body.isEmpty() && request.method == "GET"
                               ? lane->get(qrequest)
                               : lane->sendCustomRequest(qrequest, request.method, request.body);
    m_replies.insert(handle, reply);
    const LaneHostKey place{request.lane, hostKeyOf(request.url)};
    m_replyPlace.insert(handle, {request.connectionId, place});
    m_connections.insert(request.connectionId, place);
    LaneHost &laneHost = m_laneHosts[place];
    ++laneHost.inFlight;
    laneHost.expirySeconds = expirySeconds;
    // Back-pressure: Qt's HTTP thread reads no further ahead than this, so a server that streams
    // for ever cannot flood this thread with queued data faster than it is taken (which starved the
    // loop's timers and grew memory without bound).
    reply->setReadBufferSize(kReadBufferBytes);

    // Each handler calls into the session last: the session may abort this reply from there.
    const QUrl url = request.url;
    auto shared = std::make_shared<Events>(std::move(events));
    auto headersSeen = std::make_shared<bool>(false);
    auto deliverHeaders = [reply, shared, headersSeen] {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (*headersSeen || !status.isValid())
            return;
        *headersSeen = true;
        QList<QPair<QByteArray, QByteArray>> headers;
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &pair : pairs) {
            // Qt joins repeated headers with newlines (Set-Cookie); split them back.
            const QList<QByteArray> values = pair.second.split('\n');
            for (const QByteArray &value : values)
                headers.append({pair.first, value});
        }
        shared->headers(status.toInt(),
                        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(), headers);
    };
    connect(reply, &QNetworkReply::requestSent, this, [shared] { shared->sent(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, deliverHeaders);
    connect(reply, &QIODevice::readyRead, this, [this, reply, shared, handle, deliverHeaders] {
        deliverHeaders();
        if (m_replies.value(handle) == reply)
            shared->data(reply->readAll());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, shared, handle, url, deliverHeaders] {
        if (m_replies.value(handle) != reply)
            return;
        // 4xx and 5xx replies carry Qt "content" and "server" errors but are answers, not failures.
        // Qt reports 400, 416 and 418 as ProtocolInvalidOperationError.
        const int code = int(reply->error());
        const bool httpAnswer = code == 0 || (code > 200 && code < 300) || (code > 400 && code < 500) ||
                                code == QNetworkReply::ProtocolInvalidOperationError;
        if (httpAnswer && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
            deliverHeaders();
            if (m_replies.value(handle) != reply)
                return;
            const QByteArray rest = reply->readAll();
            if (!rest.isEmpty())
                shared->data(rest);
            if (m_replies.value(handle) != reply)
                return;
            finishReply(handle, false);
            shared->finished();
            return;
        }
        const HttpError error = errorFor(reply, url);
        finishReply(handle, true);
        shared->failed(error);
    });
    return handle;
}

QNetworkReply *QtHttpTransport::endFlight(quint64 handle, bool socketClosed)
{
    const auto place = m_replyPlace.take(handle);
    const auto laneHost = m_laneHosts.find(place.second);
    if (laneHost != m_laneHosts.end() && --laneHost->inFlight <= 0) {
        laneHost->inFlight = 0;
        laneHost->idleSince.start();
    }
    if (socketClosed) // a failed or aborted transfer: Qt closes its socket, as the session forgets it
        m_connections.remove(place.first);
    QNetworkReply *reply = m_replies.take(handle);
    if (reply)
        disconnect(reply, nullptr, this, nullptr);
    return reply;
}

void QtHttpTransport::finishReply(quint64 handle, bool socketClosed)
{
    if (QNetworkReply *reply = endFlight(handle, socketClosed))
        reply->deleteLater(); // we may be inside one of its signals
}

void QtHttpTransport::abort(quint64 handle)
{
    // An aborted transfer closes its socket. (Not quite always: when Qt's HTTP thread had already
    // received the whole response, Qt keeps the socket idle and may reuse it; docs/http.md.)
    if (QNetworkReply *reply = endFlight(handle, true)) {
        // abort() sets the reply's error (OperationCanceledError). Qt 6.4 then prints "QNetworkReply
        // ImplPrivate::error: Internal problem, this method must only be called once." on stderr, into
        // the program's output, when an error from its HTTP thread is still queued for the reply (an
        // error status such as 500, or a closed connection). So a reply that has its error already is
        // not aborted (its transfer is over), and what the thread queued before the abort is dropped;
        // what it queues later is dropped with the reply.
        if (reply->error() == QNetworkReply::NoError) {
            reply->abort();
            QCoreApplication::removePostedEvents(reply, QEvent::MetaCall);
        }
        reply->deleteLater();
    }
}

} // namespace awaitscope
