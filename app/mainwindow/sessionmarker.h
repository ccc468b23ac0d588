#pragma once

class QSettings;

namespace awaitscope {

// Remembers in the settings that a window is open (with its process id) until it closes normally, so the
// next start can tell that the last session ended abnormally (a crash, a kill) and not re-run the learner's
// edited code that may have caused it. A second window of a still running process is not a crash.
namespace SessionMarker {

bool previousEndedAbnormally(const QSettings &settings);
void markOpen(QSettings &settings);
void markClosed(QSettings &settings);

} // namespace SessionMarker

} // namespace awaitscope
