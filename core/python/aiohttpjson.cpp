#include "aiohttpjson.h"

#include "interpreter.h"
#include "jsoncodec.h"

namespace awaitscope::py {

QByteArray toJsonText(Interpreter &in, const Value &value)
{
    return jsonDumps(in, value).toUtf8();
}

Value fromJsonText(Interpreter &in, const QByteArray &text)
{
    return jsonLoads(in, QString::fromUtf8(text), [&in](const QString &what, qsizetype position) {
        in.raiseValueError(
            QStringLiteral("%1: char %2 (the body is not valid JSON)").arg(what).arg(position));
    });
}

} // namespace awaitscope::py
