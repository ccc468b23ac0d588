#include "player/looppanel.h"

#include "trace/runstatetext.h"

#include <QFormLayout>
#include <QLabel>

namespace awaitscope {

namespace {

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
    Q_UNUSED(time); // the moment is the event's: two events at one instant are two moments
    if (!m_model) {
        m_moment->setText(tr("no run yet"));
        m_event->clear();
        m_ready->clear();
        m_timers->clear();
        return;
    }
    const RunStateText text(*m_model);
    const LoopSnapshot loop = m_model->loopAt(event);
    m_moment->setText(text.moment(event));
    m_event->setText(text.lastEvent(event));
    m_ready->setText(text.readyNames(loop));
    m_timers->setText(text.timerList(loop));
}

QString LoopPanel::momentText() const
{
    return m_moment->text();
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
