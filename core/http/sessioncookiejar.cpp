#include "sessioncookiejar.h"

#include <QHostAddress>
#include <QNetworkCookie>

#include <algorithm>

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

namespace {

// Whether aiohttp keeps a Set-Cookie header at all: it loads each one into a SimpleCookie, which drops the
// whole header when the cookie's value is neither a quoted string nor made of its legal characters
// (http/cookies.py _LegalValueChars): "b=x y" is dropped, "b=x%20y" kept.
bool simpleCookieAccepts(const QByteArray &header)
{
    const qsizetype semicolon = header.indexOf(';');
    const QByteArray first = semicolon < 0 ? header : header.left(semicolon);
    const qsizetype eq = first.indexOf('=');
    if (eq < 0)
        return true; // no value: Qt's parser decides, as before
    const QString value = QString::fromUtf8(first.mid(eq + 1)).trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        return true;
    static const QString legal = QStringLiteral("!#%&'~_`><@,:/$*+-.^|)(?}{=[]");
    return std::all_of(value.cbegin(), value.cend(),
                       [](QChar c) { return c.isLetterOrNumber() || c == u'_' || legal.contains(c); });
}

} // namespace

void SessionCookieJar::storeFromSetCookieHeaders(const QList<QByteArray> &values, const QUrl &url)
{
    QList<QNetworkCookie> parsed;
    for (const QByteArray &value : values) {
        if (simpleCookieAccepts(value))
            parsed += QNetworkCookie::parseCookies(value);
    }
    if (!parsed.isEmpty())
        setCookiesFromUrl(parsed, url);
}

} // namespace awaitscope
