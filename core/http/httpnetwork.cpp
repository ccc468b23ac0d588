#include "httpnetwork.h"

namespace awaitscope {

std::optional<QUrl> HttpNetwork::resolve(const QUrl &written, HttpError *error) const
{
    const QString scheme = written.scheme().toLower();
    if (!written.isValid() || written.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        *error = {
            HttpError::Kind::InvalidUrl,
            QStringLiteral("%1 (write a full address such as http://demo/json)").arg(written.toString())};
        return std::nullopt;
    }
    const QString host = written.host().toLower();
    const QUrl demo = demoBaseUrl();
    if (host == QLatin1String("demo")) {
        QUrl target = written;
        target.setScheme(demo.scheme());
        target.setHost(demo.host());
        target.setPort(demo.port());
        return target;
    }
    const bool isDemoAddress = host == demo.host() && written.port(80) == demo.port(80);
    if (isDemoAddress || m_allowedHosts.contains(host))
        return written;
    *error = {HttpError::Kind::HostNotAllowed,
              QStringLiteral("Awaitscope lets programs reach only the demo server (http://demo/...), not %1. "
                             "To allow it, run with --allow-host %1 or add it under Settings.")
                  .arg(host)};
    return std::nullopt;
}

} // namespace awaitscope
