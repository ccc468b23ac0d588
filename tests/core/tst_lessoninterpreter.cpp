// Every lesson program, run by the interpreter on the virtual clock, prints exactly what CPython 3.11
// printed for it (the .out files beside the programs were produced by tests/tools/virtual_clock.py).
// Programs that use aiohttp are checked in tst_aiohttpmodule instead: the virtual-clock CPython cannot run
// aiohttp, so their expected output was compared with CPython and aiohttp against `awaitscope serve`.
#include "python/pythonrunner.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestLessonInterpreter : public QObject
{
    Q_OBJECT
private slots:
    void matchesCPython_data();
    void matchesCPython();
};

void TestLessonInterpreter::matchesCPython_data()
{
    QTest::addColumn<QString>("program");
    QDir root(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons"));
    int rows = 0;
    for (const QString &lesson : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QDir dir(root.filePath(lesson));
        for (const QString &py : dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(py));
            QVERIFY(f.open(QIODevice::ReadOnly));
            if (f.readAll().contains("import aiohttp"))
                continue;
            QTest::newRow(qPrintable(lesson + QLatin1Char('/') + py)) << dir.filePath(py);
            ++rows;
        }
    }
    QVERIFY2(rows >= 15, "the lesson programs were not found");
}

void TestLessonInterpreter::matchesCPython()
{
    QFETCH(QString, program);
    QFile source(program);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QString out, err;
    awaitscope::py::RunOptions options;
    options.displayName = QFileInfo(program).fileName();
    options.out = [&](const QString &s) { out += s; };
    options.err = [&](const QString &s) { err += s; };
    const int status = awaitscope::py::runPythonSource(QString::fromUtf8(source.readAll()), options);
    QFile expected(program.chopped(3) + QStringLiteral(".out"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    QCOMPARE(out, QString::fromUtf8(expected.readAll()));
    QCOMPARE(status, 0);
    QCOMPARE(err, QString());
}

QTEST_GUILESS_MAIN(TestLessonInterpreter)
#include "tst_lessoninterpreter.moc"
