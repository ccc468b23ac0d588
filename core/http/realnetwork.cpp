#include "realnetwork.h"

#include "qthttptransport.h"

namespace awaitscope {

std::unique_ptr<HttpTransport> RealNetwork::createTransport()
{
    return std::make_unique<QtHttpTransport>();
}

} // namespace awaitscope
