#pragma once

#include "trace/runmodel.h"

#include <QWidget>

class QLabel;

namespace awaitscope {

// The event loop at the cursor: the moment, what just happened, the ready queue and the timer heap.
class LoopPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LoopPanel(QWidget *parent = nullptr);

    void setModel(const RunModel *model);
    void showAt(double time, EventIndex event);

    QString readyText() const;
    QString timersText() const;
    QString eventText() const;
    QString momentText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    const RunModel *m_model = nullptr;
    QLabel *m_moment = nullptr;
    QLabel *m_event = nullptr;
    QLabel *m_ready = nullptr;
    QLabel *m_timers = nullptr;
};

} // namespace awaitscope
