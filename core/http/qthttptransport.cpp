#include "qthttptransport.h"

#include "sessioncookiejar.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QThread>

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

// How long a release waits for Qt's HTTP thread to hand over a body it may have read already.
constexpr qint64 kHandOverMs = 10;

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

    const QUrl url = request.url;
    // Each handler calls into the session last: the session may abort this reply from there.
    //
    // Qt's HTTP thread parses a response that came in one read (headers and a small body) in one go,
    // but hands it to this thread as separate queued calls (metadata, data, finished), and this
    // thread may see the metadata before the rest is queued. aiohttp's parser takes the whole read
    // before the program sees the response (one data_received), so the body is complete then. So the
    // headers go to the session in a queued call of their own, after what Qt's thread has handed over
    // for this reply, with the body received so far and whether it is whole (deliverSegment).
    m_replyEvents.insert(handle, std::make_shared<Events>(std::move(events)));
    m_replyStates.insert(handle, ReplyState{});
    connect(reply, &QNetworkReply::requestSent, this, [this, handle] {
        if (const auto shared = m_replyEvents.value(handle))
            shared->sent();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, handle] { postSegment(handle); });
    connect(reply, &QIODevice::readyRead, this, [this, reply, handle] {
        if (m_replies.value(handle) != reply)
            return;
        if (!m_replyStates.value(handle).headersDelivered) {
            postSegment(handle);
            return;
        }
        const auto shared = m_replyEvents.value(handle);
        shared->data(reply->readAll());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, handle, url] {
        if (m_replies.value(handle) != reply)
            return;
        m_replyStates[handle].finished = true;
        const auto shared = m_replyEvents.value(handle);
        if (isHttpAnswer(reply)) {
            if (!m_replyStates.value(handle).headersDelivered) {
                deliverSegment(handle, false);
                return;
            }
            const QByteArray rest = reply->readAll();
            if (!rest.isEmpty())
                shared->data(rest);
            if (m_replies.value(handle) != reply)
                return;
            finishReply(handle, false);
            shared->finished();
            return;
        }
        // Headers that came before the failure (a connection closed in the middle of the body) are
        // delivered first, with the body received so far.
        if (!m_replyStates.value(handle).headersDelivered) {
            deliverSegment(handle, false);
            if (m_replies.value(handle) != reply)
                return;
        }
        const HttpError error = errorFor(reply, url);
        finishReply(handle, true);
        shared->failed(error);
    });
    return handle;
}

bool QtHttpTransport::isHttpAnswer(QNetworkReply *reply)
{
    // 4xx and 5xx replies carry Qt "content" and "server" errors but are answers, not failures.
    // Qt reports 400, 416 and 418 as ProtocolInvalidOperationError.
    const int code = int(reply->error());
    const bool answer = code == 0 || (code > 200 && code < 300) || (code > 400 && code < 500) ||
                        code == QNetworkReply::ProtocolInvalidOperationError;
    return answer && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
}

void QtHttpTransport::postSegment(quint64 handle)
{
    const auto state = m_replyStates.find(handle);
    if (state == m_replyStates.end() || state->headersDelivered || state->deliveryPosted)
        return;
    state->deliveryPosted = true;
    QMetaObject::invokeMethod(
        this, [this, handle] { deliverSegment(handle, true); }, Qt::QueuedConnection);
}

void QtHttpTransport::deliverSegment(quint64 handle, bool takeQueued)
{
    QNetworkReply *reply = m_replies.value(handle);
    if (!reply || m_replyStates.value(handle).headersDelivered)
        return;
    // What Qt's thread has handed over for this reply but this thread has not processed yet (its
    // finished handler, run from here, delivers the segment itself).
    if (takeQueued)
        QCoreApplication::sendPostedEvents(reply, QEvent::MetaCall);
    if (m_replies.value(handle) != reply || m_replyStates.value(handle).headersDelivered)
        return;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    ReplyState &state = m_replyStates[handle];
    state.headersDelivered = true;
    QList<QPair<QByteArray, QByteArray>> headers;
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &pair : pairs) {
        // Qt joins repeated headers with newlines (Set-Cookie); split them back.
        const QList<QByteArray> values = pair.second.split('\n');
        for (const QByteArray &value : values)
            headers.append({pair.first, value});
    }
    const QByteArray reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    const QByteArray body = reply->readAll();
    const bool complete = state.finished && isHttpAnswer(reply);
    const auto shared = m_replyEvents.value(handle);
    if (complete)
        finishReply(handle, false);
    shared->headers(status.toInt(), reason, headers, body, complete);
}

void QtHttpTransport::settle(quint64 handle)
{
    QNetworkReply *reply = m_replies.value(handle);
    if (!reply)
        return;
    // Runs the reply's queued calls from Qt's thread now: its data and finished handlers deliver
    // what has arrived, and a complete body ends the request with its connection kept. Qt's thread
    // hands over what it has read some time after the headers, and this thread cannot ask it what it
    // holds: on loopback the body of a response whose headers and body came in one segment was handed
    // over up to about 0.5 ms after the headers (the first response of each wave of twelve unread
    // /delay/400 with limit=3). So the session's decision waits for it, at most kHandOverMs; a body
    // not in by then counts as not arrived (and the connection is closed, as aiohttp does).
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QCoreApplication::sendPostedEvents(reply, QEvent::MetaCall);
        if (m_replies.value(handle) != reply)
            return;
        if (waited.elapsed() >= kHandOverMs)
            break;
        QThread::usleep(50);
    }
    if (!m_replyStates.value(handle).headersDelivered)
        deliverSegment(handle, false);
}

QNetworkReply *QtHttpTransport::endFlight(quint64 handle, Socket socket)
{
    if (!m_replies.contains(handle))
        return nullptr;
    const auto place = m_replyPlace.take(handle);
    m_replyEvents.remove(handle);
    m_replyStates.remove(handle);
    const auto laneHost = m_laneHosts.find(place.second);
    if (laneHost != m_laneHosts.end() && --laneHost->inFlight <= 0) {
        laneHost->inFlight = 0;
        laneHost->idleSince.start();
    }
    // A failed transfer: Qt closes its socket, as the session forgets it. An aborted one: the session
    // counts its connection closed, but Qt keeps the socket idle (and may hand it to a later request)
    // when its HTTP thread had received the whole response before it saw the abort, which this
    // thread cannot know: so the socket is a zombie, as one the session closed idle (closeIdle).
    if (socket == Socket::Closed) {
        m_connections.remove(place.first);
    } else if (socket == Socket::MaybeKept && m_connections.remove(place.first) &&
               laneHost != m_laneHosts.end()) {
        ++laneHost->zombies;
    }
    QNetworkReply *reply = m_replies.take(handle);
    if (reply)
        disconnect(reply, nullptr, this, nullptr);
    return reply;
}

void QtHttpTransport::finishReply(quint64 handle, bool socketClosed)
{
    if (QNetworkReply *reply = endFlight(handle, socketClosed ? Socket::Closed : Socket::Kept))
        reply->deleteLater(); // we may be inside one of its signals
}

void QtHttpTransport::abort(quint64 handle)
{
    if (QNetworkReply *reply = endFlight(handle, Socket::MaybeKept)) {
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
