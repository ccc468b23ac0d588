#include "presenter/presenteraddon.h"

#include "lessonview/lessonsession.h"
#include "player/playerwidget.h"
#include "presenter/presentermode.h"
#include "timeline/timelineview.h"

#include <QMenu>

namespace awaitscope {

void PresenterAddOn::install(WindowHost &host)
{
    m_host = &host;
    m_mode = new PresenterMode(host.window(), host.player());
    // What a class should not see: the lesson list and the editor's controls (the code itself stays).
    m_mode->setChrome(host.chrome());
    connect(m_mode, &PresenterMode::lessonRequested, this, [&host](int position) {
        if (host.session()->openAt(position))
            host.player()->timelineView()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_mode, &PresenterMode::activeChanged, this,
            [&host](bool active) { host.setPresenting(active); });
    host.menu(WindowHost::Menu::View)->addAction(m_mode->toggleAction());
}

void PresenterAddOn::allInstalled()
{
    m_mode->setBlockedActions(m_host->dialogActions());
}

void PresenterAddOn::leaveModes()
{
    m_mode->leave();
}

void PresenterAddOn::retranslate()
{
    m_mode->retranslate();
}

} // namespace awaitscope
