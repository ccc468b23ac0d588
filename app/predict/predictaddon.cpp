#include "predict/predictaddon.h"

#include "lessonview/lessonsession.h"
#include "predict/predictpanel.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

namespace awaitscope {

void PredictAddOn::install(WindowHost &host)
{
    m_host = &host;
    LessonSession *session = host.session();
    m_panel = new PredictPanel;
    m_panel->attach(host.player());
    m_panel->setProgress(&session->progress());
    connect(m_panel, &PredictPanel::progressChanged, session, &LessonSession::noteProgressChanged);

    m_dock = new QDockWidget(host.window());
    m_dock->setObjectName(QStringLiteral("predictDock"));
    m_dock->setWidget(m_panel);
    m_dock->setMinimumWidth(280);
    host.window()->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_panel->predictAction(), &QAction::toggled, m_dock, &QDockWidget::setVisible);

    // A button in the status bar makes the mode easy to find; the View menu has it too.
    auto *button = new QToolButton;
    button->setObjectName(QStringLiteral("predictButton"));
    button->setDefaultAction(m_panel->predictAction());
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    host.window()->statusBar()->addPermanentWidget(button);
    host.menu(WindowHost::Menu::View)->addAction(m_panel->predictAction());
    retranslate();
}

void PredictAddOn::runShown()
{
    const LessonSession *session = m_host->session();
    const Lesson *lesson = session->lesson();
    QString notTheLessonsRun;
    if (lesson && m_host->shownRun().stopped)
        notTheLessonsRun = tr("This run was stopped before its end, so it cannot answer the questions. Run "
                              "the program to its end to predict.");
    else if (lesson && session->isEdited(session->source()))
        notTheLessonsRun = tr("This run is of your edited program; the questions are about the lesson's own "
                              "program. Reset the code to predict (Compare shows the two side by side).");
    m_panel->setRun(lesson, session->programId(), session->parameterValues(), notTheLessonsRun);
}

void PredictAddOn::retranslate()
{
    m_dock->setWindowTitle(tr("Predict, then reveal"));
}

} // namespace awaitscope
