#pragma once

#include <QObject>

class QWidget;

namespace awaitscope {

// For `make bench`: when AWAITSCOPE_FIRST_FRAME_PROBE is set, prints "first-frame" on stdout once the
// main window has painted for the first time, then quits. The benchmark times the whole start-up from
// outside the process, so the figure includes loading Qt, the lessons and the first run.
class FirstFrameProbe : public QObject
{
    Q_OBJECT
public:
    static bool requested();
    explicit FirstFrameProbe(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_reported = false;
};

} // namespace awaitscope
