#include "mainwindow.h"
#include "application/screenfit.h"
#include "io/userfile.h"
#include "mainwindow/sessionmarker.h"
#include "mainwindow/shortcutspage.h"
#include "settings/settings.h"

#include "compare/comparisonbuilder.h"
#include "editor/codeeditor.h"
#include "editor/pythonhighlighter.h"
#include "i18n/languagemanager.h"
#include "i18n/languagemenu.h"
#include "lessons/momentlocator.h"
#include "lessons/parametersubstitution.h"
#include "lessonview/explanationview.h"
#include "lessonview/lessonrunner.h"
#include "lessonview/liverun.h"
#include "lessonview/runcontroller.h"
#include "player/consoleview.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"
#include "player/transportbar.h"
#include "presenter/presentermode.h"
#include "recorded/recordedruns.h"
#include "run/programmodules.h"
#include "timeline/timelineview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>

#include <tuple>

namespace awaitscope {

namespace {

QString readText(const QString &path)
{
    return QString::fromUtf8(readRegularFile(path, FileReadLimits::Program, nullptr).value_or(QByteArray()));
}

// Colours for the task-line highlights in the code pane, one per task, calm enough for a projector.
QColor laneColour(int index, bool strong)
{
    static const QColor colours[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                     QColor(0x59, 0xa1, 0x4f), QColor(0xb0, 0x7a, 0xa1),
                                     QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48)};
    QColor c = colours[index % 6];
    c.setAlpha(strong ? 110 : 55);
    return c;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_progress(std::make_unique<LessonProgress>(LessonProgress::defaultPath()))
{
    setWindowTitle(tr("Awaitscope"));
    setObjectName(QStringLiteral("MainWindow"));
    QString error;
    m_progress->load(&error); // a missing or broken progress file starts afresh; the error is shown below
    createRunControls();
    createWidgets();
    createMenus();
    createClassroom();
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
    m_safeStart = SessionMarker::previousEndedAbnormally(settings);
    // The first start says what the app is, above the first lesson, until the learner closes it.
    m_showWelcome = !settings.value(QStringLiteral("welcome/dismissed")).toBool();
    SessionMarker::markOpen(settings);

    m_library.setLanguage(LanguageManager::instance()->language());
    loadLessons();
    if (!error.isEmpty())
        statusBar()->showMessage(tr("Progress could not be read (%1); starting afresh.").arg(error), 8000);
    const QString last = settings.value(QStringLiteral("lesson/current")).toString();
    if (!openLesson(last) && !m_library.lessons().isEmpty())
        openLesson(m_library.lessons().first().id);
}

MainWindow::~MainWindow()
{
    QSettings settings;
    SessionMarker::markClosed(settings);
    qApp->removeEventFilter(this);
    // The run's thread must end before the widgets it reports to (LiveRun's destructor stops and joins it).
    delete m_runs;
    m_runs = nullptr;
    // A recording in progress is stopped (its CPython child killed) and its thread joined.
    delete m_recorded;
    m_recorded = nullptr;
    // A comparison in progress ends within the run limits; its result has nowhere to go.
    if (m_compareThread) {
        m_compareThread->disconnect(this);
        m_compareThread->wait();
        delete m_compareThread;
    }
}

QSize MainWindow::sizeHint() const
{
    return {1280, 800};
}

void MainWindow::createWidgets()
{
    m_lessonList = new QListWidget;
    m_lessonList->setObjectName(QStringLiteral("lessonList"));
    m_lessonList->setAccessibleName(tr("Lessons"));
    m_lessonList->setMinimumWidth(180);
    // Long titles (German ones above all) wrap rather than vanish behind a horizontal scroll bar.
    m_lessonList->setWordWrap(true);
    m_lessonList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lessonList->setResizeMode(QListView::Adjust);
    connect(m_lessonList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_library.lessons().size() && m_library.lessons()[row].id != m_lessonId)
            openLesson(m_library.lessons()[row].id);
    });

    m_explanation = new ExplanationView;
    connect(m_explanation, &ExplanationView::welcomeDismissed, this, [this] {
        m_showWelcome = false;
        QSettings settings;
        settings.setValue(QStringLiteral("welcome/dismissed"), true);
        checkSettingsWritten(settings);
    });

    // Code pane: the program choice, the Python editor and the C++ twin, parameters, Run and Reset.
    m_programChoice = new QComboBox;
    m_programChoice->setObjectName(QStringLiteral("programChoice"));
    m_programChoice->setAccessibleName(tr("Program"));
    connect(m_programChoice, &QComboBox::currentIndexChanged, this, &MainWindow::selectProgram);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_code = new CodeEditor;
    m_code->setObjectName(QStringLiteral("codeEditor"));
    m_code->setAccessibleName(tr("Python program"));
    m_code->setFont(mono);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    new PythonHighlighter(m_code->document());
    connect(m_code, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loadingCode) {
            saveEditedCode();
            updateEditedMarks();
        }
    });

    m_cpp = new QPlainTextEdit;
    m_cpp->setObjectName(QStringLiteral("cppView"));
    m_cpp->setAccessibleName(tr("C++ and QCoro version"));
    m_cpp->setReadOnly(true);
    m_cpp->setFont(mono);
    m_cpp->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_codeTabs = new QTabWidget;
    m_codeTabs->addTab(m_code, tr("Python"));
    m_codeTabs->addTab(m_cpp, tr("C++ (QCoro)"));

    m_parameterBox = new QWidget;
    m_parameterForm = new QFormLayout(m_parameterBox);
    m_parameterForm->setContentsMargins(0, 0, 0, 0);

    m_runButton = new QPushButton(tr("&Run"));
    m_runButton->setObjectName(QStringLiteral("runButton"));
    // Ctrl+Return belongs to the Run action (createMenus): a button's shortcut is replaced by its mnemonic
    // whenever its text is set, as a language switch does.
    m_runButton->setToolTip(tr("Run the program on the virtual clock (Ctrl+Return)"));
    connect(m_runButton, &QPushButton::clicked, this, &MainWindow::runProgram);
    m_resetButton = new QPushButton(tr("Re&set code"));
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    m_resetButton->setToolTip(tr("Forget your edits and go back to the lesson's program"));
    connect(m_resetButton, &QPushButton::clicked, this, &MainWindow::resetCode);

    auto *buttons = new QHBoxLayout;
    auto *programLabel = new QLabel(tr("Program:"));
    programLabel->setObjectName(QStringLiteral("programLabel"));
    buttons->addWidget(programLabel);
    buttons->addWidget(m_programChoice, 1);
    buttons->addWidget(m_resetButton);
    buttons->addWidget(m_realClock);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);

    auto *codePane = new QWidget;
    auto *codeLayout = new QVBoxLayout(codePane);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addLayout(buttons);
    codeLayout->addWidget(m_codeTabs, 1);
    codeLayout->addWidget(m_parameterBox);

    m_topSplitter = new QSplitter(Qt::Horizontal);
    m_topSplitter->addWidget(m_lessonList);
    m_topSplitter->addWidget(m_explanation);
    m_topSplitter->addWidget(codePane);
    m_topSplitter->setStretchFactor(0, 1);
    m_topSplitter->setStretchFactor(1, 2);
    m_topSplitter->setStretchFactor(2, 3);
    m_topSplitter->setSizes({230, 400, 650});

    m_player = new PlayerWidget;
    // A traceback line in the console opens the code at that line.
    connect(m_player->console(), &ConsoleView::lineActivated, this,
            [this](int line) { m_code->goToLine(line); });
    m_player->setObjectName(QStringLiteral("player"));
    connect(m_player, &PlayerWidget::cursorMoved, this, [this] {
        updateExplanation();
        highlightLines();
    });

    m_mainSplitter = new QSplitter(Qt::Vertical);
    m_mainSplitter->addWidget(m_topSplitter);
    m_mainSplitter->addWidget(m_player);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setSizes({330, 450});
    setCentralWidget(m_mainSplitter);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("runStatus"));
    statusBar()->addWidget(m_status, 1);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    // Traces from elsewhere (a file, a recording under CPython) open in player windows of their own.
    m_recorded = new RecordedRuns(
        this,
        [this] {
            return RecordedRuns::Program{m_code->toPlainText(), m_programId + QStringLiteral(".py")};
        },
        [this]() -> const Trace * {
            return m_player->trace().events().empty() ? nullptr : &m_player->trace();
        });
    connect(m_recorded, &RecordedRuns::status, this, [this](const QString &text, bool problem) {
        m_status->setText(text);
        m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    });
    file->addAction(m_recorded->openTraceAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->setObjectName(QStringLiteral("menuRun"));
    QAction *runAction = run->addAction(tr("&Run program"), this, &MainWindow::runProgram);
    runAction->setShortcuts({QKeySequence(Qt::Key_F9), QKeySequence(Qt::CTRL | Qt::Key_Return),
                             QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    runAction->setObjectName(QStringLiteral("actionRun"));
    m_runAction = runAction;
    run->addAction(m_stopAction);
    run->addSeparator();
    run->addAction(m_recorded->recordAction());
    updateRunControls();

    menuBar()->addMenu(new LanguageMenu(this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Awaitscope"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
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

void MainWindow::loadLessons()
{
    QSettings settings;
    const QString userRoot =
        settings.value(QStringLiteral("lessons/userFolder"), LessonLibrary::defaultUserFolder()).toString();
    m_library.load(builtInLessonsRoot(), userRoot);
    fillLessonList();
    if (!m_library.problems().isEmpty())
        statusBar()->showMessage(
            tr("Some lessons could not be loaded: %1").arg(m_library.problems().first().toString()), 10000);
}

void MainWindow::fillLessonList()
{
    const QSignalBlocker block(m_lessonList);
    m_lessonList->clear();
    for (const Lesson &lesson : m_library.lessons()) {
        const int answered = m_progress->correctCount(lesson.id);
        QString mark = m_progress->isSeen(lesson.id) ? QStringLiteral(" ✓") : QString();
        if (answered > 0)
            mark += QStringLiteral(" (%1/%2)").arg(answered).arg(lesson.questions.size());
        auto *item =
            new QListWidgetItem(QStringLiteral("%1. %2%3").arg(lesson.order).arg(lesson.title, mark));
        item->setData(Qt::UserRole, lesson.id);
        item->setToolTip(lesson.summary);
        m_lessonList->addItem(item);
        if (lesson.id == m_lessonId)
            m_lessonList->setCurrentItem(item);
    }
}

bool MainWindow::openLesson(const QString &id)
{
    const Lesson *lesson = m_library.lesson(id);
    if (!lesson)
        return false;
    m_runs->discard(); // a run of the lesson being left must not draw over the new one
    m_lessonId = id;
    m_freshLesson = true;
    m_parameterValues.clear();
    for (const LessonParameter &p : lesson->parameters)
        m_parameterValues.insert(p.name, p.defaultValue);
    m_progress->markSeen(id);
    QString error;
    if (!m_progress->save(&error))
        statusBar()->showMessage(tr("Progress could not be saved: %1").arg(error), 8000);
    QSettings().setValue(QStringLiteral("lesson/current"), id);
    fillLessonList();

    {
        const QSignalBlocker block(m_programChoice);
        m_programChoice->clear();
        // The fixed version first where there is one: the pitfall is one click away.
        for (const LessonProgram &p : lesson->programs)
            m_programChoice->addItem(p.label.isEmpty() ? p.id : p.label, p.id);
        // Start with the program the explanation talks about first (a contrast lesson starts at its pitfall).
        const QString first =
            lesson->sections.isEmpty() ? QStringLiteral("main") : lesson->sections.first().program;
        int index = m_programChoice->findData(first);
        m_programChoice->setCurrentIndex(index >= 0 ? index : 0);
    }
    rebuildParameters();
    selectProgram(m_programChoice->currentIndex());
    return true;
}

bool MainWindow::openPath(const QString &path, QString *error)
{
    LessonProblems problems;
    const QString id = m_library.open(path, &problems);
    fillLessonList();
    const Lesson *lesson = m_library.lesson(id);
    if (!lesson) {
        *error = problems.isEmpty() ? tr("%1 holds no lesson.").arg(QDir::toNativeSeparators(path))
                                    : problems.first().toString();
        return false;
    }
    // A program opened from a file shows the file as it is now, not an edit kept from an earlier visit.
    if (LessonLibrary::isProgramLesson(*lesson))
        QSettings().remove(QStringLiteral("code/%1").arg(id));
    return openLesson(id);
}

void MainWindow::rebuildParameters()
{
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    const Lesson *lesson = m_library.lesson(m_lessonId);
    if (!lesson)
        return;
    for (const LessonParameter &p : lesson->parameters) {
        QWidget *editor = nullptr;
        const QString name = p.name;
        auto changed = [this, name](const QVariant &v) {
            m_parameterValues.insert(name, v);
            selectProgram(m_programChoice->currentIndex());
        };
        switch (p.type) {
        case LessonParameter::Type::Int: {
            auto *spin = new QSpinBox;
            spin->setRange(int(p.min), int(p.max));
            spin->setSingleStep(std::max(1, int(p.step)));
            spin->setValue(m_parameterValues.value(name).toInt());
            if (!p.unit.isEmpty())
                spin->setSuffix(QLatin1Char(' ') + p.unit);
            connect(spin, &QSpinBox::valueChanged, this, [changed](int v) { changed(qlonglong(v)); });
            editor = spin;
            break;
        }
        case LessonParameter::Type::Float: {
            auto *spin = new QDoubleSpinBox;
            spin->setRange(p.min, p.max);
            spin->setSingleStep(p.step > 0 ? p.step : 0.1);
            spin->setDecimals(2);
            spin->setValue(m_parameterValues.value(name).toDouble());
            if (!p.unit.isEmpty())
                spin->setSuffix(QLatin1Char(' ') + p.unit);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [changed](double v) { changed(v); });
            editor = spin;
            break;
        }
        case LessonParameter::Type::Bool: {
            auto *box = new QCheckBox;
            box->setChecked(m_parameterValues.value(name).toBool());
            connect(box, &QCheckBox::toggled, this, [changed](bool v) { changed(v); });
            editor = box;
            break;
        }
        case LessonParameter::Type::String:
        case LessonParameter::Type::Symbol: {
            auto *combo = new QComboBox;
            const QStringList values = [&] {
                QStringList out = p.choices;
                for (const LessonSymbol &s : p.symbols)
                    out << s.value;
                return out;
            }();
            combo->addItems(values);
            combo->setCurrentText(m_parameterValues.value(name).toString());
            connect(combo, &QComboBox::currentTextChanged, this, [changed](const QString &v) { changed(v); });
            editor = combo;
            break;
        }
        }
        editor->setAccessibleName(p.label.isEmpty() ? p.name : p.label);
        editor->setObjectName(QStringLiteral("param_") + p.name);
        m_parameterForm->addRow(p.label.isEmpty() ? p.name : p.label, editor);
    }
    // Presenter mode keeps the form out of sight, also when a number key opens another lesson.
    m_parameterBox->setVisible(!lesson->parameters.isEmpty() && !(m_presenter && m_presenter->isActive()));
}

QString MainWindow::codeKey() const
{
    return QStringLiteral("code/%1/%2").arg(m_lessonId, m_programId);
}

QString MainWindow::programSource() const
{
    const Lesson *lesson = m_library.lesson(m_lessonId);
    if (!lesson)
        return {};
    return readText(lesson->programPath(m_programId));
}

void MainWindow::selectProgram(int index)
{
    const Lesson *lesson = m_library.lesson(m_lessonId);
    if (!lesson || index < 0)
        return;
    const bool newProgram = m_programId != m_programChoice->itemData(index).toString() || m_freshLesson;
    m_freshLesson = false;
    m_programId = m_programChoice->itemData(index).toString();
    // The learner's edits are kept until they reset them; otherwise the lesson's program, with parameters.
    QSettings settings;
    QString source = settings.value(codeKey()).toString();
    const bool edited = !source.isEmpty();
    QString error;
    if (source.isEmpty() && lessonFilesMissing() && !newProgram)
        source = m_code->toPlainText(); // keep what is on screen rather than an empty program
    if (source.isEmpty())
        source = programSource();
    const QString filled = ParameterSubstitution::apply(source, ProgramLanguage::Python, lesson->parameters,
                                                        m_parameterValues, &error);
    if (!filled.isEmpty())
        source = filled;
    m_loadingCode = true;
    m_code->setPlainText(source);
    m_loadingCode = false;
    QString cpp = readText(lesson->cppPath(m_programId));
    const QString cppFilled = ParameterSubstitution::apply(cpp, ProgramLanguage::Cpp, lesson->parameters,
                                                           m_parameterValues, &error);
    m_cpp->setPlainText(cppFilled.isEmpty() ? cpp : cppFilled);
    m_codeTabs->setTabEnabled(1, !cpp.isEmpty());
    updateEditedMarks();
    // A parameter change keeps the zoom and cursor; a new program starts from a view that fits it all.
    // Re-runs after a change are on the virtual clock: the real clock is for runs the learner starts.
    if (edited && m_safeStart) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(
            tr("Awaitscope did not close normally last time, so your edited program was not run. "
               "It is in the editor: press Run (Ctrl+Return) when you want it to run."));
    } else {
        startRun(false, newProgram ? ViewPolicy::Fit : ViewPolicy::Keep);
    }
}

void MainWindow::saveEditedCode()
{
    if (m_lessonId.isEmpty())
        return;
    QSettings settings;
    const QString text = m_code->toPlainText();
    if (text == programSource())
        settings.remove(codeKey());
    else
        settings.setValue(codeKey(), text);
    checkSettingsWritten(settings);
}

void MainWindow::resetCode()
{
    // Without the lesson's own program there is nothing to go back to: the edits stay.
    if (lessonFilesMissing())
        return;
    QSettings().remove(codeKey());
    selectProgram(m_programChoice->currentIndex());
}

void MainWindow::runProgram()
{
    m_safeStart = false; // the learner asked for a run: edits run again from now on
    startRun(m_realClock->isChecked(), ViewPolicy::Keep);
}

void MainWindow::showRun(const RunResult &run, bool keepView, bool stopped,
                         std::shared_ptr<const RunModel> model)
{
    // A run the learner stopped did nothing wrong: no error line to mark.
    m_lastRunStopped = stopped;
    m_lastError = stopped || !run.error.isError() ? QString() : run.error.summary();
    m_errorLine = stopped ? 0 : run.error.line;
    // A program that failed before any task ran (a syntax error, an unsupported construct) leaves the last
    // picture, under a banner that says why; one that ran cleanly without tasks shows its (empty) run.
    const bool drew = !run.trace.tasks().empty() || m_lastError.isEmpty();
    if (drew && model)
        m_player->setRun(std::move(model), keepView);
    else if (drew)
        m_player->setTrace(run.trace, keepView);
    else
        m_player->setNotStartedNotice(errorWithLine(tr("line %1: %2")));
    if (drew)
        rememberShownRun();
    if (stopped) {
        m_status->setText(
            tr("Stopped after %1 s; every task was cancelled.").arg(run.trace.endTime, 0, 'f', 2));
        m_status->setStyleSheet(QString());
    } else if (m_lastError.isEmpty()) {
        m_status->setText(run.trace.clock == QLatin1String("real")
                              ? tr("Ran in %1 s of real time.").arg(run.trace.endTime, 0, 'f', 2)
                              : tr("Ran in %1 s of virtual time.").arg(run.trace.endTime, 0, 'f', 2));
        m_status->setStyleSheet(QString());
    } else {
        m_status->setText(errorWithLine(tr("Line %1: %2")));
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    }
    updateExplanation();
    highlightLines();
    showRunInClassroom();
}

bool MainWindow::isEdited(const QString &source) const
{
    const Lesson *lesson = m_library.lesson(m_lessonId);
    return lesson && !ParameterSubstitution::isLessonProgram(*lesson, m_programId, source, m_parameterValues);
}

QString MainWindow::shownRunTitle() const
{
    const Lesson *lesson = m_library.lesson(m_lessonId);
    if (!lesson)
        return m_programId;
    return m_shownRunEdited ? tr("%1 (edited program)").arg(lesson->title) : lesson->title;
}

void MainWindow::rememberShownRun()
{
    // Once per run shown, not per cursor move: the comparison reads the lesson's program from disk.
    m_shownRunEdited = isEdited(m_player->trace().source);
}

void MainWindow::updateEditedMarks()
{
    const QString text = m_code->toPlainText();
    const bool edited = isEdited(text);
    m_codeTabs->setTabText(0, edited ? tr("Python (edited)") : tr("Python"));
    m_codeTabs->setTabToolTip(0, edited ? tr("This is your edited program. Reset code brings back the "
                                             "lesson's own.")
                                        : QString());
    // Parameters change the lines marked `# param`; with none left in the edited code they cannot do
    // anything.
    const bool markers = !ParameterSubstitution::findMarkers(text, ProgramLanguage::Python).isEmpty();
    m_parameterBox->setEnabled(markers);
    m_parameterBox->setToolTip(markers ? QString()
                                       : tr("Your edited program has no `# param` lines, so the parameters "
                                            "cannot change it. Reset code to use them."));
}

QString MainWindow::errorWithLine(const QString &lineAndMessage) const
{
    // A syntax error's message already ends with "(line 65, column 5)".
    if (m_errorLine <= 0 || m_lastError.contains(QStringLiteral("(line %1").arg(m_errorLine)))
        return m_lastError;
    return lineAndMessage.arg(m_errorLine).arg(m_lastError);
}

void MainWindow::updateExplanation()
{
    ExplanationView::Content c;
    c.lesson = m_library.lesson(m_lessonId);
    c.programId = m_programId;
    c.values = m_parameterValues;
    if (c.lesson) {
        const qint64 event = m_player->playback()->eventIndex();
        c.currentSection = MomentLocator::sectionAt(m_player->trace(), c.lesson->sections, m_programId,
                                                    event < 0 ? 0 : std::uint64_t(event));
    }
    c.editedRun = !m_player->trace().tasks().empty() && m_shownRunEdited;
    // The welcome is for a learner at the screen, not for a class.
    c.welcome = m_showWelcome && !(m_presenter && m_presenter->isActive());
    m_explanation->setContent(c);
}

void MainWindow::highlightLines()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QList<PlayerWidget::TaskLine> lines = m_player->linesAtCursor();
    int index = 0;
    for (const auto &tl : lines) {
        ++index;
        if (tl.line <= 0)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_code->document()->findBlockByNumber(tl.line - 1));
        sel.format.setBackground(laneColour(index - 1, tl.line == m_player->currentLine()));
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        sel.format.setToolTip(tl.name);
        selections << sel;
    }
    if (m_errorLine > 0) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_code->document()->findBlockByNumber(m_errorLine - 1));
        sel.format.setBackground(QColor(0xff, 0xcd, 0xd2));
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        sel.format.setToolTip(m_lastError);
        selections << sel;
    }
    m_code->setExtraSelections(selections);
    m_code->setErrorMark(m_errorLine, m_lastError);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    leaveClassroomModes(); // the layout to remember is the everyday one, not presenter mode's
    // A run in progress is stopped, not waited for: the window closes now and the run's thread ends on its
    // own (the destructor joins it).
    if (m_runs->isRunning())
        m_runs->stop();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/topSplitter"), m_topSplitter->saveState());
    settings.setValue(QStringLiteral("window/player"), m_player->saveLayout());
    checkSettingsWritten(settings);
    event->accept();
}

// ---- Runs in progress ------------------------------------------------------------------------------------

void MainWindow::createRunControls()
{
    m_runs = new RunController(this);
    connect(m_runs, &RunController::progressed, this, &MainWindow::showLiveProgress);
    connect(m_runs, &RunController::finished, this, &MainWindow::showLiveResult);
    connect(m_runs, &RunController::runningChanged, this, &MainWindow::updateRunControls);
    connect(m_runs, &RunController::stillRunning, this, [this](bool realClock) {
        m_status->setStyleSheet(QString());
        m_status->setText(realClock ? tr("Running on the real clock… (Stop: Shift+F5)")
                                    : tr("Still running… (Stop: Shift+F5)"));
    });

    m_realClock = new QCheckBox;
    m_realClock->setObjectName(QStringLiteral("realClockBox"));

    m_stopAction = new QAction(tr("&Stop"), this);
    m_stopAction->setObjectName(QStringLiteral("actionStop"));
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_stopAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopProgram);
    addAction(m_stopAction);

    m_stopButton = new QPushButton;
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    connect(m_stopButton, &QPushButton::clicked, this, &MainWindow::stopProgram);
    retranslateRunControls();
}

void MainWindow::retranslateRunControls()
{
    m_realClock->setText(tr("Real c&lock"));
    m_realClock->setAccessibleName(tr("Run on the real clock"));
    m_realClock->setToolTip(
        tr("Run the next program on the real clock (real waiting, the real network): "
           "the timeline grows as it runs. Unticked, runs use the instant virtual clock."));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setAccessibleName(tr("Stop the program"));
    m_stopButton->setToolTip(tr("Stop the running program: every task is cancelled (Shift+F5)"));
}

bool MainWindow::isRunning() const
{
    return m_runs->isRunning();
}

QPlainTextEdit *MainWindow::codeEditor() const
{
    return m_code;
}

LiveRun *MainWindow::liveRun() const
{
    return m_runs->liveRun();
}

void MainWindow::startRun(bool realClock, ViewPolicy policy)
{
    // The timeline fits this run unless the learner zooms or pans while it comes in.
    m_player->beginRun();
    RunRequest request = Settings::runRequest();
    request.source = m_code->toPlainText();
    request.displayName = m_programId + QStringLiteral(".py");
    if (const Lesson *lesson = m_library.lesson(m_lessonId))
        request.moduleFolders = programModuleFolders(lesson->programPath(m_programId)); // its own modules
    request.realClock = realClock;
    // Never waited for: a quick run simply appears when it ends (showLiveResult), a long one says so after
    // a moment (stillRunning) and can be stopped; a new run replaces one in progress.
    m_runs->start(request, policy);
}

void MainWindow::stopProgram()
{
    if (!m_runs->isRunning())
        return;
    m_runs->stop();
    m_status->setText(tr("Stopping: cancelling every task…"));
}

void MainWindow::showLiveProgress(const RunResult &run, bool first)
{
    // The first picture of a run starts from a fitted view, then the cursor follows the growing end unless
    // the learner moved it.
    if (first) {
        m_player->setTrace(run.trace, false);
        rememberShownRun();
        m_player->playback()->jumpToEnd();
    } else {
        m_player->growRun(run.trace);
    }
    m_status->setStyleSheet(QString());
    m_status->setText(
        tr("Running… %1 s, %n task(s) so far (Stop: Shift+F5)", nullptr, int(run.trace.tasks().size()))
            .arg(run.trace.endTime, 0, 'f', 2));
}

void MainWindow::showLiveResult(const RunResult &run, const RunEnding &ending)
{
    // A run whose pictures came in live keeps the view it grew in; the cursor stays at the end if it was
    // following the end.
    const bool followed = ending.shownLive && m_player->playback()->atEnd();
    showRun(run, ending.policy == ViewPolicy::Keep || ending.shownLive, ending.stopped, ending.model);
    if (followed)
        m_player->playback()->jumpToEnd();
}

void MainWindow::updateRunControls()
{
    // Run stays enabled (a new run replaces one in progress) and so does the clock choice (it is for the
    // next run); Stop is offered once a run is seen to be running, so quick runs do not flicker it.
    const bool stoppable = m_runs && m_runs->isRunning() && m_runs->announced() && !m_runs->stopRequested();
    m_stopButton->setEnabled(stoppable);
    m_stopAction->setEnabled(stoppable);
}

// ---- Window-wide transport shortcuts ------------------------------------------------------------------

void MainWindow::createPlaybackMenu()
{
    // The transport's keys work anywhere in the window; focusNeedsKey() leaves a key to the widget that
    // types with it (space in the editor is a space, + in a spin box is a plus). In the lesson list, Up and
    // Down choose a lesson while Home, End, Left, Right and Space drive the player like everywhere else.
    m_playbackMenu = new QMenu(tr("&Playback"), this);
    m_playbackMenu->setObjectName(QStringLiteral("menuPlayback"));
    const auto *help = findChild<QMenu *>(QStringLiteral("menuHelp"));
    menuBar()->insertMenu(help ? help->menuAction() : nullptr, m_playbackMenu);
    const QList<QAction *> actions = m_player->transportBar()->transportActions();
    for (QAction *a : actions) {
        a->setShortcutContext(Qt::WindowShortcut);
        m_playbackMenu->addAction(a);
    }
    qApp->installEventFilter(this);
}

bool MainWindow::focusNeedsKey(const QKeyEvent *key) const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || focus->window() != this)
        return false;
    const int k = key->key();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(focus))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QTextEdit *>(focus))
        return !edit->isReadOnly();
    if (qobject_cast<const QLineEdit *>(focus) || qobject_cast<const QAbstractSpinBox *>(focus))
        return true;
    if (qobject_cast<const QComboBox *>(focus) || qobject_cast<const QAbstractButton *>(focus))
        return k == Qt::Key_Space; // opens the list, presses the button
    return false; // the lesson list included: Home and End move the cursor, not to the first or last lesson
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The editor keeps Tab for indenting (a teacher expects it in code); Esc, Ctrl+Tab and Ctrl+Shift+Tab
    // leave it: Esc for the timeline, the others to the next or previous control.
    if (event->type() == QEvent::KeyPress && watched == m_code) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            m_player->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
        if (ctrl && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            const bool back = key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
            focusNextPrevChild(!back);
            return true;
        }
    }
    // Accepting ShortcutOverride hands the key to the focus widget instead of the window-wide shortcut.
    if (event->type() == QEvent::ShortcutOverride && watched == QApplication::focusWidget()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const auto typing = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
        if (typing == Qt::NoModifier && focusNeedsKey(key)) {
            for (const QAction *a : m_player->transportBar()->transportActions()) {
                if (a->shortcuts().contains(QKeySequence(key->key()))) {
                    event->accept();
                    return true;
                }
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

// ---- Faults: settings and lesson files -----------------------------------------------------------------

void MainWindow::checkSettingsWritten(QSettings &settings)
{
    settings.sync();
    if (settings.status() == QSettings::NoError) {
        m_settingsWarned = false;
        return;
    }
    if (m_settingsWarned)
        return;
    m_settingsWarned = true;
    // The edited code is still in the editor: say so, so that nobody closes the window thinking it is saved.
    const QString message =
        tr("Settings cannot be saved to %1 (%2). Your edited code is still in the editor: copy it somewhere "
           "safe before closing, and check that the folder can be written.")
            .arg(QDir::toNativeSeparators(settings.fileName()), settings.status() == QSettings::AccessError
                                                                    ? tr("no permission or disk full")
                                                                    : tr("the file is damaged"));
    statusBar()->showMessage(message);
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
}

bool MainWindow::lessonFilesMissing()
{
    const Lesson *lesson = m_library.lesson(m_lessonId);
    if (!lesson || QFileInfo::exists(lesson->programPath(m_programId)))
        return false;
    const QString message = tr("The lesson folder %1 is no longer there (removed or unplugged?). Your edited "
                               "code is kept; put the folder back or choose another lesson.")
                                .arg(QDir::toNativeSeparators(lesson->folder));
    statusBar()->showMessage(message);
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    return true;
}

// The menus come from several places (run controls, classroom, language); this puts them in the order a
// reader expects: what you work on first, then how you watch it, then the app's own settings and help.
void MainWindow::orderMenus()
{
    const char *order[] = {"menuFile",     "menuEdit",    "menuView",     "menuRun",
                           "menuPlayback", "menuCompare", "menuLanguage", "menuHelp"};
    QList<QAction *> sorted;
    for (const char *name : order) {
        for (QAction *action : menuBar()->actions()) {
            if (QMenu *menu = QMenu::menuInAction(action); menu && menu->objectName() == QLatin1String(name))
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

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

// After a language switch: the texts the constructor set, then the lesson's own text.
void MainWindow::retranslateUi()
{
    if (m_recorded)
        m_recorded->retranslate();
    setWindowTitle(tr("Awaitscope"));
    m_lessonList->setAccessibleName(tr("Lessons"));
    m_programChoice->setAccessibleName(tr("Program"));
    m_code->setAccessibleName(tr("Python program"));
    m_cpp->setAccessibleName(tr("C++ and QCoro version"));
    updateEditedMarks();
    m_codeTabs->setTabText(1, tr("C++ (QCoro)"));
    m_runButton->setText(tr("&Run"));
    m_runButton->setToolTip(tr("Run the program on the virtual clock (Ctrl+Return)"));
    m_resetButton->setText(tr("Re&set code"));
    m_resetButton->setToolTip(tr("Forget your edits and go back to the lesson's program"));
    if (auto *label = findChild<QLabel *>(QStringLiteral("programLabel")))
        label->setText(tr("Program:"));
    const std::pair<const char *, const char *> menus[] = {
        {"menuFile", QT_TR_NOOP("&File")},        {"menuRun", QT_TR_NOOP("&Run")},
        {"menuHelp", QT_TR_NOOP("&Help")},        {"menuEdit", QT_TR_NOOP("&Edit")},
        {"menuView", QT_TR_NOOP("&View")},        {"menuCompare", QT_TR_NOOP("&Compare")},
        {"menuPlayback", QT_TR_NOOP("&Playback")}};
    for (const auto &[name, text] : menus) {
        // Some menus belong to the menu bar, others to the window (made in other files): search them all.
        if (auto *menu = findChild<QMenu *>(QLatin1String(name)))
            menu->setTitle(tr(text));
    }
    const std::pair<const char *, const char *> actions[] = {
        {"actionQuit", QT_TR_NOOP("&Quit")},
        {"actionRun", QT_TR_NOOP("&Run program")},
        {"actionAbout", QT_TR_NOOP("&About Awaitscope")},
        {"actionShortcuts", QT_TR_NOOP("&Keyboard shortcuts")},
        {"actionStop", QT_TR_NOOP("&Stop")},
        {"actionExport", QT_TR_NOOP("&Export picture…")},
        {"actionCopyPicture", QT_TR_NOOP("&Copy picture")},
        {"actionComparePitfall", QT_TR_NOOP("&Pitfall and fix")},
        {"actionCompareEdit", QT_TR_NOOP("The lesson's program and &my edit")},
        {"actionCompareSettings", QT_TR_NOOP("&Default parameters and mine")}};
    for (const auto &[name, text] : actions) {
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            action->setText(tr(text));
    }

    retranslateRunControls();
    if (m_predictDock)
        m_predictDock->setWindowTitle(tr("Predict, then reveal"));
    // Actions owned by other classes, in their own translation contexts.
    const std::tuple<const char *, const char *, const char *> foreign[] = {
        {"actionPredict", "awaitscope::PredictPanel",
         QT_TRANSLATE_NOOP("awaitscope::PredictPanel", "&Predict, then reveal")},
        {"actionPresenter", "awaitscope::PresenterMode",
         QT_TRANSLATE_NOOP("awaitscope::PresenterMode", "&Presenter mode")},
        {"actionPreferences", "awaitscope::SettingsDialog",
         QT_TRANSLATE_NOOP("awaitscope::SettingsDialog", "&Preferences…")}};
    for (const auto &[name, context, text] : foreign) {
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            action->setText(QCoreApplication::translate(context, text));
    }

    const QString language = LanguageManager::instance()->language();
    if (m_library.language() == language)
        return;
    m_library.setLanguage(language);
    const Lesson *lesson = m_library.lesson(m_lessonId);
    // The lessons were read again: the predict panel must let go of the old one (its questions, in the new
    // language), or it reads freed memory.
    showRunInClassroom();
    fillLessonList();
    if (!lesson)
        return;
    for (int i = 0; i < m_programChoice->count(); ++i) {
        const LessonProgram *p = lesson->program(m_programChoice->itemData(i).toString());
        if (p && !p->label.isEmpty())
            m_programChoice->setItemText(i, p->label);
    }
    rebuildParameters();
    if (m_lastError.isEmpty() && !m_player->trace().tasks().empty())
        m_status->setText(tr("Ran in %1 s of virtual time.").arg(m_player->trace().endTime, 0, 'f', 2));
    else if (!m_lastError.isEmpty())
        m_status->setText(errorWithLine(tr("Line %1: %2")));
    updateExplanation();
}

} // namespace awaitscope
