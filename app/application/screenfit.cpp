#include "application/screenfit.h"

#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace awaitscope {

QRect rectInside(const QRect &frame, const QRect &available)
{
    if (!available.isValid())
        return frame;
    QRect r(frame.topLeft(), frame.size().boundedTo(available.size()));
    r.moveLeft(std::clamp(r.left(), available.left(), available.right() - r.width() + 1));
    r.moveTop(std::clamp(r.top(), available.top(), available.bottom() - r.height() + 1));
    return r;
}

QRect clientInside(const QRect &client, const QMargins &frame, const QRect &available)
{
    const QRect outer = rectInside(client.marginsAdded(frame), available);
    return outer.marginsRemoved(frame);
}

QMargins frameMarginsOf(const QWidget *window)
{
    const QRect frame = window->frameGeometry();
    const QRect client = window->geometry();
    return {client.left() - frame.left(), client.top() - frame.top(), frame.right() - client.right(),
            frame.bottom() - client.bottom()};
}

namespace {

// Waits for the window's first show, then for the window manager's frame, and fits the window once.
class ShowFitter : public QObject
{
public:
    explicit ShowFitter(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Show) {
            m_window->removeEventFilter(this);
            // The frame margins arrive with the window manager's reply (_NET_FRAME_EXTENTS on X11); look
            // right after the show and once more when a slow window manager has answered.
            QTimer::singleShot(0, this, [this] { fit(); });
            QTimer::singleShot(400, this, [this] {
                fit();
                deleteLater();
            });
        }
        return false;
    }

private:
    void fit()
    {
        if (!m_window || !m_window->screen())
            return;
        if (m_window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen | Qt::WindowMinimized))
            return;
        // Without a frame (no window manager, the offscreen platform) there is nothing the size given
        // before show() did not already account for.
        const QMargins margins = frameMarginsOf(m_window);
        if (margins.isNull())
            return;
        const QRect available = m_window->screen()->availableGeometry();
        if (available.contains(m_window->frameGeometry()))
            return;
        const QRect client = m_window->geometry();
        const QRect fitted = clientInside(client, margins, available);
        m_window->resize(fitted.size().expandedTo(m_window->minimumSize()));
        m_window->move(fitted.topLeft() - QPoint(margins.left(), margins.top()));
    }

    QPointer<QWidget> m_window;
};

} // namespace

void keepOnScreenWhenShown(QWidget *window)
{
    if (window)
        new ShowFitter(window);
}

} // namespace awaitscope
