#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace awaitscope {

// What the demo server knows about one request when it decides the answer. The real server fills it
// from the socket; the simulated network fills it from its model, so both get the same answers.
struct DemoRequestContext
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;                // path and query are what matter
    QByteArray cookieHeader; // the raw Cookie: header, if any
    QByteArray body;
    int connectionId = 0;         // 1, 2, ... in the order the server accepted connections
    int clientPort = 0;           // the client's side of the TCP connection
    int requestsOnConnection = 0; // including this one
    int inFlight = 0;             // requests being answered right now, including this one
    qint64 nowMs = 0;             // server clock, for rate limits
};

// One piece of body written at a moment, counted from when the headers were written.
struct DemoBodyChunk
{
    qint64 afterHeadersMs = 0;
    QByteArray bytes;
};

// The server's answer as a schedule: headers after a delay, then the body in timed pieces.
// Content-Length is always the sum of the pieces, so a client knows when the body is complete.
struct DemoReplyPlan
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // without Content-Length, which is computed
    qint64 headersAfterMs = 0;
    QList<DemoBodyChunk> chunks;

    QByteArray body() const
    {
        QByteArray all;
        for (const DemoBodyChunk &c : chunks)
            all += c.bytes;
        return all;
    }
    // When the last byte is written, counted from the arrival of the request.
    qint64 durationMs() const
    {
        return headersAfterMs + (chunks.isEmpty() ? 0 : chunks.last().afterHeadersMs);
    }
};

} // namespace awaitscope
