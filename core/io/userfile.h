#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace awaitscope {

// Reading and writing the files a user hands the app (programs, lessons, progress, traces, exports).
// Reads take only regular files under a size limit, so a link to /dev/zero, a FIFO or a device is refused
// with a message instead of hanging or filling memory. Writes replace the target atomically: a failure
// (full disk, no permission) leaves the old file as it was.

struct FileReadLimits
{
    static constexpr qint64 Program = 4 * 1024 * 1024;   // a .py program
    static constexpr qint64 Document = 16 * 1024 * 1024; // lesson.json, progress.json, settings
    static constexpr qint64 Trace = 512 * 1024 * 1024;   // a recorded trace
};

// The file's bytes, or nothing with `error` saying what is wrong and what to do.
std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *error);

// A program's text: a regular file under FileReadLimits::Program, read as UTF-8.
std::optional<QString> readProgramText(const QString &path, QString *error = nullptr);

// Writes `bytes` to `path` through a temporary file beside it and a rename. The folder must exist.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

// True when `a` and `b` name the same existing file (after links), so a run never writes over its program.
bool sameFile(const QString &a, const QString &b);

// Moves `path` aside as `path.bak` (or .bak2, ...) before the app replaces a file it could not read or that
// a newer version wrote. Returns the new path, or an empty string when that failed.
QString keepBackup(const QString &path);

} // namespace awaitscope
