// How Python exceptions cross the C++ runtime, and how the runtime's errors become Python exceptions.
#include "interpreter.h"

namespace awaitscope::py {

void Interpreter::throwPython(const Value &exc)
{
    throw PyException{exc};
}

Value Interpreter::runtimeErrorToPython(std::exception_ptr e)
{
    try {
        std::rethrow_exception(e);
    } catch (const std::bad_alloc &) {
        throw ProgramStop{QStringLiteral("out of memory")};
    } catch (const std::exception &x) {
        return newException(exceptionClass(QStringLiteral("RuntimeError")), {makeStr(QString::fromUtf8(x.what()))});
    }
}

} // namespace awaitscope::py
