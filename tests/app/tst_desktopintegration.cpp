// What a desktop reads from the files the build puts in build/share (and the package installs): the icon at
// every size, a desktop entry that names that icon and the app's own file types, AppStream metadata that
// names the entry and the screenshots the build drew, and MIME types that recognise a trace written by
// `awaitscope run --trace` and a lesson's lesson.json.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

const QString kAppId = QStringLiteral("org.awaitscope.Awaitscope");
// Set in the environment of this executable when it only names MIME types (see main()).
const char kChildVariable[] = "AWAITSCOPE_TEST_MIME_CHILD";

QString build(const QString &relative)
{
    return QDir::cleanPath(QFileInfo(QStringLiteral(AWAITSCOPE_BINARY)).absolutePath() +
                           QStringLiteral("/../") + relative);
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The value of `key` in the [Desktop Entry] group (no locale).
QString desktopValue(const QString &text, const QString &key)
{
    const QRegularExpression line(QStringLiteral("^%1=(.*)$").arg(QRegularExpression::escape(key)),
                                  QRegularExpression::MultilineOption);
    return line.match(text).captured(1);
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT
private slots:
    void iconAtEverySize_data();
    void iconAtEverySize();
    void smallIconShowsTheTasksAndTheCursor();
    void desktopEntryNamesWhatIsThere();
    void metainfoNamesTheEntryAndTheScreenshots();
    void initTestCase();
    void qtRecognisesTracesAndLessons();
    void gioRecognisesTracesByContent();

private:
    QTemporaryDir m_dir;
    QString m_data;  // a data folder holding our MIME types, compiled by update-mime-database
    QString m_trace; // a trace written by `awaitscope run --trace`, as run.json
    QString m_program;
    QString m_skipReason; // why the MIME database could not be made here
};

void TestDesktopIntegration::iconAtEverySize_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QTest::newRow(qPrintable(QString::number(size))) << size;
}

void TestDesktopIntegration::iconAtEverySize()
{
    QFETCH(int, size);
    const QString path = build(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId));
    const QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    // Drawn, not empty: most of it is covered.
    int opaque = 0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x)
            opaque += qAlpha(image.pixel(x, y)) > 200;
    }
    QVERIFY2(opaque > size * size * 2 / 3, qPrintable(QString::number(opaque)));
    QVERIFY(QFileInfo::exists(build(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId))));
}

void TestDesktopIntegration::smallIconShowsTheTasksAndTheCursor()
{
    // At 16 pixels every part is still there in its own colour, in whole pixels: three task bars (blue,
    // orange, green, the green one broken by its await) and the cursor (yellow).
    const QImage image(build(QStringLiteral("share/icons/hicolor/16x16/apps/%1.png").arg(kAppId)));
    QVERIFY(!image.isNull());
    auto count = [&](QRgb colour) {
        int n = 0;
        for (int y = 0; y < 16; ++y) {
            for (int x = 0; x < 16; ++x)
                n += (image.pixel(x, y) & 0xffffff) == (colour & 0xffffff);
        }
        return n;
    };
    QVERIFY2(count(qRgb(0x5f, 0xa8, 0xe8)) >= 10, "the blue task");
    QVERIFY2(count(qRgb(0xf5, 0xa0, 0x4a)) >= 10, "the orange task");
    QVERIFY2(count(qRgb(0x6c, 0xc0, 0x70)) >= 10, "the green task");
    QVERIFY2(count(qRgb(0xff, 0xe0, 0x66)) >= 10, "the cursor");
}

void TestDesktopIntegration::desktopEntryNamesWhatIsThere()
{
    const QString entry = readText(build(QStringLiteral("share/applications/%1.desktop").arg(kAppId)));
    QVERIFY(!entry.isEmpty());
    QCOMPARE(desktopValue(entry, QStringLiteral("Icon")), kAppId);
    QCOMPARE(desktopValue(entry, QStringLiteral("Exec")), QStringLiteral("awaitscope %f"));
    QCOMPARE(desktopValue(entry, QStringLiteral("TryExec")), QStringLiteral("awaitscope"));
    const QStringList types = desktopValue(entry, QStringLiteral("MimeType")).split(u';', Qt::SkipEmptyParts);
    const QString mime = readText(build(QStringLiteral("share/mime/packages/awaitscope.xml")));
    for (const QString &own : {QStringLiteral("application/x-awaitscope-trace"),
                               QStringLiteral("application/x-awaitscope-lesson")}) {
        QVERIFY2(types.contains(own), qPrintable(own));
        QVERIFY2(mime.contains(QStringLiteral("type=\"%1\"").arg(own)), qPrintable(own));
    }
    QVERIFY(types.contains(QStringLiteral("text/x-python3")));
}

void TestDesktopIntegration::metainfoNamesTheEntryAndTheScreenshots()
{
    QFile file(build(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id, launchable, binary, release;
    QList<std::pair<QString, QSize>> images;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"id")
            id = xml.readElementText();
        else if (xml.name() == u"launchable")
            launchable = xml.readElementText();
        else if (xml.name() == u"binary")
            binary = xml.readElementText();
        else if (xml.name() == u"release")
            release = xml.attributes().value(QLatin1String("version")).toString();
        else if (xml.name() == u"image") {
            const QSize size(xml.attributes().value(QLatin1String("width")).toInt(),
                             xml.attributes().value(QLatin1String("height")).toInt());
            images.append({xml.readElementText(), size});
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, kAppId);
    QCOMPARE(launchable, kAppId + QStringLiteral(".desktop"));
    QCOMPARE(binary, QStringLiteral("awaitscope"));
    QCOMPARE(release, QStringLiteral(AWAITSCOPE_VERSION));
    QCOMPARE(images.size(), 2);
    // Each screenshot named there is one the build drew with `awaitscope export`, at the size it claims.
    for (const auto &[url, size] : images) {
        const QString name = url.section(u'/', -1);
        const QImage shot(build(QStringLiteral("screenshots/") + name));
        QVERIFY2(!shot.isNull(), qPrintable(name));
        QCOMPARE(shot.size(), size);
    }
}

void TestDesktopIntegration::initTestCase()
{
    const QString updater = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    if (updater.isEmpty()) {
        m_skipReason = QStringLiteral("update-mime-database is not installed (Debian: shared-mime-info)");
        return;
    }
    m_data = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(m_data + QStringLiteral("/mime/packages")));
    QVERIFY(QFile::copy(build(QStringLiteral("share/mime/packages/awaitscope.xml")),
                        m_data + QStringLiteral("/mime/packages/awaitscope.xml")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_DIRS"), m_data + QStringLiteral(":/usr/share"));
    QProcess update;
    update.setProcessEnvironment(env);
    update.start(updater, {m_data + QStringLiteral("/mime")});
    QVERIFY(update.waitForFinished(30000));
    QCOMPARE(update.exitCode(), 0);

    m_program = m_dir.filePath(QStringLiteral("prog.py"));
    QFile p(m_program);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write("import asyncio\nasyncio.run(asyncio.sleep(1))\n");
    p.close();
    m_trace = m_dir.filePath(QStringLiteral("run.json"));
    QProcess run;
    run.start(QStringLiteral(AWAITSCOPE_BINARY),
              {QStringLiteral("run"), m_program, QStringLiteral("--trace"), m_trace});
    QVERIFY(run.waitForFinished(30000));
    QCOMPARE(run.exitCode(), 0);
    // The same trace under a name that says nothing, and under the name that says it all.
    QVERIFY(QFile::copy(m_trace, m_dir.filePath(QStringLiteral("run.dat"))));
    QVERIFY(QFile::copy(m_trace, m_dir.filePath(QStringLiteral("run.awaitscope.json"))));
    QFile j(m_dir.filePath(QStringLiteral("data.json")));
    QVERIFY(j.open(QIODevice::WriteOnly));
    j.write("{\"clock\": 1, \"other\": 2}\n");
}

void TestDesktopIntegration::qtRecognisesTracesAndLessons()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    // A fresh process reads the MIME database with the new folder first. Qt trusts a single glob match
    // (*.json) over the content, so a trace is known by its content or by the name *.awaitscope.json.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_DIRS"), m_data + QStringLiteral(":/usr/share"));
    env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {m_dir.filePath(QStringLiteral("run.dat")),
                 m_dir.filePath(QStringLiteral("run.awaitscope.json")),
                 QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/gather/lesson.json"),
                 QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/gather/lesson.de.json"),
                 m_dir.filePath(QStringLiteral("data.json")), m_program});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitCode(), 0);
    const QStringList names =
        QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(names.mid(0, 5), (QStringList{QStringLiteral("application/x-awaitscope-trace"),
                                           QStringLiteral("application/x-awaitscope-trace"),
                                           QStringLiteral("application/x-awaitscope-lesson"),
                                           QStringLiteral("application/x-awaitscope-lesson"),
                                           QStringLiteral("application/json")}));
    // A Python program is text/x-python or text/x-python3 depending on shared-mime-info: the entry has both.
    const QString entry = readText(build(QStringLiteral("share/applications/%1.desktop").arg(kAppId)));
    QCOMPARE(names.size(), 6);
    QVERIFY2(desktopValue(entry, QStringLiteral("MimeType")).split(u';').contains(names.at(5)),
             qPrintable(names.at(5)));
}

void TestDesktopIntegration::gioRecognisesTracesByContent()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    const QString gio = QStandardPaths::findExecutable(QStringLiteral("gio"));
    if (gio.isEmpty())
        QSKIP("gio is not installed (Debian: libglib2.0-bin): GLib's file managers are not checked");
    // GLib (Nautilus, Thunar, Nemo, ...) lets the content of a JSON file name a more precise type.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_DIRS"), m_data + QStringLiteral(":/usr/share"));
    const std::pair<QString, QString> expected[] = {
        {m_trace, QStringLiteral("application/x-awaitscope-trace")},
        {QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/gather/lesson.json"),
         QStringLiteral("application/x-awaitscope-lesson")},
        {m_dir.filePath(QStringLiteral("data.json")), QStringLiteral("application/json")}};
    for (const auto &[path, type] : expected) {
        QProcess info;
        info.setProcessEnvironment(env);
        info.start(gio, {QStringLiteral("info"), QStringLiteral("-a"),
                         QStringLiteral("standard::content-type"), path});
        QVERIFY(info.waitForFinished(30000));
        QCOMPARE(info.exitCode(), 0);
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("standard::content-type: ") + type + u'\n'),
                 qPrintable(path + u' ' + out));
    }
}

int main(int argc, char *argv[])
{
    // The child of qtRecognisesTracesAndLessons: one MIME type per file named.
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        QCoreApplication app(argc, argv);
        const QMimeDatabase db;
        for (const QString &path : QCoreApplication::arguments().mid(1))
            std::printf("%s\n", qPrintable(db.mimeTypeForFile(path).name()));
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestDesktopIntegration test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desktopintegration.moc"
