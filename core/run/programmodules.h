#pragma once

#include "python/modulesource.h"

#include <QString>
#include <QStringList>

namespace awaitscope {

// Where a program's `import util` looks, as CPython's sys.path would: the program's own folder, then the
// folders of the PYTHONPATH environment variable. Folders that do not exist are left out; no program
// path (a program that is not a file), no folders.
QStringList programModuleFolders(const QString &programPath);

// The program's own modules, read from `folders` (in order) and nowhere else: for "a.b", a/__init__.py
// (a package) or a.py in the first folder that has either, then b in a's folder. Only regular files under
// the program size limit, never through a link that leads out of the folder; a module that is found but
// cannot be read gives its reason (raised as ImportError). Tracebacks show paths relative to the folder.
py::FindModule programModuleFinder(const QStringList &folders);

} // namespace awaitscope
