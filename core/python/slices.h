#pragma once

#include <cstdint>

namespace awaitscope::py {

class Interpreter;
class SliceObject;

// A slice's start, stop and step against a sequence of `len` items, as CPython's PySlice_AdjustIndices
// computes them (bounds beyond 64 bits are clamped; a zero step raises ValueError). One place for lists,
// tuples, strings, bytes and bytearrays.
void sliceIndices(Interpreter &in, SliceObject *s, int64_t len, int64_t &start, int64_t &stop, int64_t &step);

} // namespace awaitscope::py
