#pragma once

namespace awaitscope {

// aiohttp.TCPConnector's pool limits: `limit` connections in use at once in total and
// `limitPerHost` per (host, port); 0 means no limit. Requests beyond them wait first-in, first-out.
struct TcpConnector
{
    int limit = 100;
    int limitPerHost = 0;
};

} // namespace awaitscope
