#pragma once

#include "value.h"

#include <QByteArray>

namespace awaitscope::py {

class Interpreter;

// JSON for aiohttp's json= argument and resp.json(): the text json.dumps() writes (", " and ": "
// separators, non-ASCII escaped), and a parsed document as dicts, lists, str, int, float, bool and None.
QByteArray toJsonText(Interpreter &in, const Value &value);
// Raises ValueError (json.JSONDecodeError's base) for text that is not JSON.
Value fromJsonText(Interpreter &in, const QByteArray &text);

} // namespace awaitscope::py
