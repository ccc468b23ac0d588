#include "simtransport.h"

#include "demoendpoints.h"
#include "httpclock.h"
#include "simnetwork.h"

namespace awaitscope {

struct SimTransport::Flight
{
    TransportRequest request;
    Events events;
    std::vector<quint64> timers;
    DemoReplyPlan plan;
    bool atServer = false;
    bool serverDone = false;
    bool closeAfter = false; // the request asked for `Connection: close`
};

SimTransport::SimTransport(SimNetwork &network)
    : m_network(network)
{
}

SimTransport::~SimTransport()
{
    while (!m_flights.empty())
        abort(m_flights.begin()->first);
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        m_network.closeServerConnection();
}

void SimTransport::schedule(Flight &flight, qint64 delayMs, std::function<void()> step)
{
    std::weak_ptr<bool> alive = m_alive;
    flight.timers.push_back(m_network.clock().callLater(delayMs, [alive, step = std::move(step)] {
        if (alive.lock())
            step();
    }));
}

quint64 SimTransport::start(const TransportRequest &request, Events events)
{
    const quint64 handle = ++m_nextHandle;
    auto owned = std::make_unique<Flight>();
    owned->request = request;
    owned->events = std::move(events);
    for (const auto &header : request.headers) {
        if (header.first.compare("connection", Qt::CaseInsensitive) == 0 &&
            header.second.trimmed().compare("close", Qt::CaseInsensitive) == 0)
            owned->closeAfter = true;
    }
    Flight &flight = *owned;
    m_flights.emplace(handle, std::move(owned));

    const SimNetworkConfig &config = m_network.config();
    const QString host = request.url.host().toLower();
    const int connectionId = request.connectionId;
    if (host == QLatin1String("demo")) {
        const bool reuse = !request.newConnection && m_connections.contains(connectionId);
        schedule(flight, reuse ? 0 : config.connectMs, [this, handle, connectionId, reuse] {
            const auto it = m_flights.find(handle);
            if (it == m_flights.end())
                return;
            if (!reuse)
                m_connections.insert(connectionId, {m_network.openServerConnection(), 0});
            schedule(*it->second, m_network.config().oneWayMs, [this, handle] { arriveAtServer(handle); });
            const auto sent = it->second->events.sent;
            sent();
        });
    } else if (config.unreachableHosts.contains(host)) {
        // The connect never completes: only a timeout (or cancellation) ends this request.
    } else {
        const QUrl url = request.url;
        schedule(flight, 2 * config.oneWayMs, [this, handle, url] {
            const auto it = m_flights.find(handle);
            if (it == m_flights.end())
                return;
            const auto failed = it->second->events.failed;
            m_flights.erase(it);
            failed(
                {HttpError::Kind::ConnectorError,
                 QStringLiteral("Cannot connect to host %1:%2 ssl:default [Connect call failed ('%1', %2)]")
                     .arg(url.host())
                     .arg(url.port(80))});
        });
    }
    return handle;
}

void SimTransport::arriveAtServer(quint64 handle)
{
    const auto it = m_flights.find(handle);
    if (it == m_flights.end())
        return;
    Flight &flight = *it->second;
    ServerConnection &connection = m_connections[flight.request.connectionId];
    DemoRequestContext context;
    context.method = flight.request.method;
    context.url = flight.request.url;
    for (const auto &header : flight.request.headers) {
        if (header.first.compare("cookie", Qt::CaseInsensitive) == 0)
            context.cookieHeader = header.second;
    }
    context.body = flight.request.body;
    context.connectionId = connection.serverId;
    context.clientPort = 50000 + connection.serverId;
    context.requestsOnConnection = ++connection.requests;
    flight.plan = m_network.serverReceives(context);
    flight.atServer = true;

    // The server writes its last byte at plan.durationMs(); the client sees each piece oneWayMs later.
    schedule(flight, flight.plan.durationMs(), [this, handle] {
        const auto it = m_flights.find(handle);
        if (it == m_flights.end() || it->second->serverDone)
            return;
        it->second->serverDone = true;
        m_network.serverFinished(false);
    });
    schedule(flight, flight.plan.headersAfterMs + m_network.config().oneWayMs, [this, handle] {
        const auto it = m_flights.find(handle);
        if (it == m_flights.end())
            return;
        const DemoReplyPlan &plan = it->second->plan;
        auto headers = plan.headers;
        if (it->second->closeAfter)
            headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
        headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(plan.body().size())});
        // Body bytes written together with the headers arrive with them (one segment on the wire), so
        // a small body is complete before the program sees the response, as with aiohttp on loopback:
        // releasing it unread then keeps the connection.
        QByteArray body;
        int index = 0;
        while (index < plan.chunks.size() && plan.chunks.at(index).afterHeadersMs <= 0)
            body += plan.chunks.at(index++).bytes;
        const bool complete = index >= plan.chunks.size();
        const auto deliver = it->second->events.headers;
        const int status = plan.status;
        if (complete)
            finishFlight(handle);
        else
            writeChunk(handle, index);
        deliver(status, DemoEndpoints::reasonPhrase(status), headers, body, complete);
    });
}

void SimTransport::writeChunk(quint64 handle, int index)
{
    const auto it = m_flights.find(handle);
    if (it == m_flights.end())
        return;
    Flight &flight = *it->second;
    const QList<DemoBodyChunk> &chunks = flight.plan.chunks;
    if (index >= chunks.size()) {
        schedule(flight, 0, [this, handle] { end(handle); });
        return;
    }
    const qint64 previous = index == 0 ? 0 : chunks.at(index - 1).afterHeadersMs;
    schedule(flight, chunks.at(index).afterHeadersMs - previous, [this, handle, index] {
        const auto it = m_flights.find(handle);
        if (it == m_flights.end())
            return;
        const auto data = it->second->events.data;
        const QByteArray bytes = it->second->plan.chunks.at(index).bytes;
        writeChunk(handle, index + 1);
        data(bytes);
    });
}

void SimTransport::end(quint64 handle)
{
    const auto it = m_flights.find(handle);
    if (it == m_flights.end())
        return;
    const auto finished = it->second->events.finished;
    finishFlight(handle);
    finished();
}

void SimTransport::finishFlight(quint64 handle)
{
    const auto it = m_flights.find(handle);
    if (it == m_flights.end())
        return;
    // A request with `Connection: close` gets that header back, and the server closes the connection
    // once the response is written, as DemoServer does.
    if (it->second->closeAfter && m_connections.remove(it->second->request.connectionId))
        m_network.closeServerConnection();
    m_flights.erase(it);
}

void SimTransport::abort(quint64 handle)
{
    const auto it = m_flights.find(handle);
    if (it == m_flights.end())
        return;
    Flight &flight = *it->second;
    for (quint64 timer : flight.timers)
        m_network.clock().cancel(timer);
    if (flight.atServer && !flight.serverDone)
        m_network.serverFinished(true);
    // Aborting closes the connection, as QNetworkReply::abort() does.
    if (m_connections.remove(flight.request.connectionId))
        m_network.closeServerConnection();
    m_flights.erase(it);
}

void SimTransport::closeIdle(int connectionId)
{
    if (m_connections.remove(connectionId))
        m_network.closeServerConnection();
}

} // namespace awaitscope
