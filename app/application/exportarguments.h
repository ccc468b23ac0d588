#pragma once

#include "application/argumentparser.h"
#include "export/exportcommand.h"

namespace awaitscope {

// `awaitscope export`'s arguments as a request: every value checked (sizes, themes, moments, views, what to
// draw and where to write it). False with `error` set, naming the flag, for anything wrong or missing.
bool exportRequestFrom(const ParsedArguments &arguments, ExportRequest *request, QString *error);

// The same from the words after "export", read by the command-line definition.
bool parseExportArguments(const QStringList &arguments, ExportRequest *request, QString *error);

} // namespace awaitscope
