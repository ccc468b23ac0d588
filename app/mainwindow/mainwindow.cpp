#include "mainwindow.h"

#include "application/screenfit.h"
#include "compare/compareaddon.h"
#include "compare/comparisonbuilder.h"
#include "editor/codeeditor.h"
#include "editor/codepane.h"
#include "export/exportaddon.h"
#include "i18n/languagemanager.h"
#include "i18n/languagemenu.h"
#include "lessonview/explanationview.h"
#include "lessonview/lessonsession.h"
#include "lessonview/liverun.h"
#include "lessonview/runview.h"
#include "mainwindow/sessionmarker.h"
#include "mainwindow/shortcutspage.h"
#include "player/consoleview.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"
#include "player/transportbar.h"
#include "player/windowshortcuts.h"
#include "predict/predictaddon.h"
#include "presenter/presenteraddon.h"
#include "recorded/recordedruns.h"
#include "settings/settingsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

#include <algorithm>
#include <optional>

namespace awaitscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Awaitscope"));
    setObjectName(QStringLiteral("MainWindow"));
    m_session = new LessonSession(this);
    m_runs = new RunController(this);
    createWidgets();
    createMenus();
    createAddOns();
    createPlaybackMenu();
    orderMenus();
    resize(sizeHint());

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_topSplitter->restoreState(settings.value(QStringLiteral("window/topSplitter")).toByteArray());
    m_player->restoreLayout(settings.value(QStringLiteral("window/player")).toByteArray());
    // Never larger than the screen, title bar and status bar included: a geometry saved on a bigger
    // monitor, the default size on a 1280x800 projector, QT_SCALE_FACTOR=2 on a laptop.
    if (const QScreen *s = screen())
        resize(size().boundedTo(s->availableGeometry().size()));
    keepOnScreenWhenShown(this);

    // A window that did not close normally last time (a crash, a kill, a power cut) may have been brought
    // down by the learner's edited program: this time edits are shown but not run until Run is pressed.
    m_session->setSafeStart(SessionMarker::previousEndedAbnormally(settings));
    // The first start says what the app is, above the first lesson, until the learner closes it.
    m_showWelcome = !settings.value(QStringLiteral("welcome/dismissed")).toBool();
    SessionMarker::markOpen(settings);

    // The session says what to show and when to run; the window shows it and runs it.
    connect(m_session, &LessonSession::lessonOpened, this, [this] {
        m_runs->discard(); // a run of the lesson being left must not draw over the new one
        fillLessonList();
    });
    connect(m_session, &LessonSession::runRequested, this,
            [this](ViewPolicy policy) { startRun(false, policy); });
    connect(m_session, &LessonSession::runHeld, m_runView, &RunView::sayHeld);
    connect(m_session, &LessonSession::problem, this, &MainWindow::showProblem);
    connect(m_session, &LessonSession::progressChanged, this, &MainWindow::fillLessonList);
    connect(m_runs, &RunController::runningChanged, this, &MainWindow::updateRunControls);
    // A run's final picture is on screen: the explanation, the code's marks and the add-ons follow it.
    connect(m_runView, &RunView::runShown, this, [this] {
        updateExplanation();
        highlightLines();
        for (WindowAddOn *addOn : std::as_const(m_addOns))
            addOn->runShown();
    });

    m_session->setLanguage(LanguageManager::instance()->language());
    m_session->loadLibrary();
    fillLessonList();
    if (!m_session->library().problems().isEmpty())
        statusBar()->showMessage(tr("Some lessons could not be loaded: %1")
                                     .arg(m_session->library().problems().first().toString()),
                                 10000);
    if (const QString error = m_session->progressLoadError(); !error.isEmpty())
        statusBar()->showMessage(tr("Progress could not be read (%1); starting afresh.").arg(error), 8000);
    const QString last = settings.value(QStringLiteral("lesson/current")).toString();
    if (!openLesson(last) && !m_session->library().lessons().isEmpty())
        openLesson(m_session->library().lessons().first().id);
}

MainWindow::~MainWindow()
{
    QSettings settings;
    SessionMarker::markClosed(settings);
    // The run's thread must end before the widgets it reports to (LiveRun's destructor stops and joins it).
    delete m_runs;
    m_runs = nullptr;
    // A recording in progress is stopped (its CPython child killed) and its thread joined.
    delete m_recorded;
    m_recorded = nullptr;
    for (WindowAddOn *addOn : std::as_const(m_addOns))
        addOn->shutDown();
}

QSize MainWindow::sizeHint() const
{
    return {1280, 800};
}

void MainWindow::createWidgets()
{
    m_lessonList = new QListWidget;
    m_lessonList->setObjectName(QStringLiteral("lessonList"));
    m_lessonList->setMinimumWidth(180);
    // Long titles (German ones above all) wrap rather than vanish behind a horizontal scroll bar.
    m_lessonList->setWordWrap(true);
    m_lessonList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lessonList->setResizeMode(QListView::Adjust);
    connect(m_lessonList, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<Lesson> &lessons = m_session->library().lessons();
        if (row >= 0 && row < lessons.size() && lessons[row].id != m_session->lessonId())
            m_session->open(lessons[row].id);
    });

    m_explanation = new ExplanationView;
    connect(m_explanation, &ExplanationView::welcomeDismissed, this, [this] {
        m_showWelcome = false;
        QSettings settings;
        settings.setValue(QStringLiteral("welcome/dismissed"), true);
        m_session->checkSettingsWritten(settings);
    });

    m_codePane = new CodePane(m_session);
    connect(m_codePane, &CodePane::runClicked, this, &MainWindow::runProgram);
    connect(m_codePane, &CodePane::stopClicked, this, &MainWindow::stopProgram);
    connect(m_codePane, &CodePane::leaveRequested, this,
            [this] { m_player->setFocus(Qt::ShortcutFocusReason); });

    m_topSplitter = new QSplitter(Qt::Horizontal);
    m_topSplitter->addWidget(m_lessonList);
    m_topSplitter->addWidget(m_explanation);
    m_topSplitter->addWidget(m_codePane);
    m_topSplitter->setStretchFactor(0, 1);
    m_topSplitter->setStretchFactor(1, 2);
    m_topSplitter->setStretchFactor(2, 3);
    m_topSplitter->setSizes({230, 400, 650});

    m_player = new PlayerWidget;
    m_player->setObjectName(QStringLiteral("player"));
    // A traceback line in the console opens the code at that line.
    connect(m_player->console(), &ConsoleView::lineActivated, this,
            [this](int line) { m_codePane->editor()->goToLine(line); });
    connect(m_player, &PlayerWidget::cursorMoved, this, &MainWindow::highlightLines);
    m_explanation->follow(m_player);

    m_mainSplitter = new QSplitter(Qt::Vertical);
    m_mainSplitter->addWidget(m_topSplitter);
    m_mainSplitter->addWidget(m_player);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setSizes({330, 450});
    setCentralWidget(m_mainSplitter);

    m_runView = new RunView(m_runs, m_player, m_session, this);
    statusBar()->addWidget(m_runView->statusLabel(), 1);
    // A message longer than a narrow window's status line is cut there: hovering shows all of it.
    QStatusBar *bar = statusBar();
    connect(bar, &QStatusBar::messageChanged, bar,
            [bar](const QString &message) { bar->setToolTip(message); });
}

// ---- Menus and add-ons --------------------------------------------------------------------------------

namespace {

// The window's menus in the order a reader expects (orderMenus): what you work on first, then how you watch
// it, then the app's own settings and help. The Language menu gives itself its title.
struct WindowMenu
{
    std::optional<WindowHost::Menu> menu;
    const char *objectName;
    const char *title;
};
constexpr WindowMenu kMenus[] = {
    {WindowHost::Menu::File, "menuFile", QT_TRANSLATE_NOOP("awaitscope::MainWindow", "&File")},
    {WindowHost::Menu::Edit, "menuEdit", QT_TRANSLATE_NOOP("awaitscope::MainWindow", "&Edit")},
    {WindowHost::Menu::View, "menuView", QT_TRANSLATE_NOOP("awaitscope::MainWindow", "&View")},
    {WindowHost::Menu::Run, "menuRun", QT_TRANSLATE_NOOP("awaitscope::MainWindow", "&Run")},
    {WindowHost::Menu::Playback, "menuPlayback", QT_TRANSLATE_NOOP("awaitscope::MainWindow", "&Playback")},
    {WindowHost::Menu::Compare, "menuCompare", QT_TRANSLATE_NOOP("awaitscope::MainWindow", "&Compare")},
    {std::nullopt, "menuLanguage", nullptr},
    {WindowHost::Menu::Help, "menuHelp", QT_TRANSLATE_NOOP("awaitscope::MainWindow", "&Help")}};

} // namespace

void MainWindow::createMenus()
{
    QMenu *file = menu(Menu::File);
    // Traces from elsewhere (a file, a recording under CPython) open in player windows of their own.
    m_recorded = new RecordedRuns(
        this, [this] { return m_session->runRequest(m_session->source(), false); },
        [this]() -> const Trace * {
            return m_player->trace().events().empty() ? nullptr : &m_player->trace();
        });
    connect(m_recorded, &RecordedRuns::status, m_runView, &RunView::say);
    file->addAction(m_recorded->openTraceAction());
    file->addSeparator();
    m_quitAction = file->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));

    QMenu *run = menu(Menu::Run);
    m_runAction = run->addAction(QString(), this, &MainWindow::runProgram);
    m_runAction->setShortcuts({QKeySequence(Qt::Key_F9), QKeySequence(Qt::CTRL | Qt::Key_Return),
                               QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_runAction->setObjectName(QStringLiteral("actionRun"));
    m_stopAction = run->addAction(QString(), this, &MainWindow::stopProgram);
    m_stopAction->setObjectName(QStringLiteral("actionStop"));
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_stopAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_stopAction);
    run->addSeparator();
    QMenu *engine = run->addMenu(QString());
    engine->setObjectName(QStringLiteral("menuEngine"));
    engine->addActions(m_recorded->engineActions());
    connect(m_recorded, &RecordedRuns::engineChosen, this, [this](RunEngine chosen) {
        m_codePane->setEngine(chosen);
        runProgram(); // the picture is the chosen engine's at once
    });
    run->addAction(m_recorded->recordAction());
    updateRunControls();

    menuBar()->addMenu(new LanguageMenu(this));

    QMenu *help = menu(Menu::Help);
    QAction *keys = help->addAction(QString(), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(QString(), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    retranslateUi();
}

void MainWindow::createAddOns()
{
    // One line per feature: each installs its own actions, docks and windows (windowaddon.h).
    auto *compare = new CompareAddOn(this);
    m_addOns = {new PredictAddOn(this), new PresenterAddOn(this), new ExportAddOn(compare, this), compare};
    for (WindowAddOn *addOn : std::as_const(m_addOns))
        addOn->install(*this);
    for (WindowAddOn *addOn : std::as_const(m_addOns))
        addOn->allInstalled();
    QMenu *edit = menu(Menu::Edit);
    edit->addSeparator();
    SettingsDialog::addPreferencesAction(edit, this);
}

QMenu *MainWindow::menu(Menu which)
{
    const WindowMenu &entry = *std::find_if(std::begin(kMenus), std::end(kMenus),
                                            [which](const WindowMenu &m) { return m.menu == which; });
    const QLatin1String name(entry.objectName);
    for (QAction *action : menuBar()->actions()) {
        if (QMenu *m = action->menu(); m && m->objectName() == name)
            return m;
    }
    auto *m = new QMenu(tr(entry.title), menuBar());
    m->setObjectName(name);
    menuBar()->addMenu(m); // orderMenus() puts it in its place
    return m;
}

void MainWindow::addToFileMenu(QAction *action)
{
    // Above Quit, after a separator of their own.
    QMenu *file = menu(Menu::File);
    const int quit = int(file->actions().indexOf(m_quitAction));
    QAction *before = file->actions().value(quit - 1);
    if (!before || !before->isSeparator()) {
        file->insertSeparator(m_quitAction);
        before = file->actions().value(quit);
    }
    file->insertAction(before, action);
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text, timeoutMs);
}

ShownRun MainWindow::shownRun() const
{
    // A picture exported from CPython's run says so on the slide.
    QString title = m_session->title(m_runView->edited());
    if (const QString &by = m_player->trace().recordedBy; !by.isEmpty())
        title = tr("%1 (recorded under %2)").arg(title, by);
    return {title, m_runView->edited(), m_runView->stopped()};
}

QList<QWidget *> MainWindow::chrome() const
{
    return QList<QWidget *>{m_lessonList} + m_codePane->chrome();
}

QList<QAction *> MainWindow::dialogActions() const
{
    QList<QAction *> actions;
    for (const WindowAddOn *addOn : m_addOns)
        actions += addOn->dialogActions();
    return actions;
}

void MainWindow::setPresenting(bool presenting)
{
    m_presenting = presenting;
    // Leaving shows the parameter form as the lesson open now needs it (a number key may have changed it);
    // the welcome is for a learner at the screen, not for a class.
    m_codePane->setPresenting(presenting);
    updateExplanation();
}

void MainWindow::showShortcuts()
{
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"), ShortcutsPage::html(this),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("shortcutsPage"));
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Awaitscope"),
                       tr("<h3>Awaitscope %1</h3>"
                          "<p>Watch what asyncio really does: tasks, awaits, cancellation and "
                          "the event loop, drawn on a timeline you can play, step back and scrub.</p>")
                           .arg(QApplication::applicationVersion()));
}

// The menus come from several places (run controls, add-ons, language); this puts them in kMenus' order.
void MainWindow::orderMenus()
{
    QList<QAction *> sorted;
    for (const WindowMenu &entry : kMenus) {
        for (QAction *action : menuBar()->actions()) {
            if (QMenu *menu = QMenu::menuInAction(action);
                menu && menu->objectName() == QLatin1String(entry.objectName))
                sorted.append(action);
        }
    }
    for (QAction *action : menuBar()->actions()) {
        if (!sorted.contains(action))
            sorted.append(action); // anything unnamed keeps its place at the end
    }
    for (QAction *action : sorted) {
        menuBar()->removeAction(action);
        menuBar()->addAction(action);
    }
}

// ---- Lessons --------------------------------------------------------------------------------------------

bool MainWindow::openLesson(const QString &id)
{
    return m_session->open(id);
}

bool MainWindow::openPath(const QString &path, QString *error)
{
    const bool opened = m_session->openPath(path, error);
    fillLessonList(); // the library may have grown even when the path held no lesson
    return opened;
}

QString MainWindow::currentLessonId() const
{
    return m_session->lessonId();
}

QString MainWindow::currentProgramId() const
{
    return m_session->programId();
}

QPlainTextEdit *MainWindow::codeEditor() const
{
    return m_codePane->editor();
}

void MainWindow::fillLessonList()
{
    const QSignalBlocker block(m_lessonList);
    m_lessonList->clear();
    const LessonProgress &progress = m_session->progress();
    for (const Lesson &lesson : m_session->library().lessons()) {
        const int answered = progress.correctCount(lesson.id);
        QString mark = progress.isSeen(lesson.id) ? QStringLiteral(" ✓") : QString();
        if (answered > 0)
            mark += QStringLiteral(" (%1/%2)").arg(answered).arg(lesson.questions.size());
        auto *item =
            new QListWidgetItem(QStringLiteral("%1. %2%3").arg(lesson.order).arg(lesson.title, mark));
        item->setData(Qt::UserRole, lesson.id);
        item->setToolTip(lesson.summary);
        m_lessonList->addItem(item);
        if (lesson.id == m_session->lessonId())
            m_lessonList->setCurrentItem(item);
    }
}

void MainWindow::showProblem(const QString &message)
{
    statusBar()->showMessage(message);
    m_runView->say(message, true);
}

void MainWindow::updateExplanation()
{
    ExplanationView::Content c;
    c.lesson = m_session->lesson();
    c.programId = m_session->programId();
    c.values = m_session->parameterValues(); // the section the cursor reached: the view follows the player
    c.editedRun = !m_player->trace().tasks().empty() && m_runView->edited();
    c.welcome = m_showWelcome && !m_presenting; // for a learner at the screen, not for a class
    m_explanation->setContent(c);
}

void MainWindow::highlightLines()
{
    QList<CodePane::LineMark> marks;
    for (const PlayerWidget::TaskLine &tl : m_player->linesAtCursor())
        marks.append({tl.line, tl.name, tl.line == m_player->currentLine()});
    m_codePane->setMarks(marks, m_runView->errorLine(), m_runView->lastError());
}

// ---- Runs -------------------------------------------------------------------------------------------------

QString MainWindow::lastError() const
{
    return m_runView->lastError();
}

bool MainWindow::isRunning() const
{
    return m_runs->isRunning();
}

LiveRun *MainWindow::liveRun() const
{
    return m_runs->liveRun();
}

void MainWindow::runProgram()
{
    m_session->setSafeStart(false); // the learner asked for a run: edits run again from now on
    startRun(m_codePane->realClockChosen(), ViewPolicy::Keep);
}

void MainWindow::startRun(bool realClock, ViewPolicy policy)
{
    // The timeline fits this run unless the learner zooms or pans while it comes in.
    m_player->beginRun();
    // Never waited for: a quick run simply appears when it ends (showLiveResult), a long one says so after
    // a moment (stillRunning) and can be stopped; a new run replaces one in progress.
    RunRequest request = m_session->runRequest(m_session->source(), realClock);
    if (m_recorded)
        request.engine = m_recorded->engine();
    m_runs->start(request, policy);
}

void MainWindow::stopProgram()
{
    if (!m_runs->isRunning())
        return;
    m_runs->stop();
    m_runView->sayStopping();
}

void MainWindow::updateRunControls()
{
    // Run stays enabled (a new run replaces one in progress) and so does the clock choice (it is for the
    // next run); Stop is offered once a run is seen to be running, so quick runs do not flicker it.
    const bool stoppable = m_runs && m_runs->isRunning() && m_runs->announced() && !m_runs->stopRequested();
    m_codePane->setStopEnabled(stoppable);
    m_stopAction->setEnabled(stoppable);
}

// ---- Window-wide transport shortcuts ------------------------------------------------------------------

void MainWindow::createPlaybackMenu()
{
    // The transport's keys work anywhere in the window (WindowShortcuts leaves a key to the widget that
    // types with it); the Playback menu lists them.
    QMenu *playback = menu(Menu::Playback);
    new WindowShortcuts(this, m_player->transportBar());
    for (QAction *a : m_player->transportBar()->transportActions())
        playback->addAction(a);
}

// ---- Closing and languages --------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The layout to remember is the everyday one, not presenter mode's.
    for (WindowAddOn *addOn : std::as_const(m_addOns))
        addOn->leaveModes();
    // A run in progress is stopped, not waited for: the window closes now and the run's thread ends on its
    // own (the destructor joins it).
    if (m_runs->isRunning())
        m_runs->stop();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/topSplitter"), m_topSplitter->saveState());
    settings.setValue(QStringLiteral("window/player"), m_player->saveLayout());
    m_session->checkSettingsWritten(settings);
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The lessons in the new language: the list, the explanation, the questions and the status line.
        if (m_session->setLanguage(LanguageManager::instance()->language())) {
            fillLessonList();
            for (WindowAddOn *addOn : std::as_const(m_addOns))
                addOn->runShown(); // the predict panel lets go of the old lesson's questions
            m_runView->retranslate();
            updateExplanation();
        }
    }
    QMainWindow::changeEvent(event);
}

// The window's own texts: its title, menus and actions; each add-on and part translates its own.
void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Awaitscope"));
    if (m_lessonList)
        m_lessonList->setAccessibleName(tr("Lessons"));
    if (m_recorded)
        m_recorded->retranslate();
    for (QAction *action : menuBar()->actions()) {
        QMenu *m = action->menu();
        for (const WindowMenu &entry : kMenus) {
            if (m && entry.title && m->objectName() == QLatin1String(entry.objectName))
                m->setTitle(tr(entry.title));
        }
    }
    const std::pair<const char *, const char *> actions[] = {
        {"actionQuit", QT_TR_NOOP("&Quit")},
        {"actionRun", QT_TR_NOOP("&Run program")},
        {"actionAbout", QT_TR_NOOP("&About Awaitscope")},
        {"actionShortcuts", QT_TR_NOOP("&Keyboard shortcuts")},
        {"actionStop", QT_TR_NOOP("&Stop")}};
    for (const auto &[name, text] : actions) {
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            action->setText(tr(text));
    }
    if (auto *engine = findChild<QMenu *>(QStringLiteral("menuEngine")))
        engine->setTitle(tr("&Engine"));
    if (auto *preferences = findChild<QAction *>(QStringLiteral("actionPreferences")))
        preferences->setText(QCoreApplication::translate("awaitscope::SettingsDialog", "&Preferences…"));
    for (WindowAddOn *addOn : std::as_const(m_addOns))
        addOn->retranslate();
}

} // namespace awaitscope
