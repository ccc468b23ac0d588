#pragma once

#include "mainwindow/mainwindow.h"

#include <QTest>

// The window never waits for a run: opening a lesson, changing a parameter or pressing Run starts one that
// ends on its own thread, and its picture appears when it does. Tests wait for that like a learner does.
[[nodiscard]] inline bool runEnded(const awaitscope::MainWindow &w, int ms = 15000)
{
    return QTest::qWaitFor([&w] { return !w.isRunning(); }, ms);
}
