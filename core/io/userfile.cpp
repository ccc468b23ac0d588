#include "io/userfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace awaitscope {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("UserFile", text);
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MB").arg(bytes / (1024 * 1024));
    return QStringLiteral("%1 KB").arg(std::max<qint64>(1, bytes / 1024));
}
} // namespace

std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("%1: no such file").arg(path));
    if (info.isDir())
        return fail(tr("%1 is a folder, not a file").arg(path));
    // QFileInfo follows links: a link to a device, a FIFO or a socket is not a regular file.
    if (!info.isFile())
        return fail(
            tr("%1 is not a regular file (a device, a pipe or a socket); give a normal file").arg(path));
    if (info.size() > maxBytes)
        return fail(tr("%1 is too large (%2; at most %3 are read)")
                        .arg(path, sizeText(info.size()), sizeText(maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot read: %2").arg(path, file.errorString()));
    // The file may have been swapped or grown since the check: never read more than the limit.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return fail(tr("%1 is too large (at most %2 are read)").arg(path, sizeText(maxBytes)));
    if (file.error() != QFileDevice::NoError)
        return fail(tr("%1: cannot read: %2").arg(path, file.errorString()));
    return bytes;
}

std::optional<QString> readProgramText(const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes = readRegularFile(path, FileReadLimits::Program, error);
    if (!bytes)
        return std::nullopt;
    return QString::fromUtf8(*bytes);
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isSymLink()) {
        if (error)
            *error = tr("%1 is not a regular file; choose another name").arg(path);
        return false;
    }
    QSaveFile file(path);
    // Unbuffered: a short write (a full disk) must show in write(); Qt 6.4's buffered flush ignores it and
    // commit() would then replace the old file with half a new one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error =
                tr("Cannot write %1: %2. Choose a folder you can write to.").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2")
                         .arg(path, file.error() == QFileDevice::NoError || file.errorString().isEmpty()
                                        ? tr("the disk is full or the file is too large")
                                        : file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo ia(a), ib(b);
    if (!ia.exists() || !ib.exists())
        return false;
    return ia.canonicalFilePath() == ib.canonicalFilePath();
}

QString keepBackup(const QString &path)
{
    QString target = path + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(target) && n < 1000; ++n)
        target = path + QStringLiteral(".bak%1").arg(n);
    // Moved, not copied: the file may be a link to a device that a copy would read forever.
    if (QFileInfo::exists(target) || !QFile::rename(path, target))
        return {};
    return target;
}

} // namespace awaitscope
