#pragma once

#include "application/commandlinespec.h"

#include <QString>

namespace awaitscope {

// What the command-line definition says, in three forms. None of them holds a flag of its own: each is
// written from commandLineSpec() alone.

// `awaitscope --help` and `awaitscope COMMAND --help`, in the current language.
QString helpText(const CommandLineSpec &spec, const CommandSpec &command);

// The man page awaitscope.1 (roff, English).
QString manPage(const CommandLineSpec &spec, const QString &version);

// The bash completion script (the function _awaitscope, registered for `awaitscope`).
QString bashCompletion(const CommandLineSpec &spec);

} // namespace awaitscope
