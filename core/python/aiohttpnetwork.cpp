#include "aiohttpnetwork.h"

#include "interpreter.h"

#include "http/clientsession.h"
#include "http/demoserver.h"
#include "http/loophttpclock.h"
#include "http/realnetwork.h"
#include "http/sessionawaitables.h"
#include "http/simnetwork.h"
#include "runtime/loop.h"

#include <QSet>

namespace awaitscope::py {

AiohttpSessionHolder::~AiohttpSessionHolder() = default;

AiohttpNetwork::AiohttpNetwork(AiohttpOptions options)
    : m_options(std::move(options))
{
}

AiohttpNetwork::~AiohttpNetwork()
{
    endLoop();
}

HttpNetwork &AiohttpNetwork::network(Interpreter &in)
{
    Loop *loop = in.loop ? in.loop : Loop::current();
    if (!loop)
        in.raiseError(QStringLiteral("RuntimeError"),
                      QStringLiteral("no running event loop (aiohttp needs asyncio.run)"));
    if (m_network && m_loop == loop)
        return *m_network;
    endLoop();
    const bool real = m_options.network.isEmpty() ? in.realClock : m_options.network == u"real";
    if (real && !in.realClock)
        in.raiseError(QStringLiteral("RuntimeError"),
                      QStringLiteral("the real network needs the real clock: run with --clock real, or use "
                                     "--net sim on the virtual clock"));
    auto clock = std::make_unique<LoopHttpClock>(*loop);
    std::unique_ptr<HttpNetwork> network;
    if (real) {
        if (!m_server) {
            auto server = std::make_unique<DemoServer>();
            if (!server->start())
                in.raiseError(QStringLiteral("RuntimeError"),
                              QStringLiteral("the demo server could not start on 127.0.0.1"));
            m_server = std::move(server);
        }
        network = std::make_unique<RealNetwork>(*clock, m_server->baseUrl());
    } else {
        network = std::make_unique<SimNetwork>(*clock);
    }
    for (const QString &host : m_options.allowedHosts)
        network->allowHost(host);
    // aiohttp (3.8, as the lessons were checked with) runs two small tasks of its own for a request: the host
    // lookup of a new connection (connector.py, ensure_future(_resolve_host)) and the request's writer, made
    // once the connection is there (client_reqrep.py, create_task(write_bytes)). The HTTP layer needs
    // neither, but each takes a "Task-N" number, so the program's later tasks are named as under CPython.
    auto opening = std::make_shared<QSet<QPair<int, int>>>(); // (session, request) on a new connection
    network->setTraceSink([loop, opening](const HttpTraceEvent &e) {
        const QPair<int, int> request{e.sessionId, e.requestId};
        if (e.kind == HttpTraceEvent::Kind::Connecting) {
            loop->nextTaskNumber(); // the lookup
            opening->insert(request);
        } else if (e.kind == HttpTraceEvent::Kind::Reusing ||
                   (e.kind == HttpTraceEvent::Kind::Sent && opening->remove(request))) {
            loop->nextTaskNumber(); // the writer
        } else if (e.kind == HttpTraceEvent::Kind::Failed || e.kind == HttpTraceEvent::Kind::TimedOut) {
            opening->remove(request);
        }
        recordHttpEvent(*loop, e);
    });
    m_loop = loop;
    m_clock = std::move(clock);
    m_network = std::move(network);
    in.atLoopEnd.push_back([this] { endLoop(); });
    return *m_network;
}

std::shared_ptr<AiohttpSessionHolder>
AiohttpNetwork::openSession(Interpreter &in,
                            const std::function<std::unique_ptr<ClientSession>(HttpNetwork &)> &make)
{
    HttpNetwork &net = network(in);
    auto holder = std::make_shared<AiohttpSessionHolder>();
    holder->session = make(net);
    std::erase_if(m_sessions, [](const auto &weak) { return weak.expired(); });
    m_sessions.push_back(holder);
    return holder;
}

void AiohttpNetwork::endLoop()
{
    // Sessions first (they cancel their timers on the loop's clock), then the network and its clock.
    for (const auto &weak : m_sessions) {
        if (auto holder = weak.lock()) {
            holder->session.reset();
            holder->closed = true;
        }
    }
    m_sessions.clear();
    m_network.reset();
    m_clock.reset();
    m_loop = nullptr;
}

} // namespace awaitscope::py
