#pragma once

#include "httptransport.h"

#include <QHash>

#include <limits>
#include <map>
#include <memory>

namespace awaitscope {

class SimNetwork;

// One session's view of the simulated network: its connections to the modelled demo server and
// the timed steps of its requests, all scheduled on the network's clock.
class SimTransport : public HttpTransport
{
public:
    explicit SimTransport(SimNetwork &network);
    ~SimTransport() override;

    int connectionsPerLane() const override { return std::numeric_limits<int>::max(); }
    quint64 start(const TransportRequest &request, Events events) override;
    void abort(quint64 handle) override;
    void closeIdle(int connectionId) override;

private:
    struct ServerConnection
    {
        int serverId = 0;
        int requests = 0;
    };
    struct Flight;

    void schedule(Flight &flight, qint64 delayMs, std::function<void()> step);
    void arriveAtServer(quint64 handle);
    void writeChunk(quint64 handle, int index);
    void end(quint64 handle);
    void finishFlight(quint64 handle); // the response is complete: forget it (closing if asked)

    SimNetwork &m_network;
    std::map<quint64, std::unique_ptr<Flight>> m_flights;
    QHash<int, ServerConnection> m_connections; // session connection id -> server side
    quint64 m_nextHandle = 0;
    // A finished flight leaves timers behind (the server's own end, for one); they must not touch a
    // transport whose session is gone.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace awaitscope
