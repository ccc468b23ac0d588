// File ▸ Export… as a learner uses it: choices in the dialog become a file of the chosen kind and size, and
// a place that cannot be written gets a message and no file at all.
#include "compare/comparisonbuilder.h"
#include "export/exportdialog.h"
#include "lessons/lessonlibrary.h"
#include "lessonview/lessonrunner.h"
#include "mainwindow/mainwindow.h"
#include "runhelper.h"
#include "windowrun.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace awaitscope;

namespace {

const Lesson &concurrentTasks()
{
    static LessonLibrary library;
    if (library.lessons().isEmpty())
        library.load(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons"));
    return *library.lesson(QStringLiteral("concurrent-tasks"));
}

Trace pitfallRun()
{
    return testing::runFile(concurrentTasks().programPath(QStringLiteral("pitfall"))).trace;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportsTheChosenFormat_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        const int current = int(ExportDialog::What::CurrentView),
                  timeline = int(ExportDialog::What::Timeline), compare = int(ExportDialog::What::Compare);
        QTest::newRow("current view png") << current << int(Exporter::Format::Png) << QStringLiteral("a.png");
        QTest::newRow("timeline svg") << timeline << int(Exporter::Format::Svg) << QStringLiteral("b.svg");
        QTest::newRow("timeline pdf") << timeline << int(Exporter::Format::Pdf) << QStringLiteral("c.pdf");
        QTest::newRow("compare svg") << compare << int(Exporter::Format::Svg) << QStringLiteral("d.svg");
        QTest::newRow("current view gif") << current << int(Exporter::Format::Gif) << QStringLiteral("e.gif");
        QTest::newRow("compare mp4") << compare << int(Exporter::Format::Mp4) << QStringLiteral("f.mp4");
    }
    void exportsTheChosenFormat()
    {
        QFETCH(int, what);
        QFETCH(int, format);
        QFETCH(QString, file);
        QTemporaryDir dir;
        ExportDialog dialog;
        dialog.setRun(pitfallRun(), concurrentTasks().title, 12);
        const Comparison c = ComparisonBuilder::pitfallVsFixed(concurrentTasks(), {});
        QVERIFY2(c.ok(), qPrintable(c.error));
        dialog.setComparison(c.first, c.firstTitle, c.second, c.secondTitle);
        dialog.setWhat(ExportDialog::What(what));
        dialog.setFormat(Exporter::Format(format));
        dialog.setPictureSize(QSize(800, 450));
        dialog.setTheme(ExportTheme::Kind::Projector);
        dialog.setPath(dir.filePath(file));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("exportSize"))->currentText(),
                 QStringLiteral("Custom"));
        // Frame rate and speed matter for the animations only.
        auto *fps = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("exportFps"));
        QCOMPARE(fps->isEnabled(), Exporter::isAnimated(Exporter::Format(format)));
        dialog.setFrameRate(2);
        dialog.setSpeed(3);

        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.message()));
        QCOMPARE(entries(dir.path()), QStringList{file});
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        switch (Exporter::Format(format)) {
        case Exporter::Format::Png: {
            const QImage image = QImage::fromData(bytes, "PNG");
            QCOMPARE(image.size(), QSize(800, 450));
            break;
        }
        case Exporter::Format::Svg: {
            QXmlStreamReader xml(bytes);
            QString text;
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::Characters)
                    text += xml.text();
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(text.contains(QStringLiteral("nap_0")));
            // The caption: the lesson's title and the moment's time (a comparison is shown at its end).
            QVERIFY2(text.contains(concurrentTasks().title), qPrintable(text.left(400)));
            if (ExportDialog::What(what) == ExportDialog::What::Compare)
                QVERIFY2(text.contains(QStringLiteral("3× faster")), qPrintable(text.left(400)));
            break;
        }
        case Exporter::Format::Pdf:
            QVERIFY(bytes.startsWith("%PDF"));
            static const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page(?!s))"));
            QCOMPARE(QString::fromLatin1(bytes).count(page), 1);
            break;
        case Exporter::Format::Text:
            QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("nap_0")));
            break;
        case Exporter::Format::Gif:
        case Exporter::Format::Mp4: {
            // 9 s at 3 s of run per second, 2 frames per second: 6 steps and the end (tst_animatedexport
            // reads the files back frame by frame).
            if (Exporter::Format(format) == Exporter::Format::Gif)
                QVERIFY(bytes.startsWith("GIF89a"));
            else
                QCOMPARE(bytes.mid(4, 4), QByteArray("ftyp"));
            QVERIFY2(dialog.message().contains(QStringLiteral("7 frames")), qPrintable(dialog.message()));
            break;
        }
        }
    }

    // Edit ▸ Copy picture: the current view lands on the clipboard as an image of the default slide size.
    void copyPictureFromTheEditMenu()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("AwaitscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("awaitscope-export-test"));
        QGuiApplication::clipboard()->clear();
        MainWindow w;
        QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
        QVERIFY(runEnded(w));
        w.findChild<QAction *>(QStringLiteral("actionCopyPicture"))->trigger();
        const QImage image = QGuiApplication::clipboard()->image();
        QCOMPARE(image.size(), Exporter::FullHd);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("clipboard")));
    }

    void sizePresets()
    {
        ExportDialog dialog;
        auto *size = dialog.findChild<QComboBox *>(QStringLiteral("exportSize"));
        size->setCurrentIndex(0);
        QCOMPARE(dialog.pictureSize(), QSize(1920, 1080));
        size->setCurrentIndex(1);
        QCOMPARE(dialog.pictureSize(), QSize(3840, 2160));
        dialog.setPictureSize(QSize(1920, 1080));
        QCOMPARE(size->currentIndex(), 0);
    }

    void theSuffixFollowsTheFormat()
    {
        ExportDialog dialog;
        dialog.setPath(QStringLiteral("slides/one.png"));
        dialog.setFormat(Exporter::Format::Pdf);
        QCOMPARE(dialog.path(), QStringLiteral("slides/one.pdf"));
        dialog.setPath(QStringLiteral("slides/two.svg"));
        QCOMPARE(dialog.format(), Exporter::Format::Svg);
        dialog.setFormat(Exporter::Format::Gif);
        QCOMPARE(dialog.path(), QStringLiteral("slides/two.gif"));
        dialog.setFormat(Exporter::Format::Mp4);
        QCOMPARE(dialog.path(), QStringLiteral("slides/two.mp4"));
        dialog.setPath(QStringLiteral("slides/three.gif"));
        QCOMPARE(dialog.format(), Exporter::Format::Gif);
        // A GIF's delays are hundredths of a second: its frame rate stops at 50.
        auto *fps = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("exportFps"));
        QVERIFY(fps->isEnabled());
        QCOMPARE(fps->maximum(), Exporter::MaxGifFps);
        dialog.setFormat(Exporter::Format::Png);
        QVERIFY(!fps->isEnabled());
    }

    // A fresh account: exports go to Pictures if it exists, else Documents, else home; the file is named
    // after the lesson and the moment; the preview shows the picture the choices make.
    void defaultsForAFreshHome()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
        QStandardPaths::setTestModeEnabled(false);
        const QString folder = ExportDialog::defaultFolder();
        QDir(home.path()).mkpath(QStringLiteral("Documents"));
        const QString withDocuments = ExportDialog::defaultFolder();
        QStandardPaths::setTestModeEnabled(true);
        qputenv("HOME", oldHome);
        if (oldConfig.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", oldConfig);
        QCOMPARE(folder, home.path()); // neither Pictures nor Documents exists yet
        QCOMPARE(withDocuments, home.filePath(QStringLiteral("Documents")));

        ExportDialog dialog;
        const Trace run = pitfallRun();
        dialog.setRun(run, QStringLiteral("Create first, await later"), 5);
        const QString name = QFileInfo(dialog.path()).fileName();
        QCOMPARE(name,
                 QStringLiteral("create-first-await-later-at-%1s.png").arg(run.events()[5].time, 0, 'f', 3));
        dialog.setFormat(Exporter::Format::Svg);
        QVERIFY(dialog.path().endsWith(QStringLiteral("-at-%1s.svg").arg(run.events()[5].time, 0, 'f', 3)));
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("exportPreview"));
        QVERIFY(preview);
        QTRY_VERIFY(!preview->pixmap().isNull());
        // A name the learner chose stays.
        dialog.setPath(QStringLiteral("slides/mine.png"));
        dialog.setRun(run, QStringLiteral("Create first, await later"), -1);
        QCOMPARE(dialog.path(), QStringLiteral("slides/mine.png"));
    }

    void compareNeedsAComparison()
    {
        ExportDialog dialog;
        dialog.setRun(pitfallRun(), QString(), 0);
        dialog.setWhat(ExportDialog::What::Compare);
        QCOMPARE(dialog.what(), ExportDialog::What::CurrentView);
        auto *model = qobject_cast<QStandardItemModel *>(
            dialog.findChild<QComboBox *>(QStringLiteral("exportWhat"))->model());
        QVERIFY(!model->item(2)->isEnabled());
    }

    void unwritablePlaceShowsAMessageAndLeavesNoFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("read-only folder") << QStringLiteral("readonly");
        QTest::newRow("below a file") << QStringLiteral("file");
    }
    void unwritablePlaceShowsAMessageAndLeavesNoFile()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(folder));
        if (kind == u"readonly") {
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            // The superuser writes through permissions; there a read-only folder proves nothing.
            QFile probe(folder + QStringLiteral("/probe"));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.close();
                probe.remove();
                QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner);
                QSKIP("running with permission to write into read-only folders");
            }
        } else {
            QFile blocker(dir.filePath(QStringLiteral("afile.txt")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.close();
            folder = blocker.fileName();
        }
        const QString path = folder + QStringLiteral("/slide.png");
        ExportDialog dialog;
        dialog.setRun(pitfallRun(), concurrentTasks().title, 3);
        dialog.setPictureSize(QSize(640, 360));
        dialog.setPath(path);
        const QStringList before = entries(dir.path());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(dialog.result() != QDialog::Accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().toImage().save(QDir::tempPath() +
                                     QStringLiteral("/awaitscope-exportdialog-%1.png").arg(kind));
        const QString message = dialog.findChild<QLabel *>(QStringLiteral("exportMessage"))->text();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(entries(dir.path()), before);
        if (kind == u"readonly") {
            QCOMPARE(entries(folder), QStringList());
            QFile::setPermissions(folder,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
