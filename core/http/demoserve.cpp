#include "demoserve.h"

#include "demoendpoints.h"
#include "demoserver.h"

#include <QCoreApplication>

namespace awaitscope {

bool serveDemoUntilStopped(quint16 port,
                           const std::function<void(const QUrl &, const QStringList &)> &listening,
                           QString *error, int *status)
{
    DemoServer server;
    if (!server.start(port)) {
        *error = server.errorString();
        return false;
    }
    if (listening)
        listening(server.baseUrl(), DemoEndpoints::endpointSummaries());
    const int code = QCoreApplication::exec();
    if (status)
        *status = code;
    return true;
}

} // namespace awaitscope
