#include "servecommand.h"

#include "demoendpoints.h"
#include "demoserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace awaitscope {

int runServeCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ServeCommand", "Runs the demo HTTP server on 127.0.0.1 until you press Ctrl+C."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("serve"),
                                 QCoreApplication::translate("ServeCommand", "The command."));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("ServeCommand", "Port to listen on (default: one the system picks)."),
        QStringLiteral("P"), QStringLiteral("0"));
    parser.addOption(portOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(
                QCoreApplication::translate(
                    "ServeCommand", "awaitscope serve: --port must be a number from 0 to 65535, got '%1'.")
                    .arg(parser.value(portOption))));
        return 2;
    }

    DemoServer server;
    if (!server.start(quint16(port))) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(
                         QCoreApplication::translate(
                             "ServeCommand",
                             "awaitscope serve: %1\nChoose another port with --port, or 0 for any free port.")
                             .arg(server.errorString())));
        return 1;
    }
    std::printf("%s\n", qUtf8Printable(QCoreApplication::translate(
                                           "ServeCommand", "Demo server listening on %1 (Ctrl+C stops it)")
                                           .arg(server.baseUrl().toString())));
    for (const QString &line : DemoEndpoints::endpointSummaries())
        std::printf("  %s\n", qPrintable(line));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace awaitscope
