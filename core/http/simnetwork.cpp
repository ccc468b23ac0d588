#include "simnetwork.h"

#include "httpclock.h"
#include "simtransport.h"

namespace awaitscope {

SimNetwork::SimNetwork(HttpClock &clock, const SimNetworkConfig &config)
    : m_clock(clock)
    , m_config(config)
{
}

SimNetwork::~SimNetwork() = default;

std::unique_ptr<HttpTransport> SimNetwork::createTransport()
{
    return std::make_unique<SimTransport>(*this);
}

int SimNetwork::openServerConnection()
{
    ++m_stats.connectionsOpened;
    ++m_stats.connectionsOpen;
    m_stats.maxConnectionsOpen = qMax(m_stats.maxConnectionsOpen, m_stats.connectionsOpen);
    return ++m_nextServerConnection;
}

void SimNetwork::closeServerConnection()
{
    --m_stats.connectionsOpen;
}

DemoReplyPlan SimNetwork::serverReceives(DemoRequestContext &context)
{
    ++m_stats.requestsReceived;
    ++m_stats.requestsInFlight;
    m_stats.maxRequestsInFlight = qMax(m_stats.maxRequestsInFlight, m_stats.requestsInFlight);
    context.inFlight = m_stats.requestsInFlight;
    context.nowMs = m_clock.nowMs();
    return m_endpoints.plan(context);
}

void SimNetwork::serverFinished(bool abandoned)
{
    --m_stats.requestsInFlight;
    if (abandoned)
        ++m_stats.repliesAbandoned;
    else
        ++m_stats.repliesCompleted;
}

} // namespace awaitscope
