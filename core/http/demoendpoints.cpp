#include "demoendpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace awaitscope {

namespace {

constexpr qint64 kMaxDelayMs = 10 * 60 * 1000;
constexpr int kMaxDripBytes = 100000;

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

DemoReplyPlan jsonReply(int status, const QJsonObject &object)
{
    DemoReplyPlan plan;
    plan.status = status;
    plan.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    plan.chunks.append({0, jsonBytes(object)});
    return plan;
}

DemoReplyPlan badRequest(const QString &message)
{
    return jsonReply(400, QJsonObject{{QStringLiteral("error"), message}});
}

// Parses a whole non-negative number no larger than `max`; false for anything else.
bool parseCount(const QString &text, qint64 max, qint64 *value)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < 0 || v > max)
        return false;
    *value = v;
    return true;
}

QJsonObject cookiesFromHeader(const QByteArray &header)
{
    QJsonObject cookies;
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &part : parts) {
        const QByteArray trimmed = part.trimmed();
        const qsizetype eq = trimmed.indexOf('=');
        if (trimmed.isEmpty() || eq <= 0)
            continue;
        cookies.insert(QString::fromUtf8(trimmed.left(eq)), QString::fromUtf8(trimmed.mid(eq + 1)));
    }
    return cookies;
}

QString queryValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

QByteArray DemoEndpoints::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 418:
        return QByteArrayLiteral("I'm a teapot");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        break;
    }
    // Every status line gets a phrase: some HTTP parsers reject a status line without one.
    if (status < 300)
        return QByteArrayLiteral("Success");
    if (status < 400)
        return QByteArrayLiteral("Redirection");
    if (status < 500)
        return QByteArrayLiteral("Client Error");
    return QByteArrayLiteral("Server Error");
}

QStringList DemoEndpoints::endpointSummaries()
{
    return {
        QStringLiteral("/delay/<ms>: answers after <ms> milliseconds"),
        QStringLiteral("/status/<code>: answers with that HTTP status"),
        QStringLiteral("/json: a small JSON document"),
        QStringLiteral("/cookies/set?name=value: sets cookies, answers with the cookies the client now has"),
        QStringLiteral("/cookies: the cookies the client sent"),
        QStringLiteral("/stall/<ms>: headers at once, then silence for <ms>, then the body"),
        QStringLiteral("/drip?bytes=N&ms=M: headers at once, then N bytes, one every M milliseconds"),
        QStringLiteral("/flaky?fail=N: 503 for N attempts, then 200 once, then the cycle repeats"),
        QStringLiteral("/ratelimit?per_second=N: 429 for requests beyond N in the last second"),
        QStringLiteral("/conn: which client connection served this request"),
        QStringLiteral("/echo: the method, query and body it received"),
        QStringLiteral("/redirect/<n>: 302 to /redirect/<n-1>, and /redirect/1 to /json"),
        QStringLiteral("/redirect-to?url=U&status_code=C: answers C (default 302) with Location: U"),
    };
}

void DemoEndpoints::reset()
{
    m_flakyAttempts.clear();
    m_rateWindows.clear();
}

DemoReplyPlan DemoEndpoints::plan(const DemoRequestContext &request)
{
    const QString path = request.url.path();
    const QUrlQuery query(request.url);
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString head = segments.value(0);
    DemoReplyPlan reply;

    if (segments.isEmpty()) {
        QJsonArray list;
        for (const QString &line : endpointSummaries())
            list.append(line);
        reply = jsonReply(200, QJsonObject{{QStringLiteral("endpoints"), list}});
    } else if ((head == QLatin1String("delay") || head == QLatin1String("stall")) && segments.size() == 2) {
        qint64 ms = 0;
        if (!parseCount(segments.at(1), kMaxDelayMs, &ms))
            return badRequest(QStringLiteral("/%1/<ms> needs a whole number of milliseconds from 0 to %2, "
                                             "got '%3'")
                                  .arg(head)
                                  .arg(kMaxDelayMs)
                                  .arg(segments.at(1)));
        reply = jsonReply(200, QJsonObject{{head, ms}});
        if (head == QLatin1String("delay"))
            reply.headersAfterMs = ms;
        else
            reply.chunks.first().afterHeadersMs = ms; // headers now, body later
    } else if (head == QLatin1String("status") && segments.size() == 2) {
        qint64 code = 0;
        if (!parseCount(segments.at(1), 599, &code) || code < 200)
            return badRequest(QStringLiteral("/status/<code> needs a status from 200 to 599, got '%1'")
                                  .arg(segments.at(1)));
        reply = jsonReply(int(code), QJsonObject{{QStringLiteral("status"), code}});
    } else if (path == QLatin1String("/json")) {
        reply = jsonReply(200, QJsonObject{
                                   {QStringLiteral("name"), QStringLiteral("awaitscope demo")},
                                   {QStringLiteral("items"), QJsonArray{1, 2, 3}},
                                   {QStringLiteral("ok"), true},
                               });
    } else if (path == QLatin1String("/cookies")) {
        reply =
            jsonReply(200, QJsonObject{{QStringLiteral("cookies"), cookiesFromHeader(request.cookieHeader)}});
    } else if (path == QLatin1String("/cookies/set")) {
        QJsonObject cookies = cookiesFromHeader(request.cookieHeader);
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            cookies.insert(item.first, item.second);
        reply = jsonReply(200, QJsonObject{{QStringLiteral("cookies"), cookies}});
        for (const auto &item : items)
            reply.headers.append({QByteArrayLiteral("Set-Cookie"),
                                  item.first.toUtf8() + '=' + item.second.toUtf8() + "; Path=/"});
    } else if (path == QLatin1String("/drip")) {
        qint64 bytes = 0;
        qint64 ms = 0;
        if (!parseCount(queryValue(query, QStringLiteral("bytes")), kMaxDripBytes, &bytes) ||
            !parseCount(queryValue(query, QStringLiteral("ms")), kMaxDelayMs, &ms))
            return badRequest(QStringLiteral("/drip needs ?bytes=N&ms=M with N from 0 to %1 and M a whole "
                                             "number of milliseconds")
                                  .arg(kMaxDripBytes));
        reply.status = 200;
        reply.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")});
        for (qint64 i = 1; i <= bytes; ++i)
            reply.chunks.append({i * ms, QByteArrayLiteral("*")});
    } else if (path == QLatin1String("/flaky")) {
        qint64 fail = 0;
        if (!parseCount(queryValue(query, QStringLiteral("fail")), 1000, &fail))
            return badRequest(QStringLiteral("/flaky needs ?fail=N with N from 0 to 1000"));
        // Keyed by the whole query so two lessons with different ?fail= (or an extra ?id=) do not mix.
        int &attempts = m_flakyAttempts[query.toString(QUrl::FullyEncoded)];
        const int attempt = attempts++ % int(fail + 1) + 1;
        const bool fails = attempt <= fail;
        reply = jsonReply(fails ? 503 : 200, QJsonObject{{QStringLiteral("attempt"), attempt},
                                                         {QStringLiteral("failed"), fails}});
    } else if (path == QLatin1String("/ratelimit")) {
        qint64 perSecond = 0;
        if (!parseCount(queryValue(query, QStringLiteral("per_second")), 100000, &perSecond) || perSecond < 1)
            return badRequest(QStringLiteral("/ratelimit needs ?per_second=N with N at least 1"));
        QList<qint64> &window = m_rateWindows[query.toString(QUrl::FullyEncoded)];
        while (!window.isEmpty() && window.first() <= request.nowMs - 1000)
            window.removeFirst();
        if (window.size() >= perSecond) {
            reply = jsonReply(429, QJsonObject{{QStringLiteral("error"), QStringLiteral("too many requests")},
                                               {QStringLiteral("per_second"), perSecond}});
            reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        } else {
            window.append(request.nowMs);
            reply = jsonReply(200, QJsonObject{{QStringLiteral("allowed"), int(window.size())},
                                               {QStringLiteral("per_second"), perSecond}});
        }
    } else if (path == QLatin1String("/conn")) {
        reply = jsonReply(200, QJsonObject{
                                   {QStringLiteral("connection"), request.connectionId},
                                   {QStringLiteral("client_port"), request.clientPort},
                                   {QStringLiteral("requests_on_connection"), request.requestsOnConnection},
                                   {QStringLiteral("in_flight"), request.inFlight},
                               });
    } else if (head == QLatin1String("redirect") && segments.size() == 2) {
        qint64 n = 0;
        if (!parseCount(segments.at(1), 100, &n) || n < 1)
            return badRequest(
                QStringLiteral("/redirect/<n> needs a number of redirects from 1 to 100, got '%1'")
                    .arg(segments.at(1)));
        reply = jsonReply(302, QJsonObject{{QStringLiteral("redirects_left"), n}});
        reply.headers.append({QByteArrayLiteral("Location"), n == 1
                                                                 ? QByteArrayLiteral("/json")
                                                                 : "/redirect/" + QByteArray::number(n - 1)});
    } else if (path == QLatin1String("/redirect-to")) {
        const QString target = queryValue(query, QStringLiteral("url"));
        qint64 code = 302;
        const QString given = queryValue(query, QStringLiteral("status_code"));
        if (target.isEmpty() || (!given.isEmpty() && (!parseCount(given, 399, &code) || code < 300)))
            return badRequest(QStringLiteral("/redirect-to needs ?url=U and optionally &status_code=C with C "
                                             "from 300 to 399"));
        reply = jsonReply(int(code), QJsonObject{{QStringLiteral("location"), target}});
        reply.headers.append({QByteArrayLiteral("Location"), QUrl(target).toEncoded()});
    } else if (path == QLatin1String("/echo")) {
        QJsonObject args;
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            args.insert(item.first, item.second);
        QJsonObject answer{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                           {QStringLiteral("args"), args},
                           {QStringLiteral("body"), QString::fromUtf8(request.body)}};
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(request.body, &error);
        if (error.error == QJsonParseError::NoError)
            answer.insert(QStringLiteral("json"), json.isArray() ? QJsonValue(json.array()) : json.object());
        reply = jsonReply(200, answer);
    } else {
        reply = jsonReply(404,
                          QJsonObject{{QStringLiteral("error"),
                                       QStringLiteral("no such endpoint: %1 (GET / lists them)").arg(path)}});
    }
    reply.headers.append({QByteArrayLiteral("X-Demo-Connection"), QByteArray::number(request.connectionId)});
    return reply;
}

} // namespace awaitscope
