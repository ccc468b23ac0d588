#pragma once

#include "clienttimeout.h"
#include "httperror.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "httptraceevent.h"
#include "sessioncookiejar.h"
#include "tcpconnector.h"

#include <QHash>
#include <QObject>

#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace awaitscope {

class HttpNetwork;
class HttpTransport;

// aiohttp.ClientSession: its own connection pool (TcpConnector limits, first-in-first-out waiting,
// keep-alive reuse), its own cookie jar, ClientTimeout checks, and one trace event per request step.
// The network (real or simulated) only moves bytes; everything aiohttp decides is decided here, so
// both networks behave alike. See docs/http.md.
//
// The API is callback-based so that a runtime future or a Python binding can sit on top:
// request() -> headers callback (resp = await session.get(...)) -> body callback (await resp.read()).
// Callbacks always run from the clock's loop, never inside request() or cancel(). A callback may
// start or cancel requests, but must not destroy the session (use deleteLater()): Qt's managers
// must not be deleted while one of their replies is emitting a signal.
class ClientSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        ClientTimeout timeout = ClientTimeout::sessionDefault();
        TcpConnector connector;
        SessionCookieJar::Mode cookies = SessionCookieJar::Mode::Keep;
        bool unsafeCookies = false; // aiohttp.CookieJar(unsafe=True): keep cookies from IP hosts
        // A body longer than this fails with ClientPayloadError (aiohttp has no such limit; a
        // teaching tool must not grow without bound on a server that streams for ever).
        qint64 maxBodyBytes = kMaxBodyBytes;
    };
    static constexpr qint64 kMaxBodyBytes = 32 * 1024 * 1024;
    struct Callbacks
    {
        std::function<void(const HttpResponse &)> headers; // status and headers arrived
        std::function<void(const HttpResponse &)> body;    // the whole body arrived (after headers)
        std::function<void(const HttpError &)> error;      // before or after headers; ends the request
    };

    ClientSession(HttpNetwork &network, const Options &options, QObject *parent = nullptr);
    explicit ClientSession(HttpNetwork &network, QObject *parent = nullptr);
    ~ClientSession() override;

    int id() const { return m_id; }
    const Options &options() const { return m_options; }
    SessionCookieJar &cookieJar() { return *m_cookieJar; }

    // Starts a request; returns its id (also in trace events). Exactly one of `body` or `error` ends it.
    int request(const HttpRequest &request, Callbacks callbacks);
    // Cancels a request (its awaiting task was cancelled): aborts the reply; no callback follows.
    void cancel(int requestId);
    // aiohttp's ClientResponse.release() (and close()) before the body was read: the connection goes
    // back to the pool when the whole body has arrived (read or not), and is closed otherwise. What the
    // network has received but not yet delivered counts as arrived. No callback follows.
    void release(int requestId);
    // session.close(): requests still running fail; later requests fail with "Session is closed".
    void close();
    bool isClosed() const { return m_closed; }

    // For tests and the GUI: connections the pool has open, and how many carry a request now.
    int openConnections() const { return int(m_connections.size()); }
    int busyConnections() const { return m_busyTotal; }
    int waitingRequests() const { return int(m_waiting.size()); }

private:
    struct Connection;
    struct Exchange;
    enum class Timer { Total, Connect, SockConnect, SockRead };

    void pump();
    bool canAdmit(const Exchange &exchange) const;
    void admit(Exchange &exchange);
    void onSent(int requestId);
    void onHeaders(int requestId, int status, const QByteArray &reason,
                   const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                   bool complete);
    void onData(int requestId, const QByteArray &data);
    void onFinished(int requestId);
    void followRedirect(Exchange &exchange);
    void fail(int requestId, const HttpError &error, HttpTraceEvent::Kind kind, const QString &timeout = {},
              qint64 dueMs = 0, bool notify = true);
    void startTimer(Exchange &exchange, Timer which, double seconds, bool roundUp = true);
    void stopTimer(Exchange &exchange, Timer which);
    void onTimeout(int requestId, Timer which);
    void releaseSlot(Exchange &exchange, bool keepConnection);
    Connection *newestIdle(const QString &hostKey) const;
    bool isStale(const Connection &connection, qint64 nowMs) const;
    void closeIdle(int connectionId);
    void scheduleCleanup();
    void cleanup();
    void deliverLater(std::function<void()> delivery);
    HttpTraceEvent event(const Exchange &exchange, HttpTraceEvent::Kind kind) const;
    Exchange *find(int requestId) const;

    HttpNetwork &m_network;
    Options m_options;
    std::unique_ptr<SessionCookieJar> m_cookieJar;
    std::unique_ptr<HttpTransport> m_transport;
    std::map<int, std::unique_ptr<Exchange>> m_exchanges;
    std::deque<int> m_waiting;
    std::map<int, std::unique_ptr<Connection>> m_connections;
    QHash<QString, int> m_busyPerHost;
    int m_busyTotal = 0;
    int m_id = 0;
    int m_nextRequestId = 0;
    int m_nextConnectionId = 0;
    qint64 m_releaseCounter = 0;
    quint64 m_cleanupTimer = 0; // aiohttp's _cleanup_handle: closes connections idle too long
    bool m_closed = false;
    std::shared_ptr<bool> m_alive; // lets delayed deliveries notice the session is gone
};

} // namespace awaitscope
