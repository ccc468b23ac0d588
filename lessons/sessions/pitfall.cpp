// pitfall.py in C++ with the core API and the simulated network: a new session for every request.
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

HttpNetwork *network = nullptr;
std::vector<std::unique_ptr<ClientSession>> sessions; // kept until the loop is done with them

void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
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

QCoro::Task<void> amain()
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
