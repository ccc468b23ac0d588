#pragma once

#include "mainwindow/windowaddon.h"

class QDockWidget;

namespace awaitscope {

class PredictPanel;

// Predict, then reveal, in the window: the panel in a dock on the right, its switch in the View menu and as
// a button in the status bar. Each run shown is handed to the panel with the lesson's questions, or with the
// reason this run cannot answer them (stopped early, an edited program).
class PredictAddOn : public WindowAddOn
{
    Q_OBJECT
public:
    using WindowAddOn::WindowAddOn;

    void install(WindowHost &host) override;
    void runShown() override;
    void retranslate() override;

    PredictPanel *panel() const { return m_panel; }

private:
    WindowHost *m_host = nullptr;
    PredictPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
};

} // namespace awaitscope
