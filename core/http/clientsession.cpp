#include "clientsession.h"

#include "httpclock.h"
#include "httpnetwork.h"
#include "httptransport.h"

#include <QByteArrayList>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace awaitscope {

struct ClientSession::Connection
{
    int id = 0;
    QString hostKey;
    int lane = 0;
    bool busy = true;
    qint64 releasedAt = 0;  // order of release: the most recently released idle connection is reused first
    qint64 idleSinceMs = 0; // the clock's time of that release: the keep-alive timeout counts from it
};

struct ClientSession::Exchange
{
    int id = 0;
    HttpRequest request;
    QUrl target; // the address to contact, with params
    QString hostKey;
    ClientTimeout timeout;
    Callbacks callbacks;
    bool admitted = false;
    bool sent = false;
    int connectionId = 0;
    bool newConnection = false;
    quint64 transportHandle = 0;
    quint64 timers[4] = {0, 0, 0, 0};
    qint64 due[4] = {0, 0, 0, 0};
    HttpResponse response;
    // The body as it arrives, joined into response.body when it is complete: appending to one buffer
    // copied it at every doubling (hundreds of milliseconds at 512 MiB), long enough to make a `total`
    // deadline fire late under a flooding body.
    QByteArrayList bodyChunks;
    qint64 bodySize = 0;
    int redirects = 0;
    bool redirecting = false;  // a 3xx answer to follow once its body is in (its connection stays open)
    bool bodyComplete = false; // the transport has delivered the whole body (onFinished may not have run)
    // TooManyRedirects, raised once the body that came with the headers is in (see onHeaders).
    std::optional<HttpError> raiseWhenComplete;
};

namespace {

QString timerName(int which)
{
    static const char *const names[] = {"total", "connect", "sock_connect", "sock_read"};
    return QString::fromLatin1(names[which]);
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QUrl withParams(QUrl url, const QList<QPair<QString, QString>> &params)
{
    if (params.isEmpty())
        return url;
    QUrlQuery query(url);
    for (const auto &param : params)
        query.addQueryItem(param.first, param.second);
    url.setQuery(query);
    return url;
}

} // namespace

ClientSession::ClientSession(HttpNetwork &network, const Options &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(options)
    , m_cookieJar(std::make_unique<SessionCookieJar>(options.cookies, options.unsafeCookies))
    , m_transport(network.createTransport())
    , m_id(network.nextSessionId())
    , m_alive(std::make_shared<bool>(true))
{
}

ClientSession::ClientSession(HttpNetwork &network, QObject *parent)
    : ClientSession(network, Options{}, parent)
{
}

ClientSession::~ClientSession()
{
    m_network.clock().cancel(m_cleanupTimer);
    // Stop timers and transfers without calling back into code that may be gone already.
    for (auto &[id, exchange] : m_exchanges) {
        for (quint64 timer : exchange->timers)
            m_network.clock().cancel(timer);
        if (exchange->transportHandle)
            m_transport->abort(exchange->transportHandle);
    }
    m_exchanges.clear();
    m_transport.reset(); // before the cookie jar and the connections it may refer to
}

ClientSession::Exchange *ClientSession::find(int requestId) const
{
    const auto it = m_exchanges.find(requestId);
    return it == m_exchanges.end() ? nullptr : it->second.get();
}

HttpTraceEvent ClientSession::event(const Exchange &exchange, HttpTraceEvent::Kind kind) const
{
    HttpTraceEvent e;
    e.kind = kind;
    e.requestId = exchange.id;
    e.sessionId = m_id;
    e.task = exchange.request.task;
    e.timeMs = m_network.clock().nowMs();
    e.method = QString::fromLatin1(exchange.request.method);
    e.url = exchange.request.url;
    e.connectionId = exchange.connectionId;
    e.status = exchange.response.status;
    return e;
}

void ClientSession::deliverLater(std::function<void()> delivery)
{
    std::weak_ptr<bool> alive = m_alive;
    m_network.clock().callLater(0, [alive, delivery = std::move(delivery)] {
        if (alive.lock())
            delivery();
    });
}

int ClientSession::request(const HttpRequest &request, Callbacks callbacks)
{
    const int id = ++m_nextRequestId;
    auto exchange = std::make_unique<Exchange>();
    exchange->id = id;
    exchange->request = request;
    exchange->request.method = request.method.toUpper();
    exchange->timeout = request.timeout.value_or(m_options.timeout);
    exchange->response.requestId = id;
    exchange->response.url = withParams(request.url, request.params);
    exchange->response.method = exchange->request.method;
    exchange->callbacks = std::move(callbacks);
    Exchange &ex = *exchange;
    m_exchanges.emplace(id, std::move(exchange));
    m_network.trace(event(ex, HttpTraceEvent::Kind::Queued));

    HttpError error;
    std::optional<QUrl> target;
    if (m_closed)
        error = {HttpError::Kind::SessionClosed, QStringLiteral("Session is closed")};
    else
        target = m_network.resolve(request.url, &error);
    if (!target) {
        auto failure = event(ex, HttpTraceEvent::Kind::Failed);
        failure.error = error.toString();
        m_network.trace(failure);
        auto onError = std::move(ex.callbacks.error);
        m_exchanges.erase(id);
        deliverLater([onError, error] {
            if (onError)
                onError(error);
        });
        return id;
    }
    ex.target = withParams(*target, request.params);
    ex.hostKey = hostKeyOf(ex.target);

    // The connect deadline covers waiting for a pool slot and opening a connection; admit() stops it
    // at once when an idle keep-alive connection takes the request, as aiohttp does.
    if (ClientTimeout::enabled(ex.timeout.total))
        startTimer(ex, Timer::Total, *ex.timeout.total);
    if (ClientTimeout::enabled(ex.timeout.connect))
        startTimer(ex, Timer::Connect, *ex.timeout.connect);
    m_waiting.push_back(id);
    pump();
    return id;
}

bool ClientSession::canAdmit(const Exchange &exchange) const
{
    const TcpConnector &limits = m_options.connector;
    if (limits.limit > 0 && m_busyTotal >= limits.limit)
        return false;
    if (limits.limitPerHost > 0 && m_busyPerHost.value(exchange.hostKey) >= limits.limitPerHost)
        return false;
    return true;
}

void ClientSession::pump()
{
    // First in, first out; with a per-host limit a request for another host may pass a blocked one.
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        Exchange *exchange = find(*it);
        if (!exchange) {
            it = m_waiting.erase(it);
            continue;
        }
        if (!canAdmit(*exchange)) {
            if (m_options.connector.limit > 0 && m_busyTotal >= m_options.connector.limit)
                return;
            ++it;
            continue;
        }
        it = m_waiting.erase(it);
        if (!m_options.connector.keepaliveTimeout && !m_options.connector.forceClose) {
            // TCPConnector(keepalive_timeout=None): aiohttp's _get takes the newest idle connection out
            // of the pool and compares its idle time with None (connector.py:580-583), which raises
            // TypeError; the request fails and that connection is gone from the pool.
            if (Connection *idle = newestIdle(exchange->hostKey)) {
                closeIdle(idle->id);
                const int id = exchange->id;
                deliverLater([this, id] {
                    fail(id,
                         {HttpError::Kind::TypeError,
                          QStringLiteral("'>' not supported between instances of 'float' and 'NoneType'")},
                         HttpTraceEvent::Kind::Failed);
                });
                continue;
            }
        }
        admit(*exchange);
    }
}

void ClientSession::admit(Exchange &exchange)
{
    exchange.admitted = true;
    ++m_busyTotal;
    ++m_busyPerHost[exchange.hostKey];

    Connection *idle = newestIdle(exchange.hostKey);
    // aiohttp's _get takes idle connections newest first and closes each one idle for longer than
    // keepalive_timeout (connector.py:580-590): once the newest is too old, so are all the others,
    // and the request opens a new connection.
    if (idle && isStale(*idle, m_network.clock().nowMs())) {
        std::vector<int> stale;
        for (const auto &[id, connection] : m_connections) {
            if (!connection->busy && connection->hostKey == exchange.hostKey)
                stale.push_back(id);
        }
        for (int id : stale)
            closeIdle(id);
        idle = nullptr;
    }

    TransportRequest request;
    request.method = exchange.request.method;
    request.url = exchange.target;
    request.headers = exchange.request.headers;
    request.body = exchange.request.body;
    const QByteArray cookies = m_cookieJar->cookieHeaderFor(exchange.request.url);
    if (!cookies.isEmpty())
        request.headers.append({QByteArrayLiteral("Cookie"), cookies});

    if (idle) {
        idle->busy = true;
        exchange.connectionId = idle->id;
        exchange.newConnection = false;
        request.lane = idle->lane;
        stopTimer(exchange, Timer::Connect);
        m_network.trace(event(exchange, HttpTraceEvent::Kind::Reusing));
    } else {
        // Qt caps connections per host and manager: put the new one in the first lane with room.
        const int perLane = m_transport->connectionsPerLane();
        QHash<int, int> perLaneCount;
        for (const auto &[id, connection] : m_connections) {
            if (connection->hostKey == exchange.hostKey)
                ++perLaneCount[connection->lane];
        }
        int lane = 0;
        while (perLaneCount.value(lane) >= perLane || !m_transport->canOpenIn(lane, exchange.target))
            ++lane;
        auto connection = std::make_unique<Connection>();
        connection->id = ++m_nextConnectionId;
        connection->hostKey = exchange.hostKey;
        connection->lane = lane;
        exchange.connectionId = connection->id;
        exchange.newConnection = true;
        request.lane = lane;
        m_connections.emplace(connection->id, std::move(connection));
        m_network.trace(event(exchange, HttpTraceEvent::Kind::Connecting));
        if (ClientTimeout::enabled(exchange.timeout.sockConnect))
            startTimer(exchange, Timer::SockConnect, *exchange.timeout.sockConnect);
    }
    request.connectionId = exchange.connectionId;
    request.newConnection = exchange.newConnection;
    request.keepaliveSeconds =
        m_options.connector.forceClose ? std::optional<double>(0) : m_options.connector.keepaliveTimeout;

    const int id = exchange.id;
    HttpTransport::Events events;
    events.sent = [this, id] { onSent(id); };
    events.headers = [this, id](int status, const QByteArray &reason,
                                const QList<QPair<QByteArray, QByteArray>> &h, const QByteArray &body,
                                bool complete) { onHeaders(id, status, reason, h, body, complete); };
    events.data = [this, id](const QByteArray &data) { onData(id, data); };
    events.finished = [this, id] { onFinished(id); };
    events.failed = [this, id](const HttpError &error) { fail(id, error, HttpTraceEvent::Kind::Failed); };
    exchange.transportHandle = m_transport->start(request, std::move(events));
}

void ClientSession::onSent(int requestId)
{
    Exchange *exchange = find(requestId);
    if (!exchange || exchange->sent)
        return;
    exchange->sent = true;
    stopTimer(*exchange, Timer::SockConnect);
    stopTimer(*exchange, Timer::Connect);
    m_network.trace(event(*exchange, HttpTraceEvent::Kind::Sent));
    if (ClientTimeout::enabled(exchange->timeout.sockRead))
        startTimer(*exchange, Timer::SockRead, *exchange->timeout.sockRead, false);
}

void ClientSession::onHeaders(int requestId, int status, const QByteArray &reason,
                              const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                              bool complete)
{
    Exchange *exchange = find(requestId);
    if (!exchange)
        return;
    onSent(requestId); // a transport may learn both at once
    exchange->response.status = status;
    exchange->response.reason = reason;
    exchange->response.headers = headers;
    QList<QByteArray> setCookies;
    for (const auto &header : headers) {
        if (header.first.compare("set-cookie", Qt::CaseInsensitive) == 0)
            setCookies.append(header.second);
    }
    m_cookieJar->storeFromSetCookieHeaders(setCookies, exchange->request.url);
    m_network.trace(event(*exchange, HttpTraceEvent::Kind::FirstByte));
    if (ClientTimeout::enabled(exchange->timeout.sockRead))
        startTimer(*exchange, Timer::SockRead, *exchange->timeout.sockRead, false);
    // A redirect is followed by the session, not shown to the program.
    exchange->redirecting =
        exchange->request.allowRedirects && isRedirectStatus(status) &&
        !(exchange->response.header("Location").isEmpty() && exchange->response.header("URI").isEmpty());
    const bool tooManyRedirects = exchange->redirecting && exchange->request.maxRedirects > 0 &&
                                  exchange->redirects + 1 >= exchange->request.maxRedirects;
    // The body bytes that came with the headers are in before the program sees the response, as
    // they are in aiohttp's payload when resp.start() returns (one data_received): a release() from
    // the headers callback finds a complete body.
    onData(requestId, body);
    exchange = find(requestId);
    if (!exchange)
        return;
    exchange->bodyComplete = complete;
    if (!exchange->redirecting && exchange->callbacks.headers) {
        const auto callback = exchange->callbacks.headers;
        callback(exchange->response);
        if (!find(requestId))
            return;
    }
    if (tooManyRedirects) {
        // aiohttp raises here, at resp.close() (client.py:590-596). start() had already released the
        // connection to the pool if the payload was complete (_response_eof, client_reqrep.py:939-956;
        // close() then does nothing); otherwise close() closes it. The exception carries every redirect
        // response so far and the first request's address (client.py:593-598); its str() is
        // ClientResponseError's (client_exceptions.py:88-93).
        exchange->redirecting = false;
        HttpResponse last = exchange->response;
        last.complete = true;
        last.history.clear();
        exchange->response.history.push_back(last);
        const QUrl first = exchange->response.history.front().url;
        HttpError error{HttpError::Kind::TooManyRedirects,
                        QStringLiteral("0, message='', url=URL('%1')").arg(first.toString())};
        error.response = std::make_shared<HttpResponse>(exchange->response);
        exchange->raiseWhenComplete = error;
        if (complete) {
            onFinished(requestId);
            return;
        }
        // What the network has received but not delivered yet counts (onFinished raises then).
        if (exchange->transportHandle)
            m_transport->settle(exchange->transportHandle);
        if (find(requestId))
            fail(requestId, error, HttpTraceEvent::Kind::Failed);
        return;
    }
    if (complete)
        onFinished(requestId);
}

void ClientSession::onData(int requestId, const QByteArray &data)
{
    Exchange *exchange = find(requestId);
    if (!exchange || data.isEmpty())
        return;
    if (exchange->bodySize + data.size() > m_options.maxBodyBytes) {
        const qint64 max = m_options.maxBodyBytes;
        const QString size = max % (1024 * 1024) == 0 ? QStringLiteral("%1 MiB").arg(max / (1024 * 1024))
                                                      : QStringLiteral("%1 bytes").arg(max);
        fail(requestId,
             {HttpError::Kind::BodyTooLarge,
              QStringLiteral("Response payload is larger than Awaitscope's limit of %1 "
                             "(ClientSession's maxBodyBytes; see docs/http.md)")
                  .arg(size)},
             HttpTraceEvent::Kind::Failed);
        return;
    }
    exchange->bodyChunks.append(data);
    exchange->bodySize += data.size();
    // A body that streams without pause keeps Qt's event loop so busy that a timer can fire long
    // after it is due (GLib's dispatcher lets timers wait for an idle moment). So a deadline that has
    // passed fires here, at the next piece of data, on time.
    const qint64 now = m_network.clock().nowMs();
    for (const Timer which : {Timer::Total, Timer::Connect, Timer::SockConnect}) {
        if (exchange->timers[int(which)] && now >= exchange->due[int(which)]) {
            onTimeout(requestId, which);
            return;
        }
    }
    if (ClientTimeout::enabled(exchange->timeout.sockRead))
        startTimer(*exchange, Timer::SockRead, *exchange->timeout.sockRead, false);
}

void ClientSession::onFinished(int requestId)
{
    Exchange *exchange = find(requestId);
    if (!exchange)
        return;
    exchange->bodyComplete = true;
    exchange->response.body =
        exchange->bodyChunks.size() == 1 ? exchange->bodyChunks.front() : exchange->bodyChunks.join();
    exchange->bodyChunks.clear();
    if (exchange->raiseWhenComplete) {
        // TooManyRedirects with its body complete: the connection went back to the pool first.
        const HttpError error = *exchange->raiseWhenComplete;
        exchange->transportHandle = 0; // its transfer is over: nothing to abort
        releaseSlot(*exchange, true);
        fail(requestId, error, HttpTraceEvent::Kind::Failed);
        return;
    }
    if (exchange->redirecting) {
        followRedirect(*exchange);
        return;
    }
    for (int t = 0; t < 4; ++t)
        stopTimer(*exchange, Timer(t));
    exchange->response.complete = true;
    auto done = event(*exchange, HttpTraceEvent::Kind::Done);
    done.bytes = exchange->response.body.size();
    m_network.trace(done);

    std::unique_ptr<Exchange> owned = std::move(m_exchanges.at(requestId));
    m_exchanges.erase(requestId);
    releaseSlot(*owned, true);
    pump();
    if (owned->callbacks.body)
        owned->callbacks.body(owned->response); // last: the callback may end this session
}

void ClientSession::followRedirect(Exchange &exchange)
{
    // As aiohttp's ClientSession._request: the redirect goes into the history, 303 (and 301/302 after a
    // POST) turn into a GET without a body, a relative Location is joined to the current address, and
    // the next hop is checked by the network exactly like a request the program made (allowed hosts).
    const int id = exchange.id;
    exchange.redirecting = false;
    stopTimer(exchange, Timer::SockRead);
    exchange.transportHandle = 0;
    releaseSlot(exchange, true);

    HttpResponse redirect = exchange.response;
    redirect.body.clear();
    redirect.complete = true;
    redirect.history.clear();
    const int status = redirect.status;
    ++exchange.redirects;
    exchange.response.history.push_back(redirect);

    HttpRequest &request = exchange.request;
    if ((status == 303 && request.method != "HEAD") ||
        ((status == 301 || status == 302) && request.method == "POST")) {
        request.method = QByteArrayLiteral("GET");
        request.body.clear();
        request.headers.removeIf([](const QPair<QByteArray, QByteArray> &h) {
            return h.first.compare("content-length", Qt::CaseInsensitive) == 0 ||
                   h.first.compare("content-type", Qt::CaseInsensitive) == 0;
        });
    }
    QByteArray location = redirect.header("Location");
    if (location.isEmpty())
        location = redirect.header("URI");
    const QUrl current = redirect.url;
    QUrl next = QUrl::fromEncoded(location);
    const QString scheme = next.scheme().toLower();
    if (!next.isValid()) {
        fail(id, {HttpError::Kind::InvalidUrl, QString::fromLatin1(location)}, HttpTraceEvent::Kind::Failed);
        return;
    }
    if (!scheme.isEmpty() && scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        fail(id, {HttpError::Kind::RedirectScheme, QStringLiteral("Can redirect only to http or https")},
             HttpTraceEvent::Kind::Failed);
        return;
    }
    if (scheme.isEmpty())
        next = current.resolved(next);
    const auto origin = [](const QUrl &u) { return hostKeyOf(u); };
    if (origin(current) != origin(next)) {
        request.headers.removeIf([](const QPair<QByteArray, QByteArray> &h) {
            return h.first.compare("authorization", Qt::CaseInsensitive) == 0 ||
                   h.first.compare("cookie", Qt::CaseInsensitive) == 0 ||
                   h.first.compare("proxy-authorization", Qt::CaseInsensitive) == 0;
        });
    }
    request.url = next;
    request.params.clear();
    exchange.response.url = next;
    exchange.response.method = request.method;
    exchange.response.status = 0;
    exchange.response.reason.clear();
    exchange.response.headers.clear();
    exchange.response.body.clear();
    exchange.bodyChunks.clear();
    exchange.bodySize = 0;
    exchange.sent = false;
    exchange.connectionId = 0;

    auto redirected = event(exchange, HttpTraceEvent::Kind::Redirected);
    redirected.status = status;
    m_network.trace(redirected);

    HttpError error;
    const std::optional<QUrl> target = m_network.resolve(next, &error);
    if (!target) {
        fail(id, error, HttpTraceEvent::Kind::Failed);
        return;
    }
    exchange.target = *target;
    exchange.hostKey = hostKeyOf(*target);
    // aiohttp's connect deadline applies to each hop; `total` covers them all.
    if (ClientTimeout::enabled(exchange.timeout.connect))
        startTimer(exchange, Timer::Connect, *exchange.timeout.connect);
    m_waiting.push_front(id);
    pump();
}

void ClientSession::fail(int requestId, const HttpError &error, HttpTraceEvent::Kind kind,
                         const QString &timeout, qint64 dueMs, bool notify)
{
    Exchange *exchange = find(requestId);
    if (!exchange)
        return;
    for (int t = 0; t < 4; ++t)
        stopTimer(*exchange, Timer(t));
    if (exchange->transportHandle) {
        m_transport->abort(exchange->transportHandle);
        exchange->transportHandle = 0;
    }
    auto e = event(*exchange, kind);
    e.error = error.toString();
    e.timeout = timeout;
    e.dueMs = dueMs;
    m_network.trace(e);

    std::unique_ptr<Exchange> owned = std::move(m_exchanges.at(requestId));
    m_exchanges.erase(requestId);
    if (owned->admitted)
        releaseSlot(*owned, false);
    pump();
    if (notify && owned->callbacks.error)
        owned->callbacks.error(error); // last: the callback may end this session
}

void ClientSession::releaseSlot(Exchange &exchange, bool keepConnection)
{
    if (!exchange.admitted)
        return;
    exchange.admitted = false;
    --m_busyTotal;
    if (--m_busyPerHost[exchange.hostKey] <= 0)
        m_busyPerHost.remove(exchange.hostKey);
    const auto it = m_connections.find(exchange.connectionId);
    if (it == m_connections.end())
        return;
    // The server's `Connection: close` makes aiohttp's parser set message.should_close
    // (http_parser.py:534-539, client_proto.py:230-231), and _release closes the connection
    // (connector.py:658-662), as it does for TCPConnector(force_close=True).
    const bool serverCloses =
        exchange.response.header("Connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;
    if (keepConnection && (m_options.connector.forceClose || serverCloses)) {
        closeIdle(it->first); // closed on release (connector.py:658-662)
    } else if (keepConnection) {
        it->second->busy = false;
        it->second->releasedAt = ++m_releaseCounter;
        it->second->idleSinceMs = m_network.clock().nowMs(); // loop.time() in _release (connector.py:669)
        scheduleCleanup();
    } else {
        m_connections.erase(it); // an aborted or failed transfer closes its connection
    }
}

ClientSession::Connection *ClientSession::newestIdle(const QString &hostKey) const
{
    // The most recently released idle connection to the host: the one aiohttp's pool hands out first.
    Connection *idle = nullptr;
    for (const auto &[id, connection] : m_connections) {
        if (!connection->busy && connection->hostKey == hostKey &&
            (!idle || connection->releasedAt > idle->releasedAt))
            idle = connection.get();
    }
    return idle;
}

bool ClientSession::isStale(const Connection &connection, qint64 nowMs) const
{
    // aiohttp: `t1 - t0 > self._keepalive_timeout` (connector.py:583): a connection idle for exactly
    // the timeout is still reused. The clock counts whole milliseconds, so that case is exact here.
    const std::optional<double> &timeout = m_options.connector.keepaliveTimeout;
    return timeout && double(nowMs - connection.idleSinceMs) > *timeout * 1000.0;
}

void ClientSession::closeIdle(int connectionId)
{
    if (m_connections.erase(connectionId))
        m_transport->closeIdle(connectionId);
}

void ClientSession::scheduleCleanup()
{
    // aiohttp's _release starts the cleanup timer when none is pending (connector.py:673-676), with
    // helpers.weakref_handle: none for a timeout that is None or <= 0, and a time rounded up to a whole
    // second of the loop's clock for a timeout of 5 s or more (helpers.py:603-611).
    const std::optional<double> &timeout = m_options.connector.keepaliveTimeout;
    if (m_cleanupTimer || !timeout || *timeout <= 0)
        return;
    HttpClock &clock = m_network.clock();
    const qint64 now = clock.nowMs();
    const double when = double(now) / 1000.0 + *timeout;
    const qint64 dueMs = qint64(std::llround((*timeout >= 5 ? std::ceil(when) : when) * 1000.0));
    m_cleanupTimer = clock.callLater(std::max<qint64>(0, dueMs - now), [this] { cleanup(); });
}

void ClientSession::cleanup()
{
    // aiohttp's _cleanup (connector.py:336-375): closes every idle connection idle for longer than the
    // timeout, and runs again a timeout later while idle connections remain. It never changes which
    // connection a request gets (the same rule holds when one is taken); it decides when the server
    // sees an unused connection close.
    m_cleanupTimer = 0;
    const qint64 now = m_network.clock().nowMs();
    std::vector<int> stale;
    bool idleLeft = false;
    for (const auto &[id, connection] : m_connections) {
        if (connection->busy)
            continue;
        if (isStale(*connection, now))
            stale.push_back(id);
        else
            idleLeft = true;
    }
    for (int id : stale)
        closeIdle(id);
    if (idleLeft)
        scheduleCleanup();
}

void ClientSession::startTimer(Exchange &exchange, Timer which, double seconds, bool roundUp)
{
    const int index = int(which);
    HttpClock &clock = m_network.clock();
    clock.cancel(exchange.timers[index]);
    const qint64 now = clock.nowMs();
    exchange.due[index] = exchange.timeout.dueMs(seconds, now, roundUp);
    const int id = exchange.id;
    exchange.timers[index] =
        clock.callLater(exchange.due[index] - now, [this, id, which] { onTimeout(id, which); });
}

void ClientSession::stopTimer(Exchange &exchange, Timer which)
{
    const int index = int(which);
    m_network.clock().cancel(exchange.timers[index]);
    exchange.timers[index] = 0;
}

void ClientSession::onTimeout(int requestId, Timer which)
{
    Exchange *exchange = find(requestId);
    if (!exchange)
        return;
    exchange->timers[int(which)] = 0;
    HttpError error;
    switch (which) {
    case Timer::Total:
        error = {HttpError::Kind::TotalTimeout, QString()};
        break;
    case Timer::Connect:
    case Timer::SockConnect:
        error = {HttpError::Kind::ConnectionTimeout,
                 QStringLiteral("Connection timeout to host %1").arg(exchange->request.url.toString())};
        break;
    case Timer::SockRead:
        error = {HttpError::Kind::SocketTimeout, QStringLiteral("Timeout on reading data from socket")};
        break;
    }
    fail(requestId, error, HttpTraceEvent::Kind::TimedOut, timerName(int(which)), exchange->due[int(which)]);
}

void ClientSession::cancel(int requestId)
{
    if (find(requestId))
        fail(requestId, {HttpError::Kind::Cancelled, QString()}, HttpTraceEvent::Kind::Failed, {}, 0, false);
}

void ClientSession::release(int requestId)
{
    Exchange *exchange = find(requestId);
    if (!exchange)
        return; // its body was complete: the connection went back to the pool then (_response_eof)
    // The program no longer wants this response (aiohttp sets "Connection closed" on its content).
    exchange->callbacks = {};
    if (exchange->transportHandle && !exchange->bodyComplete)
        m_transport->settle(exchange->transportHandle);
    if (Exchange *settled = find(requestId); settled && settled->bodyComplete) {
        onFinished(requestId); // delivered whole, not yet ended: the connection goes back to the pool
        return;
    }
    // ClientResponse.release() -> Connection.release() -> _release(should_close=protocol.should_close)
    // (client_reqrep.py:977-989, connector.py:176-183): should_close is true while the payload is not
    // at its end (client_proto.py:44-46), so a body still on its way closes the connection.
    if (find(requestId))
        fail(requestId, {HttpError::Kind::Cancelled, QString()}, HttpTraceEvent::Kind::Failed, {}, 0, false);
}

void ClientSession::close()
{
    if (m_closed)
        return;
    m_closed = true;
    std::vector<int> ids;
    for (const auto &entry : m_exchanges)
        ids.push_back(entry.first);
    std::weak_ptr<bool> alive = m_alive;
    // Oldest first; a callback may end the session, so check it is still there each time.
    for (int id : ids) {
        if (!alive.lock())
            return;
        fail(id, {HttpError::Kind::Other, QStringLiteral("Connector is closed.")},
             HttpTraceEvent::Kind::Failed);
    }
    if (alive.lock()) {
        m_network.clock().cancel(m_cleanupTimer);
        m_cleanupTimer = 0;
        m_connections.clear();
    }
}

} // namespace awaitscope
