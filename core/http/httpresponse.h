#pragma once

#include "httperror.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>
#include <vector>

namespace awaitscope {

// What a ClientResponse shows: status and headers once they arrive, the body once it is complete.
struct HttpResponse
{
    int requestId = 0;
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray method; // of the request that got this answer (a 303 turns it into GET)
    QUrl url;          // as the program wrote it (with params), or the redirect target that answered
    QByteArray body;
    bool complete = false;             // the whole body has arrived
    std::vector<HttpResponse> history; // resp.history: the redirect responses before this one, oldest first

    // Case-insensitive; several headers of one name are joined with ", ".
    QByteArray header(const QByteArray &name) const
    {
        QByteArray joined;
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (!joined.isEmpty())
                joined += ", ";
            joined += h.second;
        }
        return joined;
    }
    bool ok() const { return status < 400; }

    // resp.raise_for_status(): a ClientResponseError for 4xx and 5xx, worded as aiohttp words it.
    std::optional<HttpError> raiseForStatus() const
    {
        if (ok())
            return std::nullopt;
        return HttpError{HttpError::Kind::ResponseError,
                         QStringLiteral("%1, message='%2', url=URL('%3')")
                             .arg(status)
                             .arg(QString::fromLatin1(reason), url.toString())};
    }
};

} // namespace awaitscope
