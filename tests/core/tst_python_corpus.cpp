// Runs every program of tests/scripts through the interpreter and compares with the expected files
// (produced by CPython 3.11 on a virtual clock for the top level; see tests/scripts/README.md).
#include "python/pythonrunner.h"
#include "run/programmodules.h"
#include "runhelper.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace awaitscope::py;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// CPython 3.11 underlines the failing expression with ^ and ~ lines; Awaitscope does not.
QString withoutMarkerLines(const QString &text)
{
    // (inside an exception group's box, behind its "| " margins)
    static const QRegularExpression marker(QStringLiteral("^[\\s|]*[\\^~]+\\s*$"));
    QStringList kept;
    const QStringList lines = text.split(u'\n');
    for (const QString &l : lines)
        if (!marker.match(l).hasMatch() || l.trimmed().isEmpty())
            kept << l;
    return kept.join(u'\n');
}

// Like `awaitscope run FILE`: the file's name in tracebacks, the output as it comes.
int runSource(const QString &path, RunOptions options)
{
    options.displayName = QFileInfo(path).fileName();
    options.findModule = awaitscope::programModuleFinder({QFileInfo(path).absolutePath()});
    const QString source = readText(path);
    return testing::onLargeStack([&source, &options] { return runPythonSource(source, options); });
}

} // namespace

class TestPythonCorpus : public QObject
{
    Q_OBJECT

private slots:
    void program_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("smallLimits");
        const QDir root(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/tests/scripts"));
        int count = 0;
        for (const QString &folder : {QString(), QStringLiteral("unsupported"), QStringLiteral("limits")}) {
            const QDir dir(root.filePath(folder));
            const QStringList programs = dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
            for (const QString &p : programs) {
                const QString name = folder.isEmpty() ? p : folder + u'/' + p;
                QTest::newRow(qPrintable(name)) << dir.filePath(p) << (folder == u"limits");
                ++count;
            }
        }
        QVERIFY2(count >= 30, "the corpus is missing");
    }

    void program()
    {
        QFETCH(QString, path);
        QFETCH(bool, smallLimits);
        const QString base = path.chopped(3);
        QString out, err;
        RunOptions o;
        o.out = [&out](const QString &s) { out += s; };
        o.err = [&err](const QString &s) { err += s; };
        if (smallLimits) {
            o.limits.maxSteps = 100000;
            o.limits.maxOutput = 10000;
            o.limits.maxMemoryMB = 16;
        }
        const int status = runSource(path, o);
        const QString statusText = readText(base + QStringLiteral(".status")).trimmed();
        const int expectedStatus = statusText.isEmpty() ? 0 : statusText.toInt();
        QCOMPARE(out, readText(base + QStringLiteral(".out")));
        QCOMPARE(withoutMarkerLines(err), withoutMarkerLines(readText(base + QStringLiteral(".err"))));
        QCOMPARE(status, expectedStatus);
    }
};

QTEST_GUILESS_MAIN(TestPythonCorpus)
#include "tst_python_corpus.moc"
