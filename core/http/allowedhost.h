#pragma once

#include <QString>

namespace awaitscope {

// Why `host` cannot be allowed for programs to reach, or an empty string when it can: a host name
// (example.org) or an IP address, nothing more. Wildcards ("*", "*.example.org"), schemes, ports and
// paths are refused, so an allowance names exactly the hosts a teacher meant and never the whole network.
QString allowedHostProblem(const QString &host);

} // namespace awaitscope
