#pragma once

// The match statement's case patterns, as CPython 3.11 matches them. Matching never awaits (a pattern holds
// literals, dotted names and class names, nothing to call but __eq__, isinstance and attribute lookups), so
// both evaluators share it; only the subject, the guards and the bodies are evaluated by each.
#include "ast.h"

namespace awaitscope::py {

class Interpreter;
class Value;
struct Frame;

// Tries `matchCase`'s pattern on the subject, the frame at the pattern's line. On success the names the
// pattern captures are bound, before the guard runs (so a guard that fails leaves them bound, as in CPython);
// a pattern that fails binds nothing.
bool matchCase(Interpreter &in, Node *matchCase, const Value &subject, Frame &f);

// The case's guard (nullptr without one), the frame moved to its line first when it is a line of its own.
Node *caseGuard(Interpreter &in, Node *matchCase, Frame &f);

} // namespace awaitscope::py
