#pragma once

#include <QtGlobal>

#include <algorithm>

namespace awaitscope::bench {

// How long the GUI thread went without answering while the window ran programs: a heavy virtual-clock
// program (20,000 tasks), a parameter dragged through ten values, and a live real-clock run.
struct GuiStallFigures
{
    bool ok = false;
    qint64 heavyRunMs = -1;
    qint64 parameterDragMs = -1;
    qint64 liveRunMs = -1;
    qint64 longestMs() const { return std::max({heavyRunMs, parameterDragMs, liveRunMs}); }
};

GuiStallFigures runGuiStallBenchmark();

} // namespace awaitscope::bench
