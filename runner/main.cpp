// awaitscope-runner: the process in which the window runs a learner's program, so that a fault in the
// interpreter ends this process, never the window. Everything is in the core library (run/runner.h).
#include "run/runner.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return awaitscope::serveRunRequest();
}
