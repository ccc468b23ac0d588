#pragma once

#include <QtGlobal>

#include <cmath>
#include <optional>

namespace awaitscope {

// aiohttp.ClientTimeout: every field in seconds; empty or <= 0 disables that check.
//   total        the whole request: waiting for a pool slot, connecting, sending, reading the body
//   connect      getting a connection: waiting for a pool slot plus opening a new connection
//   sock_connect opening a new connection
//   sock_read    the longest silence between two reads, counted from when the request was sent
// A bare ClientTimeout() has no limits; a session without one uses sessionDefault().
struct ClientTimeout
{
    std::optional<double> total;
    std::optional<double> connect;
    std::optional<double> sockRead;
    std::optional<double> sockConnect;
    double ceilThreshold = 5;

    // aiohttp's DEFAULT_TIMEOUT: total 300 s (5 minutes) and sock_connect 30 s.
    static ClientTimeout sessionDefault()
    {
        ClientTimeout t;
        t.total = 300;
        t.sockConnect = 30;
        return t;
    }

    static bool enabled(std::optional<double> seconds) { return seconds.has_value() && *seconds > 0; }

    // When a deadline started at `nowMs` is due. Like aiohttp, a timeout longer than ceilThreshold
    // seconds is rounded up to a whole second of the clock (sock_read is never rounded).
    qint64 dueMs(double seconds, qint64 nowMs, bool roundUp = true) const
    {
        const double when = double(nowMs) / 1000.0 + seconds;
        const double rounded = roundUp && seconds > ceilThreshold ? std::ceil(when) : when;
        return qint64(std::llround(rounded * 1000.0));
    }
};

} // namespace awaitscope
