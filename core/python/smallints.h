#pragma once

// Operators on ints that fit in 64 bits, where the result fits too and no error is raised: the fast path of
// Interpreter::binaryOp and of the evaluator. Whatever they leave (an overflow, a division by zero or by a
// negative number, a shift out of range, a power) binaryOp decides with big ints and CPython's messages.
#include "ast.h"
#include "value.h"

#include <cstdint>

namespace awaitscope::py {

// Python's // and % of int64 values (rounding toward minus infinity); b is not 0, and not -1 with a the
// smallest int64.
inline int64_t floorDiv(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

inline int64_t floorMod(int64_t a, int64_t b)
{
    int64_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0)))
        m += b;
    return m;
}

// Two ints of int itself (no bool, no IntEnum member): their operators need no class.
inline bool plainInts(const Value &a, const Value &b)
{
    return a.isInt() && b.isInt() && !a.intSubclass() && !b.intSubclass();
}

// x OP y into r when the result is an int64 and no error is raised; false otherwise.
inline bool smallIntOp(Op op, int64_t x, int64_t y, int64_t &r)
{
    switch (op) {
    case Op::Add:
        return !__builtin_add_overflow(x, y, &r);
    case Op::Sub:
        return !__builtin_sub_overflow(x, y, &r);
    case Op::Mul:
        return !__builtin_mul_overflow(x, y, &r);
    case Op::BitAnd:
        r = x & y;
        return true;
    case Op::BitOr:
        r = x | y;
        return true;
    case Op::BitXor:
        r = x ^ y;
        return true;
    case Op::Mod: // by a positive divisor
        if (y <= 0)
            return false;
        r = floorMod(x, y);
        return true;
    case Op::FloorDiv: // by a positive divisor
        if (y <= 0)
            return false;
        r = floorDiv(x, y);
        return true;
    case Op::LShift:
        if (y < 0 || y >= 63 || x > (INT64_MAX >> y) || x < (INT64_MIN >> y))
            return false;
        r = int64_t(uint64_t(x) << y);
        return true;
    case Op::RShift:
        if (y < 0)
            return false;
        r = y >= 63 ? (x < 0 ? -1 : 0) : x >> y;
        return true;
    default:
        return false;
    }
}

// x OP y of the six comparisons into r; false for the other comparison operators.
inline bool smallIntCompare(Op op, int64_t x, int64_t y, bool &r)
{
    switch (op) {
    case Op::Eq:
        r = x == y;
        return true;
    case Op::NotEq:
        r = x != y;
        return true;
    case Op::Lt:
        r = x < y;
        return true;
    case Op::LtE:
        r = x <= y;
        return true;
    case Op::Gt:
        r = x > y;
        return true;
    case Op::GtE:
        r = x >= y;
        return true;
    default:
        return false;
    }
}

} // namespace awaitscope::py
