#include "settings.h"

#include "http/allowedhost.h"
#include "i18n/languagemanager.h"

#include <QCoreApplication>
#include <QSettings>

namespace awaitscope {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Settings", text);
}
} // namespace

QString Settings::key(py::Limit limit)
{
    switch (limit) {
    case py::Limit::Recursion:
        return QStringLiteral("limits/recursion");
    case py::Limit::Steps:
        return QStringLiteral("limits/steps");
    case py::Limit::Memory:
        // Megabytes. (limits/objects, which counted objects, is left alone and no longer read.)
        return QStringLiteral("limits/memoryMB");
    case py::Limit::Tasks:
        return QStringLiteral("limits/tasks");
    case py::Limit::Output:
        return QStringLiteral("limits/output");
    case py::Limit::Trace:
        return QStringLiteral("limits/traceEvents");
    }
    return {};
}

py::RunLimits Settings::limits()
{
    const QSettings store;
    return limits(store);
}

py::RunLimits Settings::limits(const QSettings &store)
{
    py::RunLimits result;
    for (const py::Limit limit : py::allLimits()) {
        bool ok = false;
        const qint64 value = store.value(key(limit)).toLongLong(&ok);
        // A hand-edited or damaged value falls back to the default instead of disabling the limit.
        if (ok && value > 0)
            result.set(limit, value);
    }
    return result;
}

bool Settings::setLimits(const py::RunLimits &limits, QString *error)
{
    QSettings store;
    return setLimits(store, limits, error);
}

bool Settings::setLimits(QSettings &store, const py::RunLimits &limits, QString *error)
{
    for (const py::Limit limit : py::allLimits())
        store.setValue(key(limit), qint64(limits.value(limit)));
    store.sync();
    if (store.status() == QSettings::NoError)
        return true;
    if (error)
        *error = tr("The limits could not be saved to %1 (%2). Check that this folder can be written.")
                     .arg(store.fileName(), store.status() == QSettings::AccessError
                                                ? tr("no permission to write there")
                                                : tr("the file is damaged"));
    return false;
}

RunRequest Settings::runRequest()
{
    const QSettings store;
    return runRequest(store);
}

RunRequest Settings::runRequest(const QSettings &store)
{
    RunRequest request;
    request.limits = limits(store);
    request.allowedHosts = allowedHosts(store);
    request.limitHint = &Settings::limitHint;
    request.translationFile = LanguageManager::instance()->translationFile();
    return request;
}

QStringList Settings::allowedHosts()
{
    const QSettings store;
    return allowedHosts(store);
}

QStringList Settings::allowedHosts(const QSettings &store)
{
    QStringList hosts;
    for (const QString &h : store.value(QStringLiteral("network/allowedHosts")).toStringList()) {
        const QString host = h.trimmed().toLower();
        // A hand-edited entry that is not a host ("*", a URL) allows nothing.
        if (allowedHostProblem(host).isEmpty() && !hosts.contains(host))
            hosts.append(host);
    }
    return hosts;
}

bool Settings::setAllowedHosts(QSettings &store, const QStringList &hosts, QString *error)
{
    store.setValue(QStringLiteral("network/allowedHosts"), hosts);
    store.sync();
    if (store.status() == QSettings::NoError)
        return true;
    if (error)
        *error = tr("The allowed hosts could not be saved to %1. Check that this folder can be written.")
                     .arg(store.fileName());
    return false;
}

QString Settings::limitHint(py::Limit limit)
{
    Q_UNUSED(limit);
    return tr("raise it in Preferences ▸ Limits");
}

} // namespace awaitscope
