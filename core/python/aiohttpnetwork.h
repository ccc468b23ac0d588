#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace awaitscope {
class ClientSession;
class DemoServer;
class HttpClock;
class HttpNetwork;
class Loop;
} // namespace awaitscope

namespace awaitscope::py {

class Interpreter;

// Where a program's aiohttp requests go (RunOptions::network, allowedHosts).
struct AiohttpOptions
{
    QString network;          // "sim", "real", or empty: sim on the virtual clock, real on the real clock
    QStringList allowedHosts; // besides the demo server
};

// One Python aiohttp.ClientSession's C++ session. It lives on one asyncio.run() loop; when that loop ends
// the session is destroyed and `session` becomes null (the Python object then says it is closed).
struct AiohttpSessionHolder
{
    std::unique_ptr<ClientSession> session;
    bool closed = false;
    ~AiohttpSessionHolder();
};

// The HTTP side of one interpreter: for each asyncio.run() loop a network (simulated, or real sockets to
// a demo server started on demand on 127.0.0.1) with the loop's clock and trace. The sessions made on a
// loop are destroyed when it ends, before the loop itself (Interpreter::atLoopEnd).
class AiohttpNetwork
{
public:
    explicit AiohttpNetwork(AiohttpOptions options);
    ~AiohttpNetwork();
    AiohttpNetwork(const AiohttpNetwork &) = delete;
    AiohttpNetwork &operator=(const AiohttpNetwork &) = delete;

    const AiohttpOptions &options() const { return m_options; }
    // The running loop's network, made on first use. Raises a Python error when there is no running loop
    // or the demo server cannot start.
    HttpNetwork &network(Interpreter &in);
    // Makes a session on the running loop's network; it is torn down with the loop.
    std::shared_ptr<AiohttpSessionHolder>
    openSession(Interpreter &in, const std::function<std::unique_ptr<ClientSession>(HttpNetwork &)> &make);

private:
    void endLoop();

    AiohttpOptions m_options;
    std::unique_ptr<DemoServer> m_server; // the real network's demo server, kept for the interpreter's life
    Loop *m_loop = nullptr;               // the loop m_network belongs to
    std::unique_ptr<HttpClock> m_clock;
    std::unique_ptr<HttpNetwork> m_network;
    std::vector<std::weak_ptr<AiohttpSessionHolder>> m_sessions;
};

} // namespace awaitscope::py
