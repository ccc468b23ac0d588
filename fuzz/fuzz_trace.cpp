// libFuzzer target: the trace reader. A trace file that loads must also serialise again and answer the
// questions the player asks of it.
#include "trace/trace.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    awaitscope::Trace trace;
    QString error;
    if (!trace.fromJson(json, &error))
        return 0;
    const QByteArray again = trace.toJson();
    (void)trace.toChromeTrace();
    if (!trace.events().empty())
        (void)trace.outputUntil(trace.events().back().seq);
    // What the app writes, it must read back.
    awaitscope::Trace reread;
    if (!reread.fromJson(again, &error))
        __builtin_trap();
    return 0;
}
