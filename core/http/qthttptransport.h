#pragma once

#include "httptransport.h"

#include <QHash>
#include <QObject>

#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace awaitscope {

// HttpTransport over QNetworkAccessManager. Qt 6.4 opens at most six connections per host and
// manager, so each lane is its own long-lived manager: a session whose pool allows twelve
// connections to one host gets two managers. Cookies are handled by the session (the managers keep
// none), so all lanes of a session share the session's one jar.
class QtHttpTransport : public QObject, public HttpTransport
{
    Q_OBJECT
public:
    explicit QtHttpTransport(QObject *parent = nullptr);
    ~QtHttpTransport() override;

    int connectionsPerLane() const override { return 6; }
    quint64 start(const TransportRequest &request, Events events) override;
    void abort(quint64 handle) override;

    int managerCount() const { return int(m_managers.size()); }

private:
    QNetworkAccessManager *manager(int lane);
    void finishReply(quint64 handle);

    std::vector<QNetworkAccessManager *> m_managers; // children of this object
    QHash<quint64, QNetworkReply *> m_replies;
    quint64 m_nextHandle = 0;
};

} // namespace awaitscope
