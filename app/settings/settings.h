#pragma once

#include "python/pythonrunner.h"
#include "python/runlimits.h"

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
    // Puts the limits and the GUI's hint into the options of a run (call it where the GUI runs a program).
    static void applyTo(py::RunOptions &options);
    static void applyTo(py::RunOptions &options, const py::RunLimits &limits);
    static void applyTo(py::RunOptions &options, const py::RunLimits &limits, const QStringList &hosts);
    // Hosts besides the demo server that programs may reach (Preferences ▸ Network; --allow-host on the CLI).
    static QStringList allowedHosts();
    static QStringList allowedHosts(const QSettings &store);
    static bool setAllowedHosts(QSettings &store, const QStringList &hosts, QString *error = nullptr);
    // "raise it in Preferences ▸ Limits": the GUI's hint in a limit's message.
    static QString limitHint(py::Limit limit);
    static QString key(py::Limit limit); // "limits/steps"
};

} // namespace awaitscope
