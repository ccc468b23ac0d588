#include "application/datalocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace awaitscope {

QString dataDirectory()
{
    const QString chosen = qEnvironmentVariable("AWAITSCOPE_DATA_DIR");
    if (!chosen.isEmpty())
        return QDir::cleanPath(QFileInfo(chosen).absoluteFilePath());
    // applicationDirPath() resolves the executable's real place (/proc/self/exe), so a symbolic link to
    // the binary in another bin folder still finds the data.
    QString binDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (binDir.isEmpty())
        binDir = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    return QDir::cleanPath(binDir + QStringLiteral("/../share/awaitscope"));
}

QString lessonsDirectory()
{
    return dataDirectory() + QStringLiteral("/lessons");
}

QString translationsDirectory()
{
    return dataDirectory() + QStringLiteral("/translations");
}

} // namespace awaitscope
