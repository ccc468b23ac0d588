#pragma once

#include "python/runlimits.h"
#include "run/runservice.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace awaitscope {

// The user's settings that the runner needs, read from and written to QSettings ("limits/steps", ...).
class Settings
{
public:
    // The limits of Preferences ▸ Limits (the defaults of py::RunLimits when nothing is stored).
    static py::RunLimits limits();
    static py::RunLimits limits(const QSettings &store);
    // Saves the limits; false and a message when the settings cannot be written (read-only file, full disk).
    static bool setLimits(const py::RunLimits &limits, QString *error = nullptr);
    static bool setLimits(QSettings &store, const py::RunLimits &limits, QString *error = nullptr);
    // The request every run of the app starts from: the limits, the allowed hosts and the GUI's hint for
    // raising a limit. The one place where the preferences reach a run (read it on the GUI thread).
    static RunRequest runRequest();
    static RunRequest runRequest(const QSettings &store);
    // Hosts besides the demo server that programs may reach (Preferences ▸ Network; --allow-host on the CLI).
    static QStringList allowedHosts();
    static QStringList allowedHosts(const QSettings &store);
    static bool setAllowedHosts(QSettings &store, const QStringList &hosts, QString *error = nullptr);
    // "raise it in Preferences ▸ Limits": the GUI's hint in a limit's message.
    static QString limitHint(py::Limit limit);
    static QString key(py::Limit limit); // "limits/steps"
};

} // namespace awaitscope
