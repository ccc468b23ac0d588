// libFuzzer target: the Python-subset parser. Any input must end in a syntax tree or a SyntaxError.
#include "python/parser.h"
#include "python/syntaxerror.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        awaitscope::py::Parser::parseProgram(source);
    } catch (const awaitscope::py::SyntaxError &e) {
        // The message shown to the learner must be producible too.
        (void)e.describe();
    }
    return 0;
}
