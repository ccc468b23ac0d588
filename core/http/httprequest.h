#pragma once

#include "clienttimeout.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace awaitscope {

// One call of session.get/post/request(...), as the program wrote it.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;                                     // http://demo/... goes to the demo server
    QList<QPair<QString, QString>> params;        // params=: appended to the query
    QList<QPair<QByteArray, QByteArray>> headers; // headers=
    QByteArray body;                              // data= or json= (already serialised)
    std::optional<ClientTimeout> timeout;         // timeout=: replaces the session's for this request
    int task = -1;                                // the runtime task that made the request, for the trace
    bool allowRedirects = true;                   // allow_redirects=: follow 301/302/303/307/308
    int maxRedirects = 10; // max_redirects=: the redirect that reaches it fails (0: none)
};

} // namespace awaitscope
