#pragma once

#include <QString>

#include <memory>

namespace awaitscope {

struct HttpResponse;

// Why a request failed, named after the aiohttp exception a Python program would catch.
// Hierarchy (all under aiohttp.ClientError unless noted):
//   ClientConnectionError > ClientOSError > ClientConnectorError            (refused, unreachable)
//   ClientConnectionError > ServerConnectionError > ServerDisconnectedError
//   ClientConnectionError > ServerConnectionError > ServerTimeoutError (also asyncio.TimeoutError)
//                           > ConnectionTimeoutError (connect, sock_connect) / SocketTimeoutError (sock_read)
//   ClientResponseError > TooManyRedirects                                     (raise_for_status, redirects)
//   ClientPayloadError                                                          (body over the maximum)
//   the `total` timeout raises the builtin TimeoutError (= asyncio.TimeoutError), not a ClientError.
struct HttpError
{
    enum class Kind {
        ConnectorError,     // ClientConnectorError
        ServerDisconnected, // ServerDisconnectedError
        ConnectionTimeout,  // ConnectionTimeoutError: `connect` or `sock_connect`
        SocketTimeout,      // SocketTimeoutError: `sock_read`
        TotalTimeout,       // TimeoutError: `total`
        ResponseError,      // ClientResponseError
        HostNotAllowed,     // ClientConnectionError: the safety rule refused the host
        InvalidUrl,         // InvalidURL
        SessionClosed,      // RuntimeError("Session is closed")
        Cancelled,          // asyncio.CancelledError: the awaiting task was cancelled
        TooManyRedirects,   // TooManyRedirects (a ClientResponseError): max_redirects reached
        RedirectScheme,     // ValueError: a redirect to a scheme other than http or https
        BodyTooLarge,       // ClientPayloadError: the body passed the documented maximum
        TypeError,          // TypeError: TCPConnector(keepalive_timeout=None) at the first reuse, as aiohttp
        Other,              // ClientConnectionError with the network's own message
    };

    HttpError() = default;
    HttpError(Kind k, QString m, std::shared_ptr<const HttpResponse> r = {})
        : kind(k)
        , message(std::move(m))
        , response(std::move(r))
    {
    }

    Kind kind = Kind::Other;
    QString message;
    // TooManyRedirects: the redirect response that was one too many, the earlier ones in its history
    // (aiohttp raises it with `history`, client.py:593-598).
    std::shared_ptr<const HttpResponse> response;

    QString pythonClass() const
    {
        switch (kind) {
        case Kind::ConnectorError:
            return QStringLiteral("ClientConnectorError");
        case Kind::ServerDisconnected:
            return QStringLiteral("ServerDisconnectedError");
        case Kind::ConnectionTimeout:
            return QStringLiteral("ConnectionTimeoutError");
        case Kind::SocketTimeout:
            return QStringLiteral("SocketTimeoutError");
        case Kind::TotalTimeout:
            return QStringLiteral("TimeoutError");
        case Kind::ResponseError:
            return QStringLiteral("ClientResponseError");
        case Kind::HostNotAllowed:
            return QStringLiteral("ClientConnectionError");
        case Kind::InvalidUrl:
            return QStringLiteral("InvalidURL");
        case Kind::SessionClosed:
            return QStringLiteral("RuntimeError");
        case Kind::Cancelled:
            return QStringLiteral("CancelledError");
        case Kind::TooManyRedirects:
            return QStringLiteral("TooManyRedirects");
        case Kind::RedirectScheme:
            return QStringLiteral("ValueError");
        case Kind::BodyTooLarge:
            return QStringLiteral("ClientPayloadError");
        case Kind::TypeError:
            return QStringLiteral("TypeError");
        case Kind::Other:
            return QStringLiteral("ClientConnectionError");
        }
        return QString();
    }
    bool isTimeout() const
    {
        return kind == Kind::ConnectionTimeout || kind == Kind::SocketTimeout || kind == Kind::TotalTimeout;
    }
    // As Python prints it: "ClientConnectorError: Cannot connect to host ...".
    QString toString() const
    {
        return message.isEmpty() ? pythonClass() : pythonClass() + QStringLiteral(": ") + message;
    }
};

} // namespace awaitscope
