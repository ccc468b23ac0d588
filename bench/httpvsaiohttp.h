#pragma once

#include <QString>

#include <vector>

namespace awaitscope::bench {

// The same aiohttp program under CPython and under `awaitscope run --clock real --net real`, against one
// `awaitscope serve` on loopback: 100 concurrent GETs of /delay/100 through one session with limit=100,
// then 1,000 sequential GETs of /json on that session. Each side runs it several times, alternating; the
// ratios are Awaitscope's median time over CPython's.
struct HttpVsAiohttp
{
    bool ok = false;
    QString skipped; // why there are no figures (no python3 with aiohttp, no server)
    double concurrentRatio = 0.0;
    double sequentialRatio = 0.0;
    double awaitscopeConcurrent = 0.0, aiohttpConcurrent = 0.0; // medians, seconds
    double awaitscopeSequential = 0.0, aiohttpSequential = 0.0;
    int rounds = 0;
};

HttpVsAiohttp runHttpVsAiohttp(int rounds = 3);

// The middle of the values (the upper middle of an even count); 0 for none.
double median(std::vector<double> values);

} // namespace awaitscope::bench
