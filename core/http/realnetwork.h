#pragma once

#include "httpnetwork.h"

namespace awaitscope {

// Requests go over real sockets (QNetworkAccessManager); `demo` means the loopback demo server at
// `demoBaseUrl` (DemoServer::baseUrl()). Timeouts and trace times use `clock`.
class RealNetwork : public HttpNetwork
{
public:
    RealNetwork(HttpClock &clock, const QUrl &demoBaseUrl)
        : m_clock(clock)
        , m_demoBaseUrl(demoBaseUrl)
    {
    }

    QString name() const override { return QStringLiteral("real"); }
    HttpClock &clock() override { return m_clock; }
    std::unique_ptr<HttpTransport> createTransport() override;

protected:
    QUrl demoBaseUrl() const override { return m_demoBaseUrl; }

private:
    HttpClock &m_clock;
    QUrl m_demoBaseUrl;
};

} // namespace awaitscope
