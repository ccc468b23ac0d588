#pragma once

#include <QString>

namespace awaitscope {

// Where the app's own data lives: `<prefix>/share/awaitscope` beside `<prefix>/bin/awaitscope`, so an
// installed tree works wherever it was unpacked. The build tree has the same shape (build/bin and
// build/share/awaitscope). AWAITSCOPE_DATA_DIR, when set, names the folder instead.
QString dataDirectory();

// The built-in lessons (`lessons/`) and the interface's translations (`translations/awaitscope_LANG.qm`).
QString lessonsDirectory();
QString translationsDirectory();

} // namespace awaitscope
