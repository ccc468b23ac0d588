#include "application/cpythonrecorder.h"

#include "application/datalocation.h"
#include "io/userfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace awaitscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Record", text);
}

// The recorder's own exit status when the Python is too old (it checks itself too).
constexpr int kTooOldStatus = 4;

} // namespace

QString recorderScriptPath()
{
    return dataDirectory() + QStringLiteral("/recorder/awaitscope_recorder.py");
}

QString findPython(const QString &requested, QString *version, QString *error)
{
    QString python = requested;
    if (python.isEmpty()) {
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty()) {
            *error = tr("no python3 found on PATH. Install Python 3.11 or newer, or name one with "
                        "--python PATH.");
            return {};
        }
    } else if (!QFileInfo(python).isExecutable()) {
        const QString found = QStandardPaths::findExecutable(python);
        if (found.isEmpty()) {
            *error = tr("--python %1 is not an executable program. Name a Python 3.11 or newer.").arg(python);
            return {};
        }
        python = found;
    }
    // Asked in a way even an old Python answers, so that the message can say which version it is.
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import sys; print('%d.%d.%d' % tuple(sys.version_info[:3]))")});
    if (!probe.waitForFinished(20000) || probe.exitStatus() != QProcess::NormalExit ||
        probe.exitCode() != 0) {
        probe.kill();
        probe.waitForFinished(1000);
        *error = tr("%1 did not answer as a Python interpreter (%2). Name a Python 3.11 or newer with "
                    "--python PATH.")
                     .arg(python, probe.errorString());
        return {};
    }
    const QString answer = QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
    const QStringList parts = answer.split(u'.');
    const int major = parts.value(0).toInt();
    const int minor = parts.value(1).toInt();
    if (major < 3 || (major == 3 && minor < 11)) {
        *error = tr("%1 is Python %2; recording needs Python 3.11 or newer. Install one, or name it with "
                    "--python PATH.")
                     .arg(python, answer);
        return {};
    }
    if (version)
        *version = answer;
    return python;
}

RecordResult recordWithCPython(const RecordRequest &request)
{
    RecordResult result;
    const QFileInfo program(request.program);
    if (!program.isFile()) {
        result.error = tr("%1 is not a file.").arg(request.program);
        return result;
    }
    const QString script = request.recorderScript.isEmpty() ? recorderScriptPath() : request.recorderScript;
    if (!QFileInfo(script).isFile()) {
        result.error = tr("the recorder module is missing: %1 is not a file (reinstall, or set "
                          "AWAITSCOPE_DATA_DIR to the folder that holds recorder/).")
                           .arg(script);
        return result;
    }
    QString version;
    const QString python = findPython(request.python, &version, &result.error);
    if (python.isEmpty())
        return result;
    result.pythonUsed = QStringLiteral("%1 (Python %2)").arg(python, version);

    QTemporaryDir dir;
    if (!dir.isValid()) {
        result.error = tr("could not make a temporary folder: %1").arg(dir.errorString());
        return result;
    }
    const QString out = dir.filePath(QStringLiteral("trace.json"));
    QProcess child;
    child.setProcessChannelMode(request.forwardOutput ? QProcess::ForwardedChannels
                                                      : QProcess::SeparateChannels);
    // The program runs from its own folder, as `python3 PROG.py` would from there.
    child.setWorkingDirectory(program.absolutePath());
    // By its name, as `python3 PROG.py` from its folder: reprs and tracebacks name it as the interpreter
    // does.
    QStringList args{QStringLiteral("-X"), QStringLiteral("utf8"), script};
    if (request.realClock)
        args << QStringLiteral("--clock") << QStringLiteral("real");
    args << QStringLiteral("--out") << out << program.fileName();
    args += request.arguments;
    child.start(python, args);
    if (!child.waitForStarted(20000)) {
        result.error = tr("could not start %1: %2").arg(python, child.errorString());
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    bool finished = false;
    while (!(finished = child.waitForFinished(100)) && child.state() != QProcess::NotRunning) {
        if (request.cancel && request.cancel->load()) {
            child.kill();
            child.waitForFinished(5000);
            result.error = tr("the recording of %1 was stopped.").arg(program.fileName());
            return result;
        }
        if (clock.elapsed() >= request.timeoutMs)
            break;
    }
    if (!finished && child.state() != QProcess::NotRunning) {
        child.kill();
        child.waitForFinished(5000);
        result.error =
            tr("%1 was still running after %2 s and was stopped (--timeout gives it longer). A program "
               "that never ends (a server, an endless loop) cannot be recorded yet.")
                .arg(program.fileName())
                .arg(request.timeoutMs / 1000.0);
        return result;
    }
    if (child.exitStatus() != QProcess::NormalExit) {
        result.error = tr("the recorder crashed while running %1 under %2.").arg(program.fileName(), python);
        return result;
    }
    if (child.exitCode() == kTooOldStatus && !QFileInfo::exists(out)) {
        result.error = tr("%1 is too old for the recorder; it needs Python 3.11 or newer.").arg(python);
        return result;
    }
    QString error;
    const std::optional<QByteArray> bytes = readRegularFile(out, FileReadLimits::Trace, &error);
    if (!bytes) {
        result.error =
            tr("the recorder wrote no trace (exit status %1): %2").arg(child.exitCode()).arg(error);
        return result;
    }
    if (!result.trace.fromJson(*bytes, &error)) {
        result.error = tr("the recorder wrote a trace this build cannot read: %1").arg(error);
        return result;
    }
    result.recorded = true;
    return result;
}

} // namespace awaitscope
