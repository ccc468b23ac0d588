#pragma once

#include "trace/trace.h"

#include <QSize>

namespace awaitscope {

// Figures for `make bench`: how long the timeline takes to paint a large run.
class TimelineBenchmark
{
public:
    struct Result
    {
        double buildMs = 0.0; // deriving lanes and spans from the trace
        double paintMs = 0.0; // median frame, zoomed out to the whole run
        double worstMs = 0.0; // slowest frame
        double scrubMs = 0.0; // median frame while the cursor sweeps across the run
        int frames = 0;
    };

    // A deterministic synthetic run: `tasks` tasks sleeping, awaiting each other and printing, about `events`
    // events in all, spread over a minute of virtual time.
    static Trace syntheticTrace(int tasks, int events, unsigned seed = 1);

    static Result run(int tasks, int events, QSize size, int frames = 30);
    // The headline figure: the median zoomed-out frame in milliseconds.
    static double paintMs(int tasks, int events, QSize size);
};

} // namespace awaitscope
