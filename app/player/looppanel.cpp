#include "player/looppanel.h"

#include <QFormLayout>
#include <QLabel>

namespace awaitscope {

namespace {

constexpr int kMaxListed = 8; // more than this reads as noise; the count says the rest

QLabel *valueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

LoopPanel::LoopPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("loopPanel"));
    setAccessibleName(tr("Event loop"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(6, 6, 6, 6);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_moment = valueLabel(QStringLiteral("loopMoment"), tr("Time"), this);
    m_event = valueLabel(QStringLiteral("loopEvent"), tr("What happens"), this);
    m_ready = valueLabel(QStringLiteral("loopReady"), tr("Ready queue"), this);
    m_timers = valueLabel(QStringLiteral("loopTimers"), tr("Timers"), this);
    form->addRow(tr("Time:"), m_moment);
    form->addRow(tr("Now:"), m_event);
    form->addRow(tr("Ready queue:"), m_ready);
    form->addRow(tr("Timers:"), m_timers);
    showAt(0.0, -1);
}

void LoopPanel::setModel(const RunModel *model)
{
    m_model = model;
    showAt(model ? model->startTime() : 0.0, -1);
}

void LoopPanel::showAt(double time, EventIndex event)
{
    if (!m_model) {
        m_moment->setText(tr("no run yet"));
        m_event->clear();
        m_ready->clear();
        m_timers->clear();
        return;
    }
    m_moment->setText(tr("%1 s · event %2 of %3")
                          .arg(QString::number(time, 'f', 3))
                          .arg(event + 1)
                          .arg(m_model->eventCount()));
    m_event->setText(event >= 0 ? m_model->describeEvent(event) : tr("nothing has happened yet"));

    const LoopSnapshot loop = m_model->loopAt(event);
    QStringList ready;
    for (size_t i = 0; i < loop.readyTasks.size() && i < size_t(kMaxListed); ++i)
        ready << m_model->taskName(loop.readyTasks[i]);
    if (loop.readyTasks.size() > size_t(kMaxListed))
        ready << tr("… %n more", nullptr, int(loop.readyTasks.size()) - kMaxListed);
    QString readyText = ready.isEmpty() ? tr("empty") : ready.join(QStringLiteral(", "));
    if (loop.readyCount > 0)
        readyText += QStringLiteral(" · ") + tr("last loop pass: %1 ready").arg(loop.readyCount);
    m_ready->setText(readyText);

    QStringList timers;
    for (size_t i = 0; i < loop.timers.size() && i < size_t(kMaxListed); ++i) {
        const PendingTimer &t = loop.timers[i];
        timers << tr("%1 s → %2").arg(QString::number(t.when, 'f', 3), m_model->taskName(t.task));
    }
    if (loop.timers.size() > size_t(kMaxListed))
        timers << tr("… %n more", nullptr, int(loop.timers.size()) - kMaxListed);
    m_timers->setText(timers.isEmpty() ? tr("none") : timers.join(QLatin1Char('\n')));
}

QString LoopPanel::readyText() const
{
    return m_ready->text();
}

QString LoopPanel::timersText() const
{
    return m_timers->text();
}

QString LoopPanel::eventText() const
{
    return m_event->text();
}

void LoopPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Event loop"));
        const std::pair<QLabel *, QString> rows[] = {{m_moment, tr("Time:")},
                                                     {m_event, tr("Now:")},
                                                     {m_ready, tr("Ready queue:")},
                                                     {m_timers, tr("Timers:")}};
        auto *form = static_cast<QFormLayout *>(layout());
        for (const auto &[value, text] : rows) {
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(value)))
                label->setText(text);
        }
        m_moment->setAccessibleName(tr("Time"));
        m_event->setAccessibleName(tr("What happens"));
        m_ready->setAccessibleName(tr("Ready queue"));
        m_timers->setAccessibleName(tr("Timers"));
    }
    QWidget::changeEvent(event);
}

} // namespace awaitscope
