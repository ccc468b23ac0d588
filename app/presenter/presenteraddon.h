#pragma once

#include "mainwindow/windowaddon.h"

namespace awaitscope {

class PresenterMode;

// Presenter mode in the window: its switch in the View menu (F5), the window's chrome and the other
// add-ons' dialogs out of the way while presenting, and the number keys opening lessons.
class PresenterAddOn : public WindowAddOn
{
    Q_OBJECT
public:
    using WindowAddOn::WindowAddOn;

    void install(WindowHost &host) override;
    // Every add-on is installed: their dialog actions are off while presenting.
    void allInstalled() override;
    void leaveModes() override;
    void retranslate() override;

    PresenterMode *mode() const { return m_mode; }

private:
    WindowHost *m_host = nullptr;
    PresenterMode *m_mode = nullptr;
};

} // namespace awaitscope
