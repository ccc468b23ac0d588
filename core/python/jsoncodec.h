#pragma once

#include "value.h"

#include <QString>

#include <functional>

namespace awaitscope::py {

class Interpreter;

// JSON as CPython's json module writes and reads it, shared by the json module and aiohttp's json= and
// resp.json().
struct JsonDumpOptions
{
    bool pretty = false; // indent given: one item per line
    QString indent;      // the text of one level of indentation
    QString itemSeparator = QStringLiteral(", ");
    QString keySeparator = QStringLiteral(": ");
    bool sortKeys = false;
    bool ensureAscii = true;
    Value defaultFn; // called for objects JSON has no form for (json.dumps(default=...)); None: TypeError
    bool checkCircular =
        true; // a container met again inside itself: ValueError "Circular reference detected"
};
QString jsonDumps(Interpreter &in, const Value &value, const JsonDumpOptions &options = {});

// Parses a document into dicts, lists, str, int, float, bool and None. On an error calls `fail` with
// CPython's message ("Expecting value") and the character position; `fail` must throw.
using JsonFail = std::function<void(const QString &message, qsizetype position)>;
Value jsonLoads(Interpreter &in, const QString &text, const JsonFail &fail);

} // namespace awaitscope::py
