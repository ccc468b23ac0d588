#include "httpbenchmark.h"

#include "clientsession.h"
#include "demoserver.h"
#include "realnetwork.h"
#include "timerhttpclock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace awaitscope {

QString HttpBenchmarkResult::summary() const
{
    return QStringLiteral("%1: %2 requests in %3 ms, %4 connections opened, at most %5 in flight%6")
        .arg(name)
        .arg(requests)
        .arg(elapsedMs)
        .arg(connectionsOpened)
        .arg(maxInFlight)
        .arg(failures ? QStringLiteral(", %1 FAILED").arg(failures) : QString());
}

namespace {

class Run
{
public:
    Run()
    {
        m_server.start();
        m_network = std::make_unique<RealNetwork>(m_clock, m_server.baseUrl());
    }

    // GETs one after another; `newSessionEach` makes a session per request.
    HttpBenchmarkResult sequential(const QString &name, int count, bool newSessionEach)
    {
        begin(name, count);
        QPointer<ClientSession> session;
        std::function<void(int)> next = [&](int index) {
            if (index == count) {
                m_loop.quit();
                return;
            }
            if (!session || newSessionEach) {
                if (session)
                    session->deleteLater(); // not from inside its own callback
                session = new ClientSession(*m_network);
            }
            HttpRequest request;
            request.url = m_server.baseUrl().resolved(QUrl(QStringLiteral("/json")));
            ClientSession::Callbacks callbacks;
            callbacks.body = [&next, index](const HttpResponse &) { next(index + 1); };
            callbacks.error = [this, &next, index](const HttpError &) {
                ++m_result.failures;
                next(index + 1);
            };
            session->request(request, callbacks);
        };
        QTimer::singleShot(0, [&] { next(0); });
        m_loop.exec();
        delete session.data();
        return end();
    }

    // `count` concurrent /delay/100 requests through one session with pool `limit`.
    HttpBenchmarkResult concurrent(const QString &name, int count, int limit)
    {
        begin(name, count);
        ClientSession::Options options;
        options.connector.limit = limit;
        ClientSession session(*m_network, options);
        int ended = 0;
        for (int i = 0; i < count; ++i) {
            HttpRequest request;
            request.url = m_server.baseUrl().resolved(QUrl(QStringLiteral("/delay/100")));
            ClientSession::Callbacks callbacks;
            callbacks.body = [&](const HttpResponse &) {
                if (++ended == count)
                    m_loop.quit();
            };
            callbacks.error = [&](const HttpError &) {
                ++m_result.failures;
                if (++ended == count)
                    m_loop.quit();
            };
            session.request(request, callbacks);
        }
        m_loop.exec();
        return end();
    }

private:
    void begin(const QString &name, int count)
    {
        m_server.resetStats();
        m_result = HttpBenchmarkResult{};
        m_result.name = name;
        m_result.requests = count;
        m_timer.start();
    }
    HttpBenchmarkResult end()
    {
        m_result.elapsedMs = m_timer.elapsed();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_result.connectionsOpened = m_server.stats().connectionsOpened;
        m_result.maxInFlight = m_server.stats().maxRequestsInFlight;
        return m_result;
    }

    DemoServer m_server;
    TimerHttpClock m_clock;
    std::unique_ptr<RealNetwork> m_network;
    QEventLoop m_loop;
    QElapsedTimer m_timer;
    HttpBenchmarkResult m_result;
};

} // namespace

QList<HttpBenchmarkResult> runHttpBenchmarks(int sequential, int concurrent)
{
    Run run;
    QList<HttpBenchmarkResult> results;
    results.append(run.sequential(QStringLiteral("GET /json, one reused session"), sequential, false));
    results.append(run.sequential(QStringLiteral("GET /json, a new session per request"), sequential, true));
    results.append(run.concurrent(QStringLiteral("concurrent /delay/100, limit=100"), concurrent, 100));
    results.append(run.concurrent(QStringLiteral("concurrent /delay/100, limit=6"), concurrent, 6));
    return results;
}

} // namespace awaitscope
