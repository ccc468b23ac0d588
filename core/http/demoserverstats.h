#pragma once

namespace awaitscope {

// What the demo server counted, so tests and benchmarks can see pool behaviour from the other side.
struct DemoServerStats
{
    int connectionsOpened = 0;  // client connections that sent at least one request
    int connectionsOpen = 0;    // of those, still open now
    int maxConnectionsOpen = 0; // most open at one moment
    int requestsReceived = 0;
    int requestsInFlight = 0;    // received and not yet answered completely
    int maxRequestsInFlight = 0; // most in flight at one moment
    int repliesCompleted = 0;
    int repliesAbandoned = 0; // the client left before the last byte was written
};

} // namespace awaitscope
