#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>

namespace awaitscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Awaitscope"));
    setObjectName(QStringLiteral("MainWindow"));

    m_lessonArea = new QLabel(tr("Choose a lesson to begin."), this);
    m_lessonArea->setObjectName(QStringLiteral("lessonArea"));
    m_lessonArea->setAlignment(Qt::AlignCenter);
    m_lessonArea->setAutoFillBackground(true);
    setCentralWidget(m_lessonArea);

    createMenus();
    resize(sizeHint());
}

QSize MainWindow::sizeHint() const
{
    return {1280, 800};
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Awaitscope"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Awaitscope"),
                       tr("<h3>Awaitscope %1</h3>"
                          "<p>Watch what asyncio really does: tasks, awaits, cancellation and "
                          "the event loop, drawn on a timeline you can play, step back and scrub.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace awaitscope
