#pragma once

namespace awaitscope {

// Parses argv, picks the subcommand (none = the GUI) and runs it. Returns the exit code.
int runCommandLine(int argc, char *argv[]);

} // namespace awaitscope
