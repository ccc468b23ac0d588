#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace awaitscope {

// One step of one HTTP request, named like the phases of a browser's network panel, so the GUI can
// draw a waterfall. The real and the simulated network emit the same sequence for the same program:
//   Queued -> (Connecting | Reusing) -> Sent -> FirstByte -> Done
// and for each redirect followed, Redirected -> (Connecting | Reusing) -> Sent -> FirstByte again before
// Done, with Failed or TimedOut ending the request at any point instead of Done.
struct HttpTraceEvent
{
    enum class Kind {
        Queued,     // waiting for a pool slot (emitted for every request, even when a slot is free)
        Connecting, // a new connection is being opened: connectionId is its number in the session
        Reusing,    // an idle keep-alive connection takes the request: connectionId says which
        Sent,       // the request went out on the connection
        FirstByte,  // the status line and headers arrived: status is set
        Done,       // the whole body arrived: status and bytes are set
        Failed,     // refused, reset, cancelled or another error: error says which
        TimedOut,   // a ClientTimeout field fired: timeout and dueMs say which and when
        Redirected, // a 3xx answer is followed: status is the redirect's, url the next address
    };

    Kind kind = Kind::Queued;
    int requestId = 0;    // 1, 2, ... per session, in the order requests were made
    int sessionId = 0;    // which ClientSession
    int task = -1;        // the runtime task that made the request (-1 = none known)
    qint64 timeMs = 0;    // on the clock the session runs on (virtual or real)
    QString method;       // GET, POST, ...
    QUrl url;             // as the program wrote it (http://demo/... stays demo)
    int connectionId = 0; // Connecting / Reusing and every later event
    int status = 0;       // FirstByte / Done
    qint64 bytes = 0;     // Done: body size
    QString timeout;      // TimedOut: "total", "connect", "sock_connect" or "sock_read"
    qint64 dueMs = 0;     // TimedOut: when that deadline was due, on the same clock as timeMs
    QString error;        // Failed / TimedOut: the Python exception, e.g. "ClientConnectorError: ..."

    // The fields that matter for this kind, for TraceEvent::data of a TraceEvent::Kind::Http event.
    QJsonObject toJson() const
    {
        QJsonObject o{{QStringLiteral("phase"), kindName(kind)},
                      {QStringLiteral("request"), requestId},
                      {QStringLiteral("session"), sessionId},
                      {QStringLiteral("method"), method},
                      {QStringLiteral("url"), url.toString()}};
        if (connectionId)
            o.insert(QStringLiteral("connection"), connectionId);
        if (status)
            o.insert(QStringLiteral("status"), status);
        if (kind == Kind::Done)
            o.insert(QStringLiteral("bytes"), bytes);
        if (!timeout.isEmpty()) {
            o.insert(QStringLiteral("timeout"), timeout);
            o.insert(QStringLiteral("due"), double(dueMs) / 1000.0);
        }
        if (!error.isEmpty())
            o.insert(QStringLiteral("error"), error);
        return o;
    }

    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Queued:
            return QStringLiteral("queued");
        case Kind::Connecting:
            return QStringLiteral("connecting");
        case Kind::Reusing:
            return QStringLiteral("reusing");
        case Kind::Sent:
            return QStringLiteral("sent");
        case Kind::FirstByte:
            return QStringLiteral("first_byte");
        case Kind::Done:
            return QStringLiteral("done");
        case Kind::Failed:
            return QStringLiteral("failed");
        case Kind::TimedOut:
            return QStringLiteral("timed_out");
        case Kind::Redirected:
            return QStringLiteral("redirect");
        }
        return QString();
    }
};

} // namespace awaitscope
