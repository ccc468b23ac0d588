#pragma once

#include "lessons/lesson.h"

#include <cstdint>

namespace awaitscope {

class Trace;

// Where in a run a question belongs: the event at which its answer becomes visible, and the event at which
// playback stops to ask it (the last one whose clock reads earlier, so the picture gives nothing away).
// Questions about the whole run (total time, exit status, how many lines) are asked before it starts.
struct QuestionMoment
{
    std::int64_t stop = -1;   // event index to stop at; -1 = before the first event
    std::int64_t reveal = -1; // event index that shows the answer; -1 when the run is empty
    bool wholeRun = false;

    static QuestionMoment locate(const Trace &trace, const LessonQuestion &question);
};

} // namespace awaitscope
