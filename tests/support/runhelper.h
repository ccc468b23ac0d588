#pragma once

// The one way tests run a Python program: through the run service, like the app and the command line.
#include "io/userfile.h"
#include "run/runservice.h"

#include <QFileInfo>
#include <QString>

namespace testing {

inline awaitscope::RunResult runSource(const QString &source, const QString &name = QStringLiteral("main.py"),
                                       const awaitscope::py::RunLimits &limits = {})
{
    awaitscope::RunRequest request;
    request.source = source;
    request.displayName = name;
    request.limits = limits;
    return awaitscope::runProgram(request);
}

// Runs a program file; an unreadable file gives a result with the NotRun error.
inline awaitscope::RunResult runFile(const QString &path, const awaitscope::py::RunLimits &limits = {})
{
    QString error;
    const auto bytes = awaitscope::readRegularFile(path, awaitscope::FileReadLimits::Program, &error);
    if (!bytes) {
        awaitscope::RunResult result;
        result.exitStatus = 2;
        result.error.kind = awaitscope::RunError::Kind::NotRun;
        result.error.message = error;
        return result;
    }
    return runSource(QString::fromUtf8(*bytes), QFileInfo(path).fileName(), limits);
}

} // namespace testing
