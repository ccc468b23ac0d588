#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace awaitscope::py {

// A module of the program's own (`import util` finding util.py beside the program), as the embedder read it.
struct ModuleSource
{
    QString path;           // as tracebacks show it ("util/async_timer.py"); empty for a namespace package
    QString source;         // the file's text
    bool isPackage = false; // a folder (with or without __init__.py): its submodules are "name.sub"
    QString error; // found but not readable (too large, not a regular file ...): raised as ImportError
};

// Finds the module of a dotted name ("util", then "util.async_timer"); nothing when there is none.
using FindModule = std::function<std::optional<ModuleSource>(const QString &name)>;

} // namespace awaitscope::py
