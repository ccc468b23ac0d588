#pragma once

#include "httperror.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>
#include <optional>

namespace awaitscope {

// How the session's pool and Qt's connection cache tell hosts apart: scheme, host and port.
inline QString hostKeyOf(const QUrl &url)
{
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

// One request handed by a ClientSession to the network, on a connection the session chose.
struct TransportRequest
{
    QByteArray method;
    QUrl url; // the address to contact (http://demo/ already mapped to the demo server)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int connectionId = 0;
    bool newConnection = true; // false: the session expects an idle connection of `lane` to carry it
    int lane = 0;              // which group of connections (for Qt: which QNetworkAccessManager)
    // The session's keep-alive timeout in seconds (TcpConnector::keepaliveTimeout); empty: no limit.
    // The session alone decides reuse; a transport that keeps idle connections of its own (Qt) must
    // not close one sooner than this.
    std::optional<double> keepaliveSeconds = 15.0;
};

// Moves requests over a network. A ClientSession owns one and decides pooling, timeouts, cookies and
// trace events itself, so the real and the simulated network only differ here.
class HttpTransport
{
public:
    struct Events
    {
        std::function<void()> sent; // written to the connection (a new connection is established)
        // The status line and headers, with the body bytes that had arrived with them (what aiohttp's
        // parser gets from one data_received before the program sees the response) and whether that
        // is the whole body: then no `data` or `finished` follows. Otherwise the rest comes as `data`,
        // then `finished`.
        std::function<void(int status, const QByteArray &reason, const QList<QPair<QByteArray, QByteArray>> &,
                           const QByteArray &body, bool complete)>
            headers;
        std::function<void(const QByteArray &)> data;
        std::function<void()> finished;
        std::function<void(const HttpError &)> failed;
    };

    virtual ~HttpTransport() = default;
    // How many connections to one host a lane can hold (Qt: 6 per manager).
    virtual int connectionsPerLane() const = 0;
    // Starts a request; events arrive later, never inside start(). Returns a handle for abort().
    virtual quint64 start(const TransportRequest &request, Events events) = 0;
    // Stops the request and closes its connection; no event arrives for it afterwards.
    virtual void abort(quint64 handle) = 0;
    // The program releases a response whose body the session does not have whole yet: deliver now,
    // through the events, whatever of it has arrived but was not delivered (Qt: what its HTTP thread
    // has handed over already), so the session decides aiohttp's should_close on what was received.
    virtual void settle(quint64 handle) { Q_UNUSED(handle); }
    // The session closes an idle connection (its keep-alive time is over, or the pool closes every
    // connection after use); no request is on it.
    virtual void closeIdle(int connectionId) = 0;
    // Whether a request sent as a new connection to `target` in `lane` is certain to open one (Qt: the
    // lane's manager holds no idle socket to that host that the session has closed but Qt has not).
    virtual bool canOpenIn(int lane, const QUrl &target)
    {
        Q_UNUSED(lane);
        Q_UNUSED(target);
        return true;
    }
};

} // namespace awaitscope
