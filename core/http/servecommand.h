#pragma once

namespace awaitscope {

// `awaitscope serve [--port P]`: runs the demo server alone on 127.0.0.1 until interrupted, so the
// lesson programs can also run under CPython and aiohttp against http://127.0.0.1:P/.
// Expects argv[1] == "serve"; creates its own QCoreApplication. Returns the process exit code.
int runServeCommand(int argc, char *argv[]);

} // namespace awaitscope
