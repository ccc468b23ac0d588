#pragma once

#include "mainwindow/windowaddon.h"

#include <functional>
#include <memory>

class QThread;

namespace awaitscope {

class CompareWindow;
struct Comparison;

// The Compare menu: the lesson's pitfall beside its fix, the lesson's program beside the learner's edit,
// and the defaults beside the learner's parameters. Both sides run off the GUI thread; the comparison opens
// in a window of its own when both have ended, and stays available to Export.
class CompareAddOn : public WindowAddOn
{
    Q_OBJECT
public:
    using WindowAddOn::WindowAddOn;
    ~CompareAddOn() override;

    void install(WindowHost &host) override;
    QList<QAction *> dialogActions() const override;
    void retranslate() override;
    void shutDown() override;

    void comparePitfallWithFix();
    void compareWithEdit();
    void compareSettings();
    // A comparison's two runs are in progress.
    bool isComparing() const { return m_thread != nullptr; }
    // The last comparison shown; null before the first.
    const Comparison *lastComparison() const { return m_last.get(); }
    CompareWindow *compareWindow() const { return m_window; }

private:
    void start(std::function<Comparison()> build);
    void show(const Comparison &comparison);

    WindowHost *m_host = nullptr;
    QList<QAction *> m_actions;
    CompareWindow *m_window = nullptr;
    std::unique_ptr<Comparison> m_last;
    QThread *m_thread = nullptr;
};

} // namespace awaitscope
