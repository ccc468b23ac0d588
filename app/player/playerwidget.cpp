#include "player/playerwidget.h"
#include "run/releaseoffthread.h"

#include "trace/runstatetext.h"

#include "player/combinatorpanel.h"
#include "player/consoleview.h"
#include "player/inputline.h"
#include "player/looppanel.h"
#include "player/playbackstate.h"
#include "player/transportbar.h"
#include "timeline/timelineview.h"
#include "timeline/timelineviewstate.h"

#include <QAction>
#include <QDataStream>
#include <QGraphicsOpacityEffect>
#include <QGroupBox>
#include <QIODevice>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <utility>

namespace awaitscope {

namespace {

QGroupBox *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(content);
    return box;
}

constexpr quint32 kLayoutMagic = 0x41574c31; // "AWL1"

} // namespace

PlayerWidget::PlayerWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(std::make_shared<RunModel>())
{
    setObjectName(QStringLiteral("player"));
    setAccessibleName(tr("Player"));
    m_playback = new PlaybackState(this);
    m_timeline = new TimelineView(this);
    m_viewState = new TimelineViewState(this);
    m_timeline->setViewState(m_viewState);
    m_transport = new TransportBar(this);
    m_combinators = new CombinatorPanel(this);
    m_loop = new LoopPanel(this);
    m_console = new ConsoleView(this);

    m_timeline->setPlayback(m_playback);
    m_transport->setPlayback(m_playback);
    // The transport's shortcuts work wherever the focus is inside the player.
    addActions(m_transport->transportActions());
    connect(m_transport->fitAction(), &QAction::triggered, m_timeline, &TimelineView::fitAll);

    m_bottom = new QSplitter(Qt::Horizontal, this);
    m_bottom->setObjectName(QStringLiteral("playerBottomSplitter"));
    m_bottom->addWidget(titled(tr("Combinators"), m_combinators, m_bottom));
    // The loop's lines wrap; when the panel is short, they scroll instead of being cut off.
    auto *loopScroll = new QScrollArea(m_bottom);
    loopScroll->setWidget(m_loop);
    loopScroll->setWidgetResizable(true);
    loopScroll->setFrameShape(QFrame::NoFrame);
    loopScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_bottom->addWidget(titled(tr("Event loop"), loopScroll, m_bottom));
    // The program's input() is typed under its output, as in a terminal.
    auto *terminal = new QWidget(m_bottom);
    auto *terminalLayout = new QVBoxLayout(terminal);
    terminalLayout->setContentsMargins(0, 0, 0, 0);
    terminalLayout->setSpacing(0);
    m_input = new InputLine(terminal);
    terminalLayout->addWidget(m_console, 1);
    terminalLayout->addWidget(m_input);
    m_bottom->addWidget(titled(tr("Output"), terminal, m_bottom));
    m_bottom->setStretchFactor(0, 3);
    m_bottom->setStretchFactor(1, 2);
    m_bottom->setStretchFactor(2, 2);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(2);
    m_notice = new QLabel(top);
    m_notice->setObjectName(QStringLiteral("notStartedNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fde7e9; color: #8a0016; border: 1px solid #e57373; padding: 4px 8px; }"));
    m_notice->hide();
    topLayout->addWidget(m_notice);
    topLayout->addWidget(m_timeline, 1);
    topLayout->addWidget(m_transport);

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(QStringLiteral("playerSplitter"));
    m_vertical->addWidget(top);
    m_vertical->addWidget(m_bottom);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    m_vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_vertical);

    connect(m_playback, &PlaybackState::cursorChanged, this, &PlayerWidget::onCursor);
    connect(m_timeline, &TimelineView::taskActivated, this, &PlayerWidget::taskActivated);
    setTrace(Trace());
    setFocusProxy(m_timeline);
}

PlayerWidget::~PlayerWidget()
{
    // Views hold a pointer to the model: let them go before it does.
    m_timeline->setModel(nullptr);
    m_combinators->setModel(nullptr);
    m_loop->setModel(nullptr);
}

void PlayerWidget::beginRun()
{
    m_viewState->beginRun();
}

void PlayerWidget::setNotStartedNotice(const QString &why)
{
    m_noticeWhy = why;
    updateNotice();
}

QString PlayerWidget::notStartedNotice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void PlayerWidget::updateNotice()
{
    if (m_noticeWhy.isEmpty()) {
        m_notice->hide();
        m_notice->clear();
        m_timeline->setGraphicsEffect(nullptr); // deletes the fading effect
        return;
    }
    // The old picture stays readable but faded, so nobody takes it for this run's.
    if (!m_timeline->graphicsEffect()) {
        auto *fade = new QGraphicsOpacityEffect(m_timeline);
        fade->setOpacity(0.45);
        m_timeline->setGraphicsEffect(fade);
    }
    QString why = m_noticeWhy; // a message that is sentences already ends with its own full stop
    if (why.endsWith(u'.'))
        why.chop(1);
    m_notice->setText(m_model->trace().tasks().empty()
                          ? tr("This run drew nothing: %1").arg(m_noticeWhy)
                          : tr("This run drew nothing: %1. The picture below is from the last run that drew "
                               "one.")
                                .arg(why));
    m_notice->show();
}

void PlayerWidget::setTrace(const Trace &trace, bool keepView)
{
    auto model = std::make_shared<RunModel>();
    model->setTrace(trace);
    setRun(model, keepView);
    m_growing = std::move(model);
}

void PlayerWidget::growRun(const Trace &trace)
{
    const size_t shown = m_growing ? size_t(m_growing->eventCount()) : 0;
    if (!m_growing || trace.events().size() < shown) {
        setTrace(trace, true);
        return;
    }
    m_growing->appendPiece(Trace::piece(trace, shown));
    m_growing->setEndTime(trace.endTime);
    showModel(true);
}

void PlayerWidget::setRun(std::shared_ptr<const RunModel> model, bool keepView)
{
    if (!model)
        model = std::make_shared<RunModel>();
    // The panels and the timeline hold the model by pointer: the old one lives until they have the new one,
    // and is then freed off the GUI thread (a big run's model takes tens of milliseconds to free).
    std::shared_ptr<const RunModel> previous = std::exchange(m_model, std::move(model));
    m_growing.reset();
    showModel(keepView);
    releaseOffThread(std::move(previous));
}

void PlayerWidget::showModel(bool keepView)
{
    m_noticeWhy.clear();
    updateNotice();
    if (!keepView)
        m_viewState->beginRun();
    const bool wasAtEnd = m_playback->atEnd() && m_playback->eventCount() > 0;
    const double wasAt = m_playback->time();
    const bool wasPlaying = m_playback->isPlaying();
    m_combinators->setModel(m_model.get());
    m_loop->setModel(m_model.get());
    m_timeline->setModel(m_model.get()); // fits, unless the learner zoomed or panned since the run began
    // The cursor goes to the start and back while the run is swapped: the timeline pages to where it ends up,
    // not to each step on the way.
    const bool follow = m_timeline->followsCursor();
    m_timeline->setFollowCursor(false);
    m_playback->setEvents(m_model->eventTimes(), m_model->startTime(), m_model->endTime());
    if (keepView) {
        // A live run that grows, or a re-run after a change: the cursor stays where the learner put it, and a
        // cursor that followed the end keeps following it.
        if (wasAtEnd)
            m_playback->jumpToEnd();
        else if (wasAt > m_model->startTime())
            m_playback->scrubTo(wasAt);
    }
    m_timeline->setFollowCursor(follow);
    if (follow)
        m_viewState->reveal(m_playback->time());
    if (keepView && wasPlaying && !m_playback->atEnd())
        m_playback->play();
}

const Trace &PlayerWidget::trace() const
{
    return m_model->trace();
}

QString PlayerWidget::stateText(const QString &title) const
{
    RunStateText::Parts parts;
    parts.title = title;
    parts.moment = m_loop->momentText();
    parts.lastEvent = m_loop->eventText();
    const RunStateText text(*m_model);
    for (int lane = 0; lane < m_model->laneCount(); ++lane) {
        const QString t = text.task(lane, m_playback->eventIndex());
        if (!t.isEmpty())
            parts.tasks << t;
    }
    parts.cards = m_combinators->stateLines();
    parts.ready = m_loop->readyText();
    parts.timers = m_loop->timersText();
    parts.output = m_console->toPlainText();
    if (!parts.output.isEmpty() && !parts.output.endsWith(QLatin1Char('\n')))
        parts.output += QLatin1Char('\n');
    return RunStateText::assemble(parts);
}

void PlayerWidget::onCursor(double time, std::int64_t event)
{
    m_combinators->showAt(event);
    m_loop->showAt(time, event);
    m_console->setProgramName(m_model->trace().program);
    m_console->setOutput(m_model->outputUntil(event), m_model->endingAt(event));
    int line = 0;
    if (event >= 0 && event < m_model->eventCount())
        line = m_model->trace().events()[size_t(event)].line;
    if (line > 0 && line != m_currentLine) {
        m_currentLine = line;
        emit currentLineChanged(line);
    }
    emit cursorMoved(time, qint64(event));
}

QList<PlayerWidget::TaskLine> PlayerWidget::linesAtCursor() const
{
    QList<TaskLine> out;
    const EventIndex at = m_playback->eventIndex();
    for (int lane = 0; lane < m_model->laneCount(); ++lane) {
        const TaskStatus state = m_model->stateAt(lane, at);
        if (state == TaskStatus::NotCreated || isFinalStatus(state))
            continue; // only tasks alive now have a place in the code
        TaskLine l;
        l.task = m_model->lane(lane).task;
        l.name = m_model->lane(lane).name;
        l.line = m_model->lineAt(lane, at);
        l.state = state;
        out << l;
    }
    return out;
}

QByteArray PlayerWidget::saveLayout() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << kLayoutMagic << m_vertical->saveState() << m_bottom->saveState();
    return out;
}

bool PlayerWidget::restoreLayout(const QByteArray &state)
{
    QDataStream s(state);
    quint32 magic = 0;
    QByteArray vertical, bottom;
    s >> magic >> vertical >> bottom;
    if (s.status() != QDataStream::Ok || magic != kLayoutMagic)
        return false;
    return m_vertical->restoreState(vertical) && m_bottom->restoreState(bottom);
}

void PlayerWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Player"));
        const QString titles[] = {tr("Combinators"), tr("Event loop"), tr("Output")};
        for (int i = 0; i < m_bottom->count() && i < 3; ++i) {
            if (auto *box = qobject_cast<QGroupBox *>(m_bottom->widget(i)))
                box->setTitle(titles[i]);
        }
        onCursor(m_playback->time(), m_playback->eventIndex()); // the panels' text, in the new language
        m_timeline->update();
    }
    QWidget::changeEvent(event);
}

} // namespace awaitscope
