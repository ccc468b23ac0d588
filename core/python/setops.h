#pragma once

#include "ast.h"
#include "value.h"

#include <vector>

namespace awaitscope::py {

class Interpreter;
class SetObject;

// The set operations of CPython's setobject.c that take any iterable, each building its result in the order
// CPython's does (SetTable holds the table). A result has the type of the set it was asked of (set or
// frozenset), as make_new_set_basetype gives.

// set_update_internal: a set or frozenset merged, a plain dict's keys after one resize, anything else
// iterated key by key.
void setUpdate(Interpreter &in, SetObject &s, const Value &iterable);
// set(iterable) / frozenset(iterable), and a set display's elements (`{1, *xs}`).
Value makeSet(Interpreter &in, const Value &iterable, bool frozen);
Value setCopy(const Value &s);
// A key to look up in a set: a set given there stands for the frozenset of its keys (set_contains,
// set_discard, set_remove); anything else is itself.
Value setLookupKey(Interpreter &in, const Value &key);
Value setUnion(Interpreter &in, const Value &s, const std::vector<Value> &others);
Value setIntersection(Interpreter &in, const Value &s, const Value &other);
Value setDifference(Interpreter &in, const Value &s, const Value &other);
Value setSymmetricDifference(Interpreter &in, const Value &s, const Value &other);
void setDifferenceUpdate(Interpreter &in, SetObject &s, const Value &other);
void setSymmetricDifferenceUpdate(Interpreter &in, SetObject &s, const Value &other);
// A set display as CPython 3.11 compiles it: three or more constant elements become a frozenset constant
// (built again by the compiler, which can reorder it) merged into a new set, so `{16, 1, 2, 3, 4}` prints
// in that order and `set([16, 1, 2, 3, 4])` does not; a constant display a loop iterates is that frozenset
// itself; anything else is added element by element, a starred one merged (`{*a}`). `parts` are the evaluated
// elements of `display`, starred ones unexpanded.
struct SetDisplayPart
{
    Value value;
    bool starred = false;
};
Value makeSetDisplay(Interpreter &in, const Node *display, const std::vector<SetDisplayPart> &parts);
// `a op b` and `a op= b` for two sets (op: | & - ^); inplace changes a set (a frozenset gets a new one).
Value setBinaryOp(Interpreter &in, Op op, const Value &a, const Value &b, bool inplace);

} // namespace awaitscope::py
