#pragma once

// Python ints beyond 64 bits. An int that fits in int64_t is a Value immediate (the fast path); an operation
// whose result does not fit makes a BigIntObject holding a GMP integer. Results that fit again go back to the
// immediate, so an int has exactly one representation and ==, hash and dict keys need not know about both.

#include "objects.h"

#include <gmp.h>

#include <QString>

#include <cstdint>

namespace awaitscope::py {

class Interpreter;

class BigIntObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::BigInt;
    BigIntObject();
    ~BigIntObject() override;
    mpz_t value;
};

// CPython's default for sys.set_int_max_str_digits: decimal conversions of longer ints raise ValueError.
constexpr int64_t kIntMaxStrDigits = 4300;

inline bool isBigInt(const Value &v)
{
    return v.isObj() && v.obj()->kind == ObjKind::BigInt;
}
// int, bool or a big int.
inline bool isInteger(const Value &v)
{
    return v.isIntLike() || isBigInt(v);
}
inline const mpz_t &bigOf(const Value &v)
{
    return static_cast<BigIntObject *>(v.obj())->value;
}

// An int Value for x: an immediate when it fits in int64_t.
Value intFromMpz(const mpz_t x);
// x's value into out (initialised by the caller); x is an integer Value.
void intToMpz(const Value &x, mpz_t out);

// Integer arithmetic for the operands the immediate path cannot handle (a big operand or a 64-bit
// overflow). op is "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|" or "^"; both are integers.
Value bigBinaryOp(Interpreter &in, Op op, const Value &a, const Value &b);
// Unary "-", "+" or "~" of an integer (a big one, or -(2**63)).
Value bigUnaryOp(Interpreter &in, Op op, const Value &v);
Value intAbs(const Value &v);
// pow(base, exp, mod) for integers.
Value intPowMod(Interpreter &in, const Value &base, const Value &exp, const Value &mod);

// -1, 0 or 1 for integers a and b.
int intCompare(const Value &a, const Value &b);
// Exact comparison of an integer with a finite or infinite double (not NaN): -1, 0 or 1.
int intCompareDouble(const Value &i, double d);

// float(x), correctly rounded; OverflowError "int too large to convert to float".
double intToDouble(Interpreter &in, const Value &x);
// int(d) for a finite d (truncated).
Value intFromDouble(double d);
// int(d) for any d: ValueError for NaN, OverflowError for an infinity.
Value floatTruncToInt(Interpreter &in, double d);

// str() in base 10 (ValueError past kIntMaxStrDigits digits) or the digits of |x| in base 2, 8 or 16
// (no limit, as in CPython).
QString intToString(Interpreter &in, const Value &x);
QString intMagnitudeDigits(const Value &x, int base);
bool intIsNegative(const Value &x);
// int(text, base) with CPython's rules (whitespace, sign, underscores, prefixes with base 0, the digit
// limit); `original` is the argument shown in the error message. Returns None when text is no integer.
Value intFromString(Interpreter &in, const QString &text, int base, const Value &original);
// A literal of the program (digits only, base 2, 8, 10 or 16), too large for int64_t.
Value intFromLiteral(const QString &digits, int base);

// CPython's hash(): ints and floats modulo 2**61 - 1, so hash(2**70) == hash(2.0**70).
int64_t pythonIntHash(const Value &x);
int64_t pythonFloatHash(double d);

int64_t intBitLength(const Value &x);
int64_t intBitCount(const Value &x);

// round(x, ndigits) for an integer x and ndigits < 0 (half to even), and round(d) for a float.
Value intRound(Interpreter &in, const Value &x, int64_t ndigits);
Value floatRoundToInt(Interpreter &in, double d);

// math module helpers over integers.
Value intGcd(const Value &a, const Value &b);
Value intIsqrt(Interpreter &in, const Value &n);
Value intFactorial(Interpreter &in, const Value &n);
Value intComb(Interpreter &in, const Value &n, const Value &k, bool perm);
// fn(x) (log, log2 or log10) of a positive integer of any size: m * 2**e gives fn(m) + e * fn(2).
double intLog(Interpreter &in, const Value &x, double (*fn)(double));

// Stops the run (memory limit) or raises MemoryError before an operation that would make an integer of
// about `bits` bits; also used to refuse shifts and powers that no memory could hold.
void expectIntBits(Interpreter &in, double bits);

} // namespace awaitscope::py
