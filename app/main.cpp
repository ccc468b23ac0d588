// The executable is only this file: everything else lives in the libraries.
#include "application/commandline.h"

int main(int argc, char *argv[])
{
    return awaitscope::runCommandLine(argc, argv);
}
