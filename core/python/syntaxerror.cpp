#include "syntaxerror.h"

namespace awaitscope::py {

QString SyntaxError::describe() const
{
    return QStringLiteral("%1 (line %2, column %3)").arg(message).arg(line).arg(col);
}

} // namespace awaitscope::py
