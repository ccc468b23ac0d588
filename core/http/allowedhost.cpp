#include "http/allowedhost.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace awaitscope {

QString allowedHostProblem(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty())
        return QCoreApplication::translate("AllowedHost", "an empty host name");
    if (h.contains(QLatin1Char('*')) || h.contains(QLatin1Char('?')))
        return QCoreApplication::translate(
                   "AllowedHost",
                   "'%1' is a wildcard: name each host the program may reach (wildcards are refused, so a "
                   "program can never reach the whole network)")
            .arg(h);
    if (h.contains(QStringLiteral("://")) || h.contains(QLatin1Char('/')))
        return QCoreApplication::translate("AllowedHost", "'%1' is not a host name: give only the host, as "
                                                          "in example.org, without http:// or a path")
            .arg(h);
    QHostAddress address;
    if (address.setAddress(h) || (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')) &&
                                  address.setAddress(h.mid(1, h.size() - 2))))
        return {};
    static const QRegularExpression name(
        QStringLiteral(
            R"(^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (h.contains(QLatin1Char(':')))
        return QCoreApplication::translate(
                   "AllowedHost", "'%1' is not a host name: give the host without a port, as in example.org")
            .arg(h);
    if (!name.match(h).hasMatch())
        return QCoreApplication::translate(
                   "AllowedHost",
                   "'%1' is not a host name: use letters, digits, dashes and dots, as in api.example.org")
            .arg(h);
    return {};
}

} // namespace awaitscope
