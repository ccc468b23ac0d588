#pragma once

#include "httperror.h"
#include "httptraceevent.h"

#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace awaitscope {

class HttpClock;
class HttpTransport;

// Where a program's HTTP requests go: the real loopback network or the simulated one. Holds what all
// sessions of a run share: the clock, the safety rule for hosts, and the trace sink.
class HttpNetwork
{
public:
    virtual ~HttpNetwork() = default;

    virtual QString name() const = 0; // "real" or "sim"
    virtual HttpClock &clock() = 0;
    virtual std::unique_ptr<HttpTransport> createTransport() = 0;

    // Programs reach only the demo server (host `demo`, or its real address) unless a host is allowed.
    void allowHost(const QString &host) { m_allowedHosts.append(host.toLower()); }
    QStringList allowedHosts() const { return m_allowedHosts; }

    // The address to contact for a URL as written, or an error saying why it may not be contacted.
    std::optional<QUrl> resolve(const QUrl &written, HttpError *error) const;

    void setTraceSink(std::function<void(const HttpTraceEvent &)> sink) { m_traceSink = std::move(sink); }
    void trace(const HttpTraceEvent &event) const
    {
        if (m_traceSink)
            m_traceSink(event);
    }
    int nextSessionId() { return ++m_sessions; }

protected:
    // Where `demo` points: the loopback server's address, or the simulated server.
    virtual QUrl demoBaseUrl() const = 0;

private:
    QStringList m_allowedHosts;
    std::function<void(const HttpTraceEvent &)> m_traceSink;
    int m_sessions = 0;
};

} // namespace awaitscope
