#include "mainwindow/mainwindow.h"

#include <QMenuBar>
#include <QTest>

using namespace awaitscope;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void showsTitleAndMenus();
    void grabbedImageIsNotBlank();
};

void TestMainWindow::showsTitleAndMenus()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.windowTitle(), QStringLiteral("Awaitscope"));
    QStringList menus;
    for (QAction *a : w.menuBar()->actions())
        menus << a->text().remove(QLatin1Char('&'));
    QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Help")}));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("actionQuit")));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("actionAbout")));
}

void TestMainWindow::grabbedImageIsNotBlank()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QImage image = w.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800));
    // Not blank: more than one colour appears (text, menu bar and background differ).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 2, "the grabbed window is a single colour");
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
