#include "recorded/recordedruns.h"

#include "application/cpythonrecorder.h"
#include "application/screenfit.h"
#include "compare/comparewindow.h"
#include "io/userfile.h"
#include "player/playerwidget.h"
#include "trace/tracestory.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QWidget>

namespace awaitscope {

namespace {
constexpr int kRecordTimeoutMs = 60000; // Record under CPython ends a program still running after a minute
} // namespace

PlayerWidget *makeTracePlayer(const Trace &trace, const QString &title)
{
    auto *player = new PlayerWidget;
    player->setAttribute(Qt::WA_DeleteOnClose);
    player->setObjectName(QStringLiteral("tracePlayer"));
    player->setWindowTitle(QStringLiteral("%1 — Awaitscope").arg(title));
    player->setTrace(trace);
    player->resize(1280, 720);
    keepOnScreenWhenShown(player); // a 1024x640 projector, QT_SCALE_FACTOR=2
    return player;
}

std::optional<Trace> readTraceFile(const QString &path, QString *error)
{
    // A device or a pipe is refused rather than read for ever, a huge file before it fills the memory.
    const std::optional<QByteArray> bytes = readRegularFile(path, FileReadLimits::Trace, error);
    if (!bytes)
        return std::nullopt;
    Trace trace;
    QString why;
    if (!trace.fromJson(*bytes, &why)) {
        if (error)
            *error = RecordedRuns::tr("%1 is not an Awaitscope trace (%2).").arg(path, why);
        return std::nullopt;
    }
    return trace;
}

RecordedRuns::RecordedRuns(QWidget *window, std::function<RunRequest()> program,
                           std::function<const Trace *()> interpreterTrace)
    : QObject(window)
    , m_window(window)
    , m_program(std::move(program))
    , m_interpreterTrace(std::move(interpreterTrace))
{
    m_open = new QAction(this);
    m_open->setObjectName(QStringLiteral("actionOpenTrace"));
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &RecordedRuns::openTrace);
    m_record = new QAction(this);
    m_record->setObjectName(QStringLiteral("actionRecordCPython"));
    connect(m_record, &QAction::triggered, this, &RecordedRuns::recordProgram);

    m_engines = new QActionGroup(this);
    m_interpreterEngine = m_engines->addAction(QString());
    m_interpreterEngine->setObjectName(QStringLiteral("actionEngineAwaitscope"));
    m_cpythonEngine = m_engines->addAction(QString());
    m_cpythonEngine->setObjectName(QStringLiteral("actionEngineCPython"));
    for (QAction *a : {m_interpreterEngine, m_cpythonEngine})
        a->setCheckable(true);
    // Every window starts with the sandboxed interpreter: the unsandboxed CPython runs only the programs it
    // was chosen for, not those of a later session (nor a lesson opened at start).
    m_interpreterEngine->setChecked(true);
    connect(m_engines, &QActionGroup::triggered, this, [this] { emit engineChosen(engine()); });
    retranslate();
}

QList<QAction *> RecordedRuns::engineActions() const
{
    return {m_interpreterEngine, m_cpythonEngine};
}

RunEngine RecordedRuns::engine() const
{
    return m_cpythonEngine->isChecked() ? RunEngine::CPython : RunEngine::Interpreter;
}

RecordedRuns::~RecordedRuns()
{
    if (m_thread) {
        // The window closes during a recording: the child is killed, the thread ends within a moment.
        m_cancel->store(true);
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void RecordedRuns::retranslate()
{
    m_open->setText(tr("&Open Trace…"));
    m_open->setToolTip(tr("Open a trace written by \"awaitscope run --trace\" or \"awaitscope record\" in a "
                          "player of its own"));
    m_record->setText(tr("Record under &CPython"));
    m_record->setToolTip(tr("Run the program under your own CPython 3.11+ on a virtual clock and show what "
                            "CPython did, beside Awaitscope's run"));
    m_interpreterEngine->setText(tr("&Awaitscope's Interpreter"));
    m_interpreterEngine->setToolTip(tr("Runs are Awaitscope's own: instant, sandboxed, drawn as they run"));
    m_cpythonEngine->setText(tr("&CPython (Recorded)"));
    m_cpythonEngine->setToolTip(tr("Runs are your own CPython 3.11+ running the program with Awaitscope's "
                                   "recorder: what CPython really did, drawn when it ends. Not sandboxed: "
                                   "the program may use files, the network and any library."));
    if (m_openRecorded)
        m_openRecorded->setText(tr("Open CPython's Run"));
}

void RecordedRuns::openTrace()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("traces/lastFolder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Trace"), folder,
                                                      tr("Awaitscope traces (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("traces/lastFolder"), QFileInfo(path).absolutePath());
    QString error;
    if (!openTraceFile(path, &error))
        QMessageBox::warning(m_window, tr("Open Trace"), error);
}

bool RecordedRuns::openTraceFile(const QString &path, QString *error)
{
    const std::optional<Trace> trace = readTraceFile(path, error);
    if (!trace)
        return false;
    makeTracePlayer(*trace, QFileInfo(path).fileName())->show();
    emit status(tr("Opened %1 in a window of its own.").arg(QFileInfo(path).fileName()), false);
    return true;
}

void RecordedRuns::recordProgram()
{
    if (m_thread)
        return;
    RunRequest program = m_program();
    program.realClock = false; // beside Awaitscope's run on the virtual clock
    if (program.source.trimmed().isEmpty()) {
        emit status(tr("There is no program to record."), true);
        emit recordingDone();
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    struct Recorded
    {
        RunResult run;
        QString python;
    };
    auto result = std::make_shared<Recorded>();
    m_thread = QThread::create([program, result, cancel = m_cancel] {
        result->run = recordRun(program, cancel.get(), nullptr, kRecordTimeoutMs, &result->python);
    });
    m_thread->setObjectName(QStringLiteral("awaitscope-record"));
    connect(m_thread, &QThread::finished, this, [this, result, program] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_record->setEnabled(true);
        const RunResult &run = result->run;
        if (run.error.kind == RunError::Kind::NotRun || run.error.kind == RunError::Kind::Killed) {
            emit status(run.error.message, true);
            QMessageBox::warning(m_window, tr("Record under CPython"), run.error.message);
            emit recordingDone();
            return;
        }
        m_recorded = run.trace;
        m_recordedTitle = tr("%1 recorded under CPython").arg(program.displayName);
        m_recordedPython = result->python;
        // When the main window shows Awaitscope's run of this very program on the virtual clock, the two
        // runs side by side with the verdict; else CPython's run in a player of its own.
        QString verdict;
        const Trace *ours = m_interpreterTrace();
        if (ours && ours->source == program.source && ours->clock == u"virtual" &&
            ours->recordedBy.isEmpty()) {
            const StoryDifference d = compareStories(TraceStory::of(*ours), TraceStory::of(run.trace));
            verdict = d.same ? tr("CPython's run tells the same scheduling story as Awaitscope's.")
                             : tr("CPython's run differs from Awaitscope's first at t=%1 (%2): Awaitscope "
                                  "%3, CPython %4.")
                                   .arg(d.time)
                                   .arg(d.where, d.expected, d.found);
            showBeside(*ours, program.displayName, verdict);
        } else {
            verdict = tr("Run the program in Awaitscope to compare the two runs.");
            openRecordedPlayer();
        }
        emit status(verdict, false);
        emit recordingDone();
    });
    m_record->setEnabled(false);
    emit status(tr("Recording %1 under CPython…").arg(program.displayName), false);
    m_thread->start();
}

CompareWindow *RecordedRuns::comparisonWindow() const
{
    return m_compare;
}

void RecordedRuns::showBeside(const Trace &ours, const QString &fileName, const QString &verdict)
{
    if (!m_compare) {
        m_compare = new CompareWindow(m_window);
        m_compare->setObjectName(QStringLiteral("recordedCompareWindow"));
        m_openRecorded = m_compare->addButton(QString());
        m_openRecorded->setObjectName(QStringLiteral("openRecordedRun"));
        connect(m_openRecorded, &QPushButton::clicked, this, &RecordedRuns::openRecordedPlayer);
        retranslate();
    }
    Comparison comparison;
    comparison.first = ours;
    comparison.firstTitle = tr("Awaitscope");
    comparison.second = m_recorded;
    comparison.secondTitle = tr("CPython (recorded)");
    m_compare->setWindowTitle(tr("%1: Awaitscope and CPython").arg(fileName));
    m_compare->setComparison(comparison);
    m_compare->setNote(verdict);
    m_openRecorded->setToolTip(m_recordedPython);
    m_compare->show();
    m_compare->raise();
}

void RecordedRuns::openRecordedPlayer()
{
    PlayerWidget *player = makeTracePlayer(m_recorded, m_recordedTitle);
    player->setToolTip(m_recordedPython);
    player->show();
}

} // namespace awaitscope
