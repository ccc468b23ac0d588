#pragma once

#include <optional>

namespace awaitscope {

// aiohttp.TCPConnector's pool: `limit` connections in use at once in total and `limitPerHost` per
// (host, port); 0 means no limit. Requests beyond them wait first-in, first-out.
//
// keepaliveTimeout (seconds): an idle connection is reused only while it has been idle for at most
// this long, measured from its release on the run's clock (aiohttp 3.8.4 connector.py:583,
// `t1 - t0 > self._keepalive_timeout` closes it; 15.0 by default, connector.py:231-232); the pool's
// cleanup timer closes older ones (connector.py:336-375). Empty is `keepalive_timeout=None`, which
// aiohttp accepts and then fails on with TypeError at the first reuse. forceClose closes every
// connection when its response is complete (connector.py:658-659), so none is reused.
struct TcpConnector
{
    int limit = 100;
    int limitPerHost = 0;
    std::optional<double> keepaliveTimeout = 15.0;
    bool forceClose = false;
};

} // namespace awaitscope
