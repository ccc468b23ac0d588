#include "mainwindow/sessionmarker.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>

#include <csignal>

namespace awaitscope::SessionMarker {

namespace {

const QString Key = QStringLiteral("session/openBy");

// True while process `pid` still runs this same program.
bool stillRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
    if (::kill(pid_t(pid), 0) != 0)
        return false;
    const QString exe = QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid));
    return !exe.isEmpty() && exe == QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
}

} // namespace

bool previousEndedAbnormally(const QSettings &settings)
{
    const QVariant openBy = settings.value(Key);
    return openBy.isValid() && !stillRunning(openBy.toLongLong());
}

void markOpen(QSettings &settings)
{
    settings.setValue(Key, QCoreApplication::applicationPid());
    settings.sync();
}

void markClosed(QSettings &settings)
{
    if (settings.value(Key).toLongLong() == QCoreApplication::applicationPid())
        settings.remove(Key);
    settings.sync();
}

} // namespace awaitscope::SessionMarker
