// The main window's classroom hooks: predict-then-reveal, presenter mode, export for slides and the
// comparisons. Kept apart from mainwindow.cpp so the window's own code stays about lessons and runs; the
// logic lives in app/predict, app/presenter, app/export and app/compare.
#include "mainwindow.h"

#include "compare/comparewindow.h"
#include "compare/comparisonbuilder.h"
#include "editor/codeeditor.h"
#include "export/exportdialog.h"
#include "export/exporter.h"
#include "lessons/parametersubstitution.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"
#include "predict/predictpanel.h"
#include "presenter/presentermode.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"
#include "timeline/timelineview.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QToolButton>

namespace awaitscope {

void MainWindow::createClassroom()
{
    m_predict = new PredictPanel;
    m_predict->attach(m_player);
    m_predict->setProgress(m_progress.get());
    connect(m_predict, &PredictPanel::progressChanged, this, [this] { fillLessonList(); });
    m_predictDock = new QDockWidget(tr("Predict, then reveal"), this);
    m_predictDock->setObjectName(QStringLiteral("predictDock"));
    m_predictDock->setWidget(m_predict);
    m_predictDock->setMinimumWidth(280);
    addDockWidget(Qt::RightDockWidgetArea, m_predictDock);
    m_predictDock->hide();
    connect(m_predict->predictAction(), &QAction::toggled, m_predictDock, &QDockWidget::setVisible);

    // A button in the status bar makes the mode easy to find; the menu has it too.
    auto *predictButton = new QToolButton;
    predictButton->setObjectName(QStringLiteral("predictButton"));
    predictButton->setDefaultAction(m_predict->predictAction());
    predictButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    statusBar()->addPermanentWidget(predictButton);

    m_presenter = new PresenterMode(this, m_player);
    // What a class should not see: the lesson list and the editor's controls (the code itself stays).
    QList<QWidget *> chrome{m_lessonList, m_parameterBox};
    if (QWidget *codePane = m_codeTabs->parentWidget()) {
        for (QWidget *w : codePane->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                qobject_cast<QLabel *>(w))
                chrome << w;
        }
    }
    chrome << m_codeTabs->tabBar();
    m_presenter->setChrome(chrome);
    connect(m_presenter, &PresenterMode::lessonRequested, this, &MainWindow::openLessonAt);
    // Leaving shows the parameter form as the lesson open now needs it (a number key may have changed it);
    // the welcome is for a learner at the screen, not for a class.
    connect(m_presenter, &PresenterMode::activeChanged, this, [this](bool active) {
        if (!active)
            rebuildParameters();
        updateExplanation();
    });

    createClassroomMenus();
}

void MainWindow::createClassroomMenus()
{
    QMenu *help = nullptr;
    QMenu *file = nullptr;
    QAction *quit = findChild<QAction *>(QStringLiteral("actionQuit"));
    QAction *about = findChild<QAction *>(QStringLiteral("actionAbout"));
    for (QAction *a : menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(quit))
            file = a->menu();
        if (a->menu() && a->menu()->actions().contains(about))
            help = a->menu();
    }

    auto *exportAction = new QAction(tr("&Export picture…"), this);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &MainWindow::openExportDialog);
    if (file) {
        file->insertAction(quit, exportAction);
        file->insertSeparator(quit);
    }

    QAction *before = help ? help->menuAction() : nullptr;
    auto *edit = new QMenu(tr("&Edit"), this);
    edit->setObjectName(QStringLiteral("menuEdit"));
    QAction *copy = edit->addAction(tr("&Copy picture"), this, &MainWindow::copyPicture);
    copy->setObjectName(QStringLiteral("actionCopyPicture"));
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    edit->addSeparator();
    SettingsDialog::addPreferencesAction(edit, this);
    menuBar()->insertMenu(file ? menuBar()->actions().value(1) : before, edit);

    auto *view = new QMenu(tr("&View"), this);
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(m_predict->predictAction());
    view->addAction(m_presenter->toggleAction());
    menuBar()->insertMenu(before, view);

    auto *compare = new QMenu(tr("&Compare"), this);
    compare->setObjectName(QStringLiteral("menuCompare"));
    QAction *pitfall = compare->addAction(tr("&Pitfall and fix"), this, &MainWindow::comparePitfallWithFix);
    pitfall->setObjectName(QStringLiteral("actionComparePitfall"));
    QAction *edited =
        compare->addAction(tr("The lesson's program and &my edit"), this, &MainWindow::compareWithEdit);
    edited->setObjectName(QStringLiteral("actionCompareEdit"));
    QAction *settings =
        compare->addAction(tr("&Default parameters and mine"), this, &MainWindow::compareSettings);
    settings->setObjectName(QStringLiteral("actionCompareSettings"));
    menuBar()->insertMenu(before, compare);

    m_presenter->setBlockedActions({exportAction, copy, pitfall, edited, settings});
}

void MainWindow::showRunInClassroom()
{
    if (!m_predict)
        return;
    const Lesson *lesson = m_library.lesson(m_lessonId);
    QString notTheLessonsRun;
    if (lesson && m_lastRunStopped)
        notTheLessonsRun = tr("This run was stopped before its end, so it cannot answer the questions. Run "
                              "the program to its end to predict.");
    else if (lesson && !ParameterSubstitution::isLessonProgram(*lesson, m_programId, m_code->toPlainText(),
                                                               m_parameterValues))
        notTheLessonsRun = tr("This run is of your edited program; the questions are about the lesson's own "
                              "program. Reset the code to predict (Compare shows the two side by side).");
    m_predict->setRun(lesson, m_programId, m_parameterValues, notTheLessonsRun);
}

void MainWindow::leaveClassroomModes()
{
    if (m_presenter)
        m_presenter->leave();
}

void MainWindow::openLessonAt(int position)
{
    const QList<Lesson> &lessons = m_library.lessons();
    if (position < 1 || position > lessons.size())
        return;
    openLesson(lessons[position - 1].id);
    m_player->timelineView()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::openExportDialog()
{
    ExportDialog dialog(this);
    dialog.setRun(m_player->trace(), shownRunTitle(), m_player->playback()->eventIndex());
    if (m_lastComparison)
        dialog.setComparison(m_lastComparison->first, m_lastComparison->firstTitle, m_lastComparison->second,
                             m_lastComparison->secondTitle);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.message(), 6000);
}

void MainWindow::copyPicture()
{
    const Lesson *lesson = m_library.lesson(m_lessonId);
    Exporter exporter;
    exporter.setTrace(m_player->trace(), shownRunTitle());
    exporter.setView(Exporter::View::Player);
    exporter.setCursorEvent(m_player->playback()->eventIndex());
    exporter.setCaption(lesson ? shownRunTitle() : QString());
    QString error;
    if (exporter.copyToClipboard(&error))
        statusBar()->showMessage(tr("The picture is on the clipboard (%1 × %2).")
                                     .arg(exporter.size().width())
                                     .arg(exporter.size().height()),
                                 5000);
    else
        statusBar()->showMessage(tr("The picture could not be copied: %1").arg(error), 8000);
}

void MainWindow::comparePitfallWithFix()
{
    if (const Lesson *lesson = m_library.lesson(m_lessonId))
        startComparison([lesson = *lesson, values = m_parameterValues, base = Settings::runRequest()] {
            return ComparisonBuilder::pitfallVsFixed(lesson, values, base);
        });
}

void MainWindow::compareWithEdit()
{
    if (const Lesson *lesson = m_library.lesson(m_lessonId))
        startComparison([lesson = *lesson, id = m_programId, edited = m_code->toPlainText(),
                         values = m_parameterValues, base = Settings::runRequest()] {
            return ComparisonBuilder::originalVsEdited(lesson, id, edited, values, base);
        });
}

void MainWindow::compareSettings()
{
    if (const Lesson *lesson = m_library.lesson(m_lessonId))
        startComparison([lesson = *lesson, id = m_programId, source = m_code->toPlainText(),
                         values = m_parameterValues, base = Settings::runRequest()] {
            return ComparisonBuilder::twoSettings(lesson, id, source, ComparisonBuilder::defaults(lesson),
                                                  values, base);
        });
}

bool MainWindow::isComparing() const
{
    return m_compareThread != nullptr;
}

void MainWindow::startComparison(std::function<Comparison()> build)
{
    // Both sides run on a thread of their own, so the window answers while they run (a side may run until a
    // limit stops it); the comparison is shown when both have ended.
    if (m_compareThread) {
        statusBar()->showMessage(tr("A comparison is still running; it shows when both programs have ended."),
                                 5000);
        return;
    }
    statusBar()->showMessage(tr("Comparing: running both programs…"));
    auto result = std::make_shared<Comparison>();
    m_compareThread = QThread::create([build = std::move(build), result] { *result = build(); });
    m_compareThread->setObjectName(QStringLiteral("awaitscope-compare"));
    m_compareThread->setStackSize(py::programThreadStackBytes);
    connect(m_compareThread, &QThread::finished, this, [this, result] {
        m_compareThread->wait(); // it has finished: this returns at once
        delete m_compareThread;
        m_compareThread = nullptr;
        statusBar()->clearMessage();
        showComparison(*result);
    });
    m_compareThread->start();
}

void MainWindow::showComparison(const Comparison &comparison)
{
    if (!comparison.ok()) {
        statusBar()->showMessage(comparison.error, 10000);
        return;
    }
    m_lastComparison = std::make_unique<Comparison>(comparison);
    if (!m_compareWindow)
        m_compareWindow = new CompareWindow(this);
    m_compareWindow->setComparison(comparison);
    m_compareWindow->show();
    m_compareWindow->raise();
}

} // namespace awaitscope
