// main.py in C++ with the core API and the simulated network: five requests, five kinds of limit.
#include "http/clientsession.h"
#include "http/httpclienterror.h"
#include "http/loophttpclock.h"
#include "http/sessionawaitables.h"
#include "http/simnetwork.h"
#include "runtime/api.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

using namespace awaitscope;

namespace {

constexpr int Total = 2;    // param: total
constexpr int SockRead = 1; // param: sock_read
constexpr int WaitFor = 1;  // param: wait_for

HttpNetwork *network = nullptr;
std::unique_ptr<ClientSession> session;

void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

double now()
{
    return Loop::current()->time();
}

QCoro::Task<QByteArray> fetchBody(QString url, std::optional<ClientTimeout> timeout)
{
    HttpRequest request;
    request.url = QUrl(url);
    request.timeout = timeout; // empty: the session's own timeout applies
    const HttpResponse response = co_await fetch(*session, request);
    co_return response.body;
}

// aiohttp's timeout errors are all TimeoutErrors in Python; here `total` raises TimeoutError and the
// others an HttpClientError named ...TimeoutError.
bool isTimeout(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const TimeoutError &) {
        return true;
    } catch (const HttpClientError &e) {
        return e.typeName().endsWith(QStringLiteral("TimeoutError"));
    } catch (...) {
        return false;
    }
}

template<typename Request> QCoro::Task<void> attempt(QString label, Request request)
{
    const double start = now();
    std::exception_ptr error;
    try {
        co_await request();
    } catch (...) {
        error = std::current_exception();
    }
    if (error && !isTimeout(error))
        std::rethrow_exception(error);
    print(QStringLiteral("%1: %2 after %3 s")
              .arg(label, error ? QStringLiteral("TimeoutError") : QStringLiteral("answered"))
              .arg(now() - start, 0, 'f', 0));
}

QCoro::Task<void> amain()
{
    session = std::make_unique<ClientSession>(*network);
    const QString slow = QStringLiteral("http://demo/delay/4000");
    // The default allows five minutes in total: a slow answer is simply waited for.
    co_await attempt(QStringLiteral("default timeout, 4 s answer"), [slow] { return fetchBody(slow, {}); });

    ClientTimeout total;
    total.total = Total;
    co_await attempt(QStringLiteral("total=%1, 4 s answer").arg(Total),
                     [slow, total] { return fetchBody(slow, total); });

    // sock_read bounds each silence while reading, not the whole request.
    ClientTimeout reading;
    reading.sockRead = SockRead;
    co_await attempt(QStringLiteral("sock_read=%1, body after 3 s of silence").arg(SockRead),
                     [reading] { return fetchBody(QStringLiteral("http://demo/stall/3000"), reading); });

    // asyncio's own tools bound any awaitable, a request included.
    co_await attempt(QStringLiteral("wait_for(timeout=%1), 4 s answer").arg(WaitFor),
                     [slow]() -> QCoro::Task<void> {
                         co_await waitFor(createTask(fetchBody, slow, std::optional<ClientTimeout>()).state(),
                                          double(WaitFor));
                     });

    co_await attempt(QStringLiteral("asyncio.timeout(%1), 4 s answer").arg(WaitFor),
                     [slow]() -> QCoro::Task<void> {
                         co_await withTimeout(double(WaitFor), [slow] { return fetchBody(slow, {}); });
                     });
    session->close();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Loop loop;
    LoopHttpClock clock(loop);
    SimNetwork sim(clock);
    network = &sim;
    run(loop, amain);
    session.reset();
    return 0;
}
