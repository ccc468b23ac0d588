#pragma once

#include <QStringList>

namespace awaitscope {

// main(): finds the command (commandlinespec.h), makes the application object it needs (a window's, an
// offscreen one for pictures, or a console one), then runs it. Returns the exit status.
int runCommandLine(int argc, char *argv[]);

// One command line (the words after the program's name) with the application object already made, as
// runCommandLine() makes it: reads the arguments by the definition, answers --help and --version, applies
// --lang and runs the command. Exit status: the command's; 2 for a misuse of the command line.
int runCommand(const QStringList &arguments);

} // namespace awaitscope
