#pragma once

#include "lessons/lesson.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace awaitscope {

class Trace;

// Finds the moments named by a lesson's sections in a recorded run, so the GUI can show the right
// paragraph while the timeline plays.
class MomentLocator
{
public:
    // The sequence number of the trace event at which `moment` happens; nothing if it never does.
    static std::optional<std::uint64_t> find(const Trace &trace, const LessonMoment &moment);

    // The section to show when the playback cursor is at event `seq`: among the sections of
    // `program`, the one whose moment is the latest at or before the cursor (a moment that never
    // happens counts as the end of the run). Before every moment, the first section of the program.
    // -1 when the program has no sections or the trace is empty.
    static int sectionAt(const Trace &trace, const QList<LessonSection> &sections, const QString &program,
                         std::uint64_t seq);
};

} // namespace awaitscope
