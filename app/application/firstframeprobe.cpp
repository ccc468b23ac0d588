#include "application/firstframeprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace awaitscope {

bool FirstFrameProbe::requested()
{
    return qEnvironmentVariableIsSet("AWAITSCOPE_FIRST_FRAME_PROBE");
}

FirstFrameProbe::FirstFrameProbe(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstFrameProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // After this paint has finished, not before: the frame must be complete when the line is read.
        QTimer::singleShot(0, qApp, [] {
            std::fputs("first-frame\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace awaitscope
