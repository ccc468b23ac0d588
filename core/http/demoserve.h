#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace awaitscope {

// Serves the demo endpoints on 127.0.0.1:`port` (0: a free port the system picks) until the application's
// event loop ends, so that lesson programs can also run under CPython and aiohttp against it. `listening`
// is called once the server is up, with its base URL and one line per endpoint. Returns false at once,
// with `error` set, when the port cannot be opened. Needs a QCoreApplication; returns exec()'s status.
bool serveDemoUntilStopped(quint16 port,
                           const std::function<void(const QUrl &, const QStringList &)> &listening,
                           QString *error, int *status = nullptr);

} // namespace awaitscope
