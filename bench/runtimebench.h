#pragma once

namespace awaitscope::bench {

struct RuntimeFigures
{
    double minSpeedup = 0; // over gather, wait and as_completed, virtual clock vs CPython
};

// N = 100,000 tasks that each sleep(0) once: per-task cost of gather, wait and as_completed on both clocks,
// the same workloads in CPython when python3 is present, and memory per pending task. Prints a table.
RuntimeFigures runRuntimeBenchmarks();
// The gather workload (with the trace on or off) ten times, printing its best: a target for a profiler.
void profileGather(bool traced);

} // namespace awaitscope::bench
