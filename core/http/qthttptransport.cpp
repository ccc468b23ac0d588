#include "qthttptransport.h"

#include "sessioncookiejar.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace awaitscope {

namespace {

constexpr qint64 kReadBufferBytes = 256 * 1024;

// aiohttp's wording, so a program prints the same under Awaitscope and under CPython.
HttpError errorFor(QNetworkReply *reply, const QUrl &url)
{
    const QString host = url.host();
    const int port = url.port(80);
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return {HttpError::Kind::ConnectorError,
                QStringLiteral("Cannot connect to host %1:%2 ssl:default [Connect call failed ('%1', %2)]")
                    .arg(host)
                    .arg(port)};
    case QNetworkReply::HostNotFoundError:
        return {HttpError::Kind::ConnectorError,
                QStringLiteral("Cannot connect to host %1:%2 ssl:default [Name or service not known]")
                    .arg(host)
                    .arg(port)};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return {HttpError::Kind::ConnectorError,
                QStringLiteral("Cannot connect to host %1:%2 ssl:default [%3]")
                    .arg(host)
                    .arg(port)
                    .arg(reply->errorString())};
    case QNetworkReply::RemoteHostClosedError:
        return {HttpError::Kind::ServerDisconnected, QStringLiteral("Server disconnected")};
    default:
        return {HttpError::Kind::Other, reply->errorString()};
    }
}

} // namespace

QtHttpTransport::QtHttpTransport(QObject *parent)
    : QObject(parent)
{
}

QtHttpTransport::~QtHttpTransport()
{
    const auto handles = m_replies.keys();
    for (quint64 handle : handles)
        abort(handle);
    // The managers are children and go with this object; their replies are their children.
}

QNetworkAccessManager *QtHttpTransport::manager(int lane)
{
    while (int(m_managers.size()) <= lane) {
        auto *manager = new QNetworkAccessManager(this);
        manager->setCookieJar(new SessionCookieJar(SessionCookieJar::Mode::Dummy, false, manager));
        // Qt must not follow redirects itself: the session follows them so that every hop is checked
        // against the allowed hosts, and the history, cookies and status are aiohttp's.
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers.push_back(manager);
    }
    return m_managers.at(lane);
}

quint64 QtHttpTransport::start(const TransportRequest &request, Events events)
{
    const quint64 handle = ++m_nextHandle;
    QNetworkRequest qrequest(request.url);
    qrequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    qrequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qrequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    qrequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    qrequest.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("awaitscope"));
    for (const auto &header : request.headers)
        qrequest.setRawHeader(header.first, header.second);
    if (!request.body.isEmpty() && !qrequest.hasRawHeader(QByteArrayLiteral("Content-Type")))
        qrequest.setRawHeader(QByteArrayLiteral("Content-Type"),
                              QByteArrayLiteral("application/octet-stream"));

    QNetworkAccessManager *lane = manager(request.lane);
    QNetworkReply *reply = request.body.isEmpty() && request.method == "GET"
                               ? lane->get(qrequest)
                               : lane->sendCustomRequest(qrequest, request.method, request.body);
    m_replies.insert(handle, reply);
    // Back-pressure: Qt's HTTP thread reads no further ahead than this, so a server that streams
    // for ever cannot flood this thread with queued data faster than it is taken (which starved the
    // loop's timers and grew memory without bound).
    reply->setReadBufferSize(kReadBufferBytes);

    // Each handler calls into the session last: the session may abort this reply from there.
    const QUrl url = request.url;
    auto shared = std::make_shared<Events>(std::move(events));
    auto headersSeen = std::make_shared<bool>(false);
    auto deliverHeaders = [reply, shared, headersSeen] {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (*headersSeen || !status.isValid())
            return;
        *headersSeen = true;
        QList<QPair<QByteArray, QByteArray>> headers;
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &pair : pairs) {
            // Qt joins repeated headers with newlines (Set-Cookie); split them back.
            const QList<QByteArray> values = pair.second.split('\n');
            for (const QByteArray &value : values)
                headers.append({pair.first, value});
        }
        shared->headers(status.toInt(),
                        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(), headers);
    };
    connect(reply, &QNetworkReply::requestSent, this, [shared] { shared->sent(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, deliverHeaders);
    connect(reply, &QIODevice::readyRead, this, [this, reply, shared, handle, deliverHeaders] {
        deliverHeaders();
        if (m_replies.value(handle) == reply)
            shared->data(reply->readAll());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, shared, handle, url, deliverHeaders] {
        if (m_replies.value(handle) != reply)
            return;
        // 4xx and 5xx replies carry Qt "content" and "server" errors but are answers, not failures.
        // Qt reports 400, 416 and 418 as ProtocolInvalidOperationError.
        const int code = int(reply->error());
        const bool httpAnswer = code == 0 || (code > 200 && code < 300) || (code > 400 && code < 500) ||
                                code == QNetworkReply::ProtocolInvalidOperationError;
        if (httpAnswer && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
            deliverHeaders();
            if (m_replies.value(handle) != reply)
                return;
            const QByteArray rest = reply->readAll();
            if (!rest.isEmpty())
                shared->data(rest);
            if (m_replies.value(handle) != reply)
                return;
            finishReply(handle);
            shared->finished();
            return;
        }
        const HttpError error = errorFor(reply, url);
        finishReply(handle);
        shared->failed(error);
    });
    return handle;
}

void QtHttpTransport::finishReply(quint64 handle)
{
    if (QNetworkReply *reply = m_replies.take(handle)) {
        disconnect(reply, nullptr, this, nullptr);
        reply->deleteLater(); // we may be inside one of its signals
    }
}

void QtHttpTransport::abort(quint64 handle)
{
    if (QNetworkReply *reply = m_replies.take(handle)) {
        disconnect(reply, nullptr, this, nullptr);
        // abort() sets the reply's error (OperationCanceledError). Qt 6.4 then prints "QNetworkReply
        // ImplPrivate::error: Internal problem, this method must only be called once." on stderr, into
        // the program's output, when an error from its HTTP thread is still queued for the reply (an
        // error status such as 500, or a closed connection). So a reply that has its error already is
        // not aborted (its transfer is over), and what the thread queued before the abort is dropped;
        // what it queues later is dropped with the reply.
        if (reply->error() == QNetworkReply::NoError) {
            reply->abort();
            QCoreApplication::removePostedEvents(reply, QEvent::MetaCall);
        }
        reply->deleteLater();
    }
}

} // namespace awaitscope
