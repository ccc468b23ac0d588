#pragma once

#include "demoreplyplan.h"

#include <QHash>
#include <QList>
#include <QString>

namespace awaitscope {

// The demo server's endpoints as pure decisions: a request (and the endpoints' own memory of
// /flaky and /ratelimit) goes in, a timed reply plan comes out. The real server on loopback and
// the simulated network both ask this class, which is why they answer the same.
class DemoEndpoints
{
public:
    DemoReplyPlan plan(const DemoRequestContext &request);

    // Forget /flaky attempts and /ratelimit windows.
    void reset();

    // Paths the server knows, for the index page and for docs.
    static QStringList endpointSummaries();
    // The phrase after the status code; every status gets one, as some HTTP parsers require it.
    static QByteArray reasonPhrase(int status);

private:
    QHash<QString, int> m_flakyAttempts;
    QHash<QString, QList<qint64>> m_rateWindows;
};

} // namespace awaitscope
