#pragma once

#include <QNetworkCookie>
#include <QNetworkCookieJar>

namespace awaitscope {

// A ClientSession's own cookie jar, like aiohttp's: cookies live as long as the session and are
// never shared with another session. Mode::Dummy is aiohttp.DummyCookieJar (keeps nothing).
// As in aiohttp's CookieJar(unsafe=False), cookies from a host written as an IP address are
// ignored unless `unsafe` is set; http://demo/ is a name, so lesson cookies are kept.
class SessionCookieJar : public QNetworkCookieJar
{
    Q_OBJECT
public:
    enum class Mode { Keep, Dummy };
    explicit SessionCookieJar(Mode mode = Mode::Keep, bool unsafe = false, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    bool isUnsafe() const { return m_unsafe; }

    // Every cookie held, for len(session.cookie_jar) and iteration.
    QList<QNetworkCookie> cookies() const { return allCookies(); }
    // The Cookie: header value to send to `url`, empty if none.
    QByteArray cookieHeaderFor(const QUrl &url) const;
    // Stores the cookies of the Set-Cookie: header values received from `url`.
    void storeFromSetCookieHeaders(const QList<QByteArray> &values, const QUrl &url);

    QList<QNetworkCookie> cookiesForUrl(const QUrl &url) const override;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url) override;

private:
    Mode m_mode;
    bool m_unsafe;
};

} // namespace awaitscope
