#pragma once

#include "demoendpoints.h"
#include "demoserverstats.h"
#include "httpnetwork.h"

#include <QStringList>

namespace awaitscope {

// The simulated network for the virtual clock: the demo server's endpoints (DemoEndpoints, the same
// code the real server runs) behind a modelled link. Deterministic: the same program gives the same
// events at the same virtual times, with no sockets and no waiting.
//
// Model: opening a connection to `demo` costs connectMs; each way across the link costs oneWayMs;
// the server keeps each endpoint's timing (/delay, /stall, /drip). A host listed in
// unreachableHosts never answers a connect (to show connect timeouts, which loopback cannot); any
// other allowed host refuses the connection after a round trip.
struct SimNetworkConfig
{
    qint64 connectMs = 50;
    qint64 oneWayMs = 5;
    QStringList unreachableHosts{QStringLiteral("10.255.255.1")};
};

class SimNetwork : public HttpNetwork
{
public:
    explicit SimNetwork(HttpClock &clock, const SimNetworkConfig &config = {});
    ~SimNetwork() override;

    QString name() const override { return QStringLiteral("sim"); }
    HttpClock &clock() override { return m_clock; }
    std::unique_ptr<HttpTransport> createTransport() override;

    const SimNetworkConfig &config() const { return m_config; }
    // The modelled server's counters, the same as DemoServer::stats() for the real one.
    DemoServerStats stats() const { return m_stats; }

protected:
    QUrl demoBaseUrl() const override { return QUrl(QStringLiteral("http://demo/")); }

private:
    friend class SimTransport;
    int openServerConnection();
    void closeServerConnection();
    DemoReplyPlan serverReceives(DemoRequestContext &context);
    void serverFinished(bool abandoned);

    HttpClock &m_clock;
    SimNetworkConfig m_config;
    DemoEndpoints m_endpoints;
    DemoServerStats m_stats;
    int m_nextServerConnection = 0;
};

} // namespace awaitscope
