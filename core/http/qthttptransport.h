#pragma once

#include "httptransport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace awaitscope {

// HttpTransport over QNetworkAccessManager. Qt 6.4 opens at most six connections per host and
// manager, so each lane is its own long-lived manager: a session whose pool allows twelve
// connections to one host gets two managers. Cookies are handled by the session (the managers keep
// none), so all lanes of a session share the session's one jar.
//
// Keep-alive: Qt cannot close one idle socket. When the session closes an idle connection (its
// keep-alive time is over), Qt keeps that socket until the manager's cache entry for the host expires,
// which it does for all the host's sockets at once, after ConnectionCacheExpiryTimeoutSecondsAttribute
// seconds without a request (set here to the keep-alive timeout rounded up, plus one second, so Qt
// never closes a socket the session would still reuse). Until then such a socket is a "zombie": a
// request for that host in that lane could land on it. So a new connection never goes into a lane
// holding a zombie for its host (canOpenIn); a lane with zombies, no request in flight and no
// connection the session still keeps is replaced by a fresh manager, which closes them at once. An
// aborted reply's socket is a zombie too: Qt keeps it when its HTTP thread had the whole response
// before it saw the abort, which this thread cannot know.
//
// Headers reach the session with the body that Qt's thread has handed over with them (deliverSegment),
// and settle() gives Qt's thread a moment to hand over the rest before a release is decided.
class QtHttpTransport : public QObject, public HttpTransport
{
    Q_OBJECT
public:
    explicit QtHttpTransport(QObject *parent = nullptr);
    ~QtHttpTransport() override;

    int connectionsPerLane() const override { return 6; }
    quint64 start(const TransportRequest &request, Events events) override;
    void abort(quint64 handle) override;
    void settle(quint64 handle) override;
    void closeIdle(int connectionId) override;
    bool canOpenIn(int lane, const QUrl &target) override;

    int managerCount() const { return int(m_managers.size()); }
    // For tests: how many sockets the session closed that lane `lane`'s manager may still hold.
    int zombies(int lane) const;
    int managersReplaced() const { return m_managersReplaced; }

private:
    // One host in one lane: Qt's cache entry for it (a QHttpNetworkConnection with up to six sockets).
    struct LaneHost
    {
        int inFlight = 0;
        int zombies = 0;
        qint64 expirySeconds = 0; // what the request that made Qt's entry set
        QElapsedTimer idleSince;  // since the last request on it ended (valid when none is in flight)
    };
    using LaneHostKey = QPair<int, QString>;

    // What becomes of a reply's socket when its transfer ends: kept for reuse (a complete answer), closed
    // (a failure), or kept or closed as Qt's HTTP thread decides (an abort).
    enum class Socket { Kept, Closed, MaybeKept };
    struct ReplyState
    {
        bool headersDelivered = false;
        bool deliveryPosted = false;
        bool finished = false; // Qt's finished() arrived
    };

    QNetworkAccessManager *manager(int lane);
    static bool isHttpAnswer(QNetworkReply *reply);
    void postSegment(quint64 handle);
    void deliverSegment(quint64 handle, bool takeQueued);
    QNetworkReply *endFlight(quint64 handle, Socket socket);
    void finishReply(quint64 handle, bool socketClosed);
    void forgetExpired(const LaneHostKey &key);

    std::vector<QNetworkAccessManager *> m_managers; // children of this object
    QHash<quint64, QNetworkReply *> m_replies;
    QHash<quint64, std::shared_ptr<Events>> m_replyEvents;
    QHash<quint64, ReplyState> m_replyStates;
    QHash<quint64, QPair<int, LaneHostKey>> m_replyPlace; // handle -> session connection id, lane and host
    QHash<int, LaneHostKey> m_connections;                // connections the session keeps (open in Qt)
    QHash<LaneHostKey, LaneHost> m_laneHosts;
    quint64 m_nextHandle = 0;
    int m_managersReplaced = 0;
};

} // namespace awaitscope
