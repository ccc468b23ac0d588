#pragma once

#include "aiohttpnetwork.h"

namespace awaitscope::py {

class Interpreter;

// Registers the `aiohttp` module: ClientSession, ClientResponse, TCPConnector, ClientTimeout, CookieJar,
// DummyCookieJar and the exceptions, over core/http's ClientSession. See docs/http.md.
void installAiohttp(Interpreter &in, const AiohttpOptions &options);

} // namespace awaitscope::py
