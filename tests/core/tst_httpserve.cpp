// `awaitscope serve`: starts the demo server on 127.0.0.1, says where, and serves until stopped; bad
// options get a clear message. The test runs itself as the command line (runCommandLine) with "serve".
#include "application/commandline.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <cstring>

using namespace awaitscope;

class TestHttpServe : public QObject
{
    Q_OBJECT
private slots:
    void servesUntilStopped();
    void badOptions_data();
    void badOptions();

private:
    static QStringList serveArguments(const QStringList &more)
    {
        return QStringList{QStringLiteral("serve")} + more;
    }
};

void TestHttpServe::servesUntilStopped()
{
    QProcess serve;
    serve.start(QCoreApplication::applicationFilePath(),
                serveArguments({QStringLiteral("--port"), QStringLiteral("0")}));
    QVERIFY(serve.waitForStarted());
    const auto stop = qScopeGuard([&] {
        if (serve.state() != QProcess::NotRunning) {
            serve.kill();
            serve.waitForFinished(5000);
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine(), 10000);
    const QString first = QString::fromUtf8(serve.readLine()).trimmed();
    const QRegularExpression pattern(
        QStringLiteral("^Demo server listening on http://127\\.0\\.0\\.1:(\\d+)/ "));
    const QRegularExpressionMatch match = pattern.match(first);
    QVERIFY2(match.hasMatch(), qPrintable(first));
    QByteArray rest;
    QTRY_VERIFY_WITH_TIMEOUT((rest += serve.readAll()).contains("/conn"), 5000); // the endpoint list follows

    QNetworkAccessManager manager;
    QUrl url(QStringLiteral("http://127.0.0.1/json"));
    url.setPort(match.captured(1).toInt());
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains("awaitscope demo"));
    reply->deleteLater();

    serve.terminate();
    QVERIFY(serve.waitForFinished(5000));
}

void TestHttpServe::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("port is not a number") << QStringList{u"--port"_qs, u"eighty"_qs} << 2
                                          << "--port must be a number from 0 to 65535, got 'eighty'";
    QTest::newRow("port too large") << QStringList{u"--port"_qs, u"70000"_qs} << 2 << "got '70000'";
    QTest::newRow("port taken") << QStringList{u"--port"_qs, u"TAKEN"_qs} << 1
                                << "Choose another port with --port";
}

void TestHttpServe::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    arguments.replaceInStrings(u"TAKEN"_qs, QString::number(taken.serverPort()));
    QProcess serve;
    serve.start(QCoreApplication::applicationFilePath(), serveArguments(arguments));
    QVERIFY(serve.waitForFinished(10000));
    QCOMPARE(serve.exitCode(), exitCode);
    const QString error = QString::fromUtf8(serve.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
}

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "serve") == 0)
        return runCommandLine(argc, argv);
    QCoreApplication app(argc, argv);
    TestHttpServe test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_httpserve.moc"
