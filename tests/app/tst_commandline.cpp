// The command line answers --help and --version without a display.
#include <QProcess>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void helpAndVersion_data();
    void helpAndVersion();
};

void TestCommandLine::helpAndVersion_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("expected");
    QTest::newRow("version") << QStringLiteral("--version")
                             << QStringLiteral("awaitscope " AWAITSCOPE_VERSION);
    QTest::newRow("help") << QStringLiteral("--help") << QStringLiteral("Usage:");
}

void TestCommandLine::helpAndVersion()
{
    QFETCH(QString, flag);
    QFETCH(QString, expected);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AWAITSCOPE_BINARY), {flag});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(QString::fromUtf8(p.readAllStandardOutput()).contains(expected), qPrintable(expected));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
