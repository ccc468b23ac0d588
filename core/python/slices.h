#pragma once

#include <cstdint>

namespace awaitscope::py {

class Interpreter;
class SliceObject;

// A slice's start, stop and step against a sequence of `len` items, as CPython's PySlice_AdjustIndices
// computes them (bounds beyond 64 bits are clamped; a zero step raises ValueError). One place for lists,
// tuples, strings, bytes and bytearrays.
void sliceIndices(Interpreter &in, SliceObject *s, int64_t len, int64_t &start, int64_t &stop, int64_t &step);

// How many items those indices select (PySlice_AdjustIndices' slicelength).
inline int64_t sliceLength(int64_t start, int64_t stop, int64_t step)
{
    if (step > 0)
        return stop > start ? (stop - start - 1) / step + 1 : 0;
    return stop < start ? (start - stop - 1) / -step + 1 : 0;
}

} // namespace awaitscope::py
