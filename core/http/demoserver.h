#pragma once

#include "demoendpoints.h"
#include "demoserverstats.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QUrl>

#include <memory>

namespace awaitscope {

// The demo HTTP server that lessons talk to: QtHttpServer on 127.0.0.1 only, with the endpoints of
// DemoEndpoints (see docs/http.md). It counts connections and requests in flight so tests can check
// a client's pool from the server's side.
//
// QtHttpServer 6.4 parses requests and owns the sockets; replies are written here, straight to the
// socket through a QPointer, because a reply may be due long after the client has gone (a timeout,
// a cancelled task) and QHttpServerResponder keeps a raw socket pointer.
class DemoServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on 127.0.0.1 at `port`, or at a port the system picks when `port` is 0.
    // Returns false (see errorString()) if that fails, e.g. the port is taken.
    bool start(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QString errorString() const { return m_error; }

    DemoServerStats stats() const { return m_stats; }
    // Zeroes the counters (connections still open stay counted as open) and the endpoints' memory.
    void resetStats();

Q_SIGNALS:
    void statsChanged();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct PendingReply;
    void writeHeaders(const std::shared_ptr<PendingReply> &reply);
    void writeChunk(const std::shared_ptr<PendingReply> &reply, int index);
    void finish(const std::shared_ptr<PendingReply> &reply, bool abandoned);
    int connectionIdFor(QTcpSocket *socket);

    DemoEndpoints m_endpoints;
    DemoServerStats m_stats;
    QElapsedTimer m_clock;
    quint16 m_port = 0;
    int m_nextConnectionId = 0;
    QString m_error;
};

} // namespace awaitscope
