// main.py in C++ with the core API and the simulated network: pooling, the pool limit, cookies.
#include "http/clientsession.h"
#include "http/loophttpclock.h"
#include "http/sessionawaitables.h"
#include "http/simnetwork.h"
#include "runtime/api.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdio>
#include <memory>

using namespace awaitscope;

namespace {

constexpr int Requests = 5; // param: requests
constexpr int Limit = 3;    // param: limit

HttpNetwork *network = nullptr;
std::vector<std::unique_ptr<ClientSession>> sessions; // kept until the loop is done with them

void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

double now()
{
    return Loop::current()->time();
}

ClientSession &openSession(const ClientSession::Options &options = {})
{
    sessions.push_back(std::make_unique<ClientSession>(*network, options));
    return *sessions.back();
}

// The demo server's /conn answers with the number of the connection that carried the request.
QCoro::Task<int> whichConnection(ClientSession *session)
{
    const HttpResponse response = co_await fetch(*session, QUrl(QStringLiteral("http://demo/conn")));
    co_return QJsonDocument::fromJson(response.body).object().value(QStringLiteral("connection")).toInt();
}

QCoro::Task<QByteArray> fetchBody(ClientSession *session, QString url)
{
    const HttpResponse response = co_await fetch(*session, QUrl(url));
    co_return response.body;
}

QCoro::Task<void> pooling()
{
    QSet<int> connections;
    for (int i = 0; i < Requests; ++i) {
        ClientSession &session = openSession(); // a new browser window for every page
        connections.insert(co_await whichConnection(&session));
        session.close();
    }
    print(QStringLiteral("a session per request: %1 requests, %2 connection(s)")
              .arg(Requests)
              .arg(connections.size()));
    connections.clear();
    ClientSession &shared = openSession(); // one browser window for all the pages
    for (int i = 0; i < Requests; ++i)
        connections.insert(co_await whichConnection(&shared));
    shared.close();
    print(QStringLiteral("one shared session: %1 requests, %2 connection(s)")
              .arg(Requests)
              .arg(connections.size()));
}

QCoro::Task<void> poolLimit()
{
    ClientSession::Options options;
    options.connector.limit = Limit;
    ClientSession &session = openSession(options);
    const double start = now();
    std::vector<Task<QByteArray>> tasks;
    for (int i = 0; i < 12; ++i)
        tasks.push_back(createNamedTask(QStringLiteral("request_%1").arg(i), fetchBody, &session,
                                        QStringLiteral("http://demo/delay/1000")));
    co_await gather(tasks);
    session.close();
    print(QStringLiteral("12 one-second requests with limit=%1: %2 s")
              .arg(Limit)
              .arg(now() - start, 0, 'f', 0));
}

QCoro::Task<void> cookies()
{
    ClientSession &session = openSession();
    co_await fetchBody(&session, QStringLiteral("http://demo/cookies/set?theme=dark"));
    print(QStringLiteral("cookies kept by the session: %1").arg(session.cookieJar().cookies().size()));
    session.close();
    ClientSession &fresh = openSession();
    print(QStringLiteral("cookies in a new session: %1").arg(fresh.cookieJar().cookies().size()));
    fresh.close();
    ClientSession::Options dummy;
    dummy.cookies = SessionCookieJar::Mode::Dummy;
    ClientSession &forgetful = openSession(dummy);
    co_await fetchBody(&forgetful, QStringLiteral("http://demo/cookies/set?theme=dark"));
    print(QStringLiteral("cookies kept with DummyCookieJar: %1").arg(forgetful.cookieJar().cookies().size()));
    forgetful.close();
}

QCoro::Task<void> amain()
{
    co_await pooling();
    co_await poolLimit();
    co_await cookies();
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
    sessions.clear();
    return 0;
}
