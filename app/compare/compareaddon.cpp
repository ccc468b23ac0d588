#include "compare/compareaddon.h"

#include "compare/comparewindow.h"
#include "compare/comparisonbuilder.h"
#include "lessonview/lessonsession.h"
#include "run/releaseoffthread.h"
#include "settings/settings.h"

#include <QMainWindow>
#include <QMenu>
#include <QThread>

namespace awaitscope {

CompareAddOn::~CompareAddOn()
{
    shutDown();
}

void CompareAddOn::install(WindowHost &host)
{
    m_host = &host;
    QMenu *menu = host.menu(WindowHost::Menu::Compare);
    QAction *pitfall = menu->addAction(tr("&Pitfall and fix"), this, &CompareAddOn::comparePitfallWithFix);
    pitfall->setObjectName(QStringLiteral("actionComparePitfall"));
    QAction *edited =
        menu->addAction(tr("The lesson's program and &my edit"), this, &CompareAddOn::compareWithEdit);
    edited->setObjectName(QStringLiteral("actionCompareEdit"));
    QAction *settings =
        menu->addAction(tr("&Default parameters and mine"), this, &CompareAddOn::compareSettings);
    settings->setObjectName(QStringLiteral("actionCompareSettings"));
    m_actions = {pitfall, edited, settings};
}

void CompareAddOn::retranslate()
{
    m_actions[0]->setText(tr("&Pitfall and fix"));
    m_actions[1]->setText(tr("The lesson's program and &my edit"));
    m_actions[2]->setText(tr("&Default parameters and mine"));
}

QList<QAction *> CompareAddOn::dialogActions() const
{
    return m_actions;
}

void CompareAddOn::shutDown()
{
    // A comparison in progress has nowhere to show its result: its runners are ended (runInRunner).
    if (!m_thread)
        return;
    m_thread->disconnect(this);
    m_thread->requestInterruption();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void CompareAddOn::comparePitfallWithFix()
{
    const LessonSession *session = m_host->session();
    if (const Lesson *lesson = session->lesson())
        start([lesson = *lesson, values = session->parameterValues(), base = Settings::runRequest()] {
            return ComparisonBuilder::pitfallVsFixed(lesson, values, base);
        });
}

void CompareAddOn::compareWithEdit()
{
    const LessonSession *session = m_host->session();
    if (const Lesson *lesson = session->lesson())
        start([lesson = *lesson, id = session->programId(), edited = session->source(),
               values = session->parameterValues(), base = Settings::runRequest()] {
            return ComparisonBuilder::originalVsEdited(lesson, id, edited, values, base);
        });
}

void CompareAddOn::compareSettings()
{
    const LessonSession *session = m_host->session();
    if (const Lesson *lesson = session->lesson())
        start([lesson = *lesson, id = session->programId(), source = session->source(),
               values = session->parameterValues(), base = Settings::runRequest()] {
            return ComparisonBuilder::twoSettings(lesson, id, source, ComparisonBuilder::defaults(lesson),
                                                  values, base);
        });
}

void CompareAddOn::start(std::function<Comparison()> build)
{
    // Both sides run on a thread of their own, so the window answers while they run (a side may run until a
    // limit stops it); the comparison is shown when both have ended.
    if (m_thread) {
        m_host->showMessage(tr("A comparison is still running; it shows when both programs have ended."),
                            5000);
        return;
    }
    m_host->showMessage(tr("Comparing: running both programs…"));
    auto result = std::make_shared<Comparison>();
    m_thread = QThread::create([build = std::move(build), result] { *result = build(); });
    m_thread->setObjectName(QStringLiteral("awaitscope-compare"));
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->disconnect(this);
        deleteWhenEnded(std::exchange(m_thread, nullptr));
        m_host->showMessage(QString());
        show(*result);
    });
    m_thread->start();
}

void CompareAddOn::show(const Comparison &comparison)
{
    if (!comparison.ok()) {
        m_host->showMessage(comparison.error, 10000);
        return;
    }
    m_last = std::make_unique<Comparison>(comparison);
    if (!m_window)
        m_window = new CompareWindow(m_host->window());
    m_window->setComparison(comparison);
    m_window->show();
    m_window->raise();
}

} // namespace awaitscope
