#include "sessioncookiejar.h"

#include <QHostAddress>
#include <QNetworkCookie>

namespace awaitscope {

SessionCookieJar::SessionCookieJar(Mode mode, bool unsafe, QObject *parent)
    : QNetworkCookieJar(parent)
    , m_mode(mode)
    , m_unsafe(unsafe)
{
}

QList<QNetworkCookie> SessionCookieJar::cookiesForUrl(const QUrl &url) const
{
    if (m_mode == Mode::Dummy)
        return {};
    return QNetworkCookieJar::cookiesForUrl(url);
}

bool SessionCookieJar::setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url)
{
    if (m_mode == Mode::Dummy)
        return false;
    if (!m_unsafe && !QHostAddress(url.host()).isNull())
        return false;
    return QNetworkCookieJar::setCookiesFromUrl(cookieList, url);
}

QByteArray SessionCookieJar::cookieHeaderFor(const QUrl &url) const
{
    QByteArray header;
    const QList<QNetworkCookie> list = cookiesForUrl(url);
    for (const QNetworkCookie &cookie : list) {
        if (!header.isEmpty())
            header += "; ";
        header += cookie.toRawForm(QNetworkCookie::NameAndValueOnly);
    }
    return header;
}

void SessionCookieJar::storeFromSetCookieHeaders(const QList<QByteArray> &values, const QUrl &url)
{
    QList<QNetworkCookie> parsed;
    for (const QByteArray &value : values)
        parsed += QNetworkCookie::parseCookies(value);
    if (!parsed.isEmpty())
        setCookiesFromUrl(parsed, url);
}

} // namespace awaitscope
