// Each lesson program written in C++ with the core API prints exactly what its Python twin prints
// under CPython 3.11 on the virtual clock (the committed <stem>.out).
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

class TestLessonPrograms : public QObject
{
    Q_OBJECT
private slots:
    void sameOutputAsPython_data();
    void sameOutputAsPython();
};

void TestLessonPrograms::sameOutputAsPython_data()
{
    QTest::addColumn<QString>("source");
    const QDir lessons(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons"));
    int count = 0;
    for (const QString &id : lessons.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(lessons.filePath(id));
        for (const QString &cpp : dir.entryList({QStringLiteral("*.cpp")}, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(id + u'/' + cpp)) << dir.filePath(cpp);
            ++count;
        }
    }
    QVERIFY(count > 0);
}

void TestLessonPrograms::sameOutputAsPython()
{
    QFETCH(QString, source);
    const QFileInfo info(source);
    const QString stem = info.completeBaseName();
    const QString program = QDir(QCoreApplication::applicationDirPath())
                                .filePath(QStringLiteral("lesson-%1-%2").arg(info.dir().dirName(), stem));
    QVERIFY2(QFileInfo::exists(program), qPrintable(program + QStringLiteral(" is not built")));
    QFile expected(info.dir().filePath(stem + QStringLiteral(".out")));
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expected.fileName()));
    QProcess p;
    p.start(program, {});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(err));
    const QStringList actual = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n');
    const QStringList wanted = QString::fromUtf8(expected.readAll()).split(u'\n');
    QCOMPARE(actual, wanted);
}

QTEST_GUILESS_MAIN(TestLessonPrograms)
#include "tst_lessonprograms.moc"
