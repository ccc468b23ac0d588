// Python ints beyond 64 bits, on GMP (see bigint.h).
#include "bigint.h"

#include "interpreter.h"

#include <cmath>
#include <cstdlib>
#include <limits>
#include <new>

namespace awaitscope::py {

namespace {

// An mpz_t that clears itself when a Python exception unwinds past it.
struct Mpz
{
    Mpz() { mpz_init(v); }
    explicit Mpz(const Value &x)
    {
        mpz_init(v);
        intToMpz(x, v);
    }
    ~Mpz() { mpz_clear(v); }
    Mpz(const Mpz &) = delete;
    Mpz &operator=(const Mpz &) = delete;
    mpz_t v;
};

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1; // CPython's _PyHASH_MODULUS
constexpr int kHashBits = 61;

// Bits of |x| (0 for 0).
int64_t bitLength(const mpz_t x)
{
    return mpz_sgn(x) == 0 ? 0 : int64_t(mpz_sizeinbase(x, 2));
}

// The result of an operation: an immediate when it fits, else a new object that takes x's limbs.
Value takeMpz(mpz_t x)
{
    if (mpz_fits_slong_p(x))
        return Value::fromInt(int64_t(mpz_get_si(x)));
    auto *o = new BigIntObject();
    Value v(o);
    mpz_swap(o->value, x);
    // A large number is a lot of memory in one object: bring the next measurement closer, as long strings do.
    const int64_t bytes = int64_t(mpz_size(o->value)) * int64_t(sizeof(mp_limb_t));
    if (bytes > 4096)
        if (Heap *h = Heap::current())
            h->charge(bytes / 32);
    return v;
}

[[noreturn]] void zeroDivision(Interpreter &in, const char *message)
{
    in.raiseError(QStringLiteral("ZeroDivisionError"), QLatin1String(message));
}

[[noreturn]] void overflow(Interpreter &in, const char *message)
{
    in.raiseError(QStringLiteral("OverflowError"), QLatin1String(message));
}

// |x| rounded to a double (half to even) times 2**exp: the top 55 bits with a sticky bit for the rest, which
// the conversion of a 64-bit integer to double then rounds correctly.
double roundedMagnitude(const mpz_t absX, int64_t &exp)
{
    const int64_t n = bitLength(absX);
    if (n <= 63) {
        exp = 0;
        return double(mpz_get_ui(absX));
    }
    const int64_t shift = n - 55;
    Mpz top;
    mpz_tdiv_q_2exp(top.v, absX, mp_bitcnt_t(shift));
    uint64_t q = mpz_get_ui(top.v);
    if (int64_t(mpz_scan1(absX, 0)) < shift)
        q |= 1;
    exp = shift;
    return double(q);
}

// a / b correctly rounded, for b != 0 (CPython's long_true_divide gives the same double).
double trueDivide(Interpreter &in, const mpz_t a, const mpz_t b)
{
    const bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0)
        return negative ? -0.0 : 0.0;
    Mpz x, y;
    mpz_abs(x.v, a);
    mpz_abs(y.v, b);
    const int64_t na = bitLength(x.v), nb = bitLength(y.v);
    if (na <= 53 && nb <= 53) {
        const double r = double(mpz_get_ui(x.v)) / double(mpz_get_ui(y.v));
        return negative ? -r : r;
    }
    // |a / b| is between 2**(na - nb - 1) and 2**(na - nb + 1): past a double's range, or below half its
    // smallest subnormal (2**-1075), without dividing
    if (na - nb > 1025)
        overflow(in, "integer division result too large for a float");
    if (na - nb < -1080)
        return negative ? -0.0 : 0.0;
    // Scale so that the quotient has 55 or 56 bits, then keep a sticky bit for the remainder.
    const int64_t shift = na - nb - 55;
    if (shift < 0)
        mpz_mul_2exp(x.v, x.v, mp_bitcnt_t(-shift));
    else
        mpz_mul_2exp(y.v, y.v, mp_bitcnt_t(shift));
    Mpz q, r;
    mpz_tdiv_qr(q.v, r.v, x.v, y.v);
    uint64_t bits = mpz_get_ui(q.v);
    if (mpz_sgn(r.v) != 0)
        bits |= 1;
    const double result = std::ldexp(double(bits), int(shift));
    if (std::isinf(result))
        overflow(in, "integer division result too large for a float");
    return negative ? -result : result;
}

[[noreturn]] void tooManyDigitsToStr(Interpreter &in)
{
    in.raiseValueError(QStringLiteral("Exceeds the limit (%1 digits) for integer string conversion; use "
                                      "sys.set_int_max_str_digits() to increase the limit")
                           .arg(kIntMaxStrDigits));
}

// GMP's allocation functions: the C library's, except that a refusal (an address-space cap) is a C++
// exception where GMP's own would abort the process. GMP's C code has unwind tables, so it passes through.
void *gmpAllocate(size_t size)
{
    void *p = std::malloc(size);
    if (!p)
        throw std::bad_alloc();
    return p;
}

void *gmpReallocate(void *old, size_t, size_t size)
{
    void *p = std::realloc(old, size);
    if (!p)
        throw std::bad_alloc();
    return p;
}

void gmpFree(void *p, size_t)
{
    std::free(p);
}

[[maybe_unused]] const bool gmpAllocatorInstalled = [] {
    mp_set_memory_functions(gmpAllocate, gmpReallocate, gmpFree);
    return true;
}();

} // namespace

BigIntObject::BigIntObject()
    : Object(ObjKind::BigInt)
{
    mpz_init(value);
}

BigIntObject::~BigIntObject()
{
    mpz_clear(value);
}

Value intFromMpz(const mpz_t x)
{
    if (mpz_fits_slong_p(x))
        return Value::fromInt(int64_t(mpz_get_si(x)));
    Mpz copy;
    mpz_set(copy.v, x);
    return takeMpz(copy.v);
}

void intToMpz(const Value &x, mpz_t out)
{
    if (isBigInt(x))
        mpz_set(out, bigOf(x));
    else
        mpz_set_si(out, long(x.asInt()));
}

void expectIntBits(Interpreter &in, double bits)
{
    // GMP cannot represent numbers of 2**37 bits and more (it aborts); CPython raises MemoryError long
    // before.
    constexpr double kMaxBits = double(int64_t(1) << 36);
    const double bytes = bits / 8;
    // Multiplications need room for their temporaries too: three times the result is GMP's peak.
    if (bytes > 1 << 20)
        if (Heap *h = Heap::current())
            h->expect(bytes * 3 > 1e18 ? int64_t(1e18) : int64_t(bytes * 3));
    if (bits > kMaxBits)
        in.raiseError(QStringLiteral("MemoryError"), QString());
}

Value bigBinaryOp(Interpreter &in, Op op, const Value &a, const Value &b)
{
    Mpz x(a), y(b), r;
    const int64_t nx = bitLength(x.v), ny = bitLength(y.v);
    if (op == Op::Add || op == Op::Sub) {
        expectIntBits(in, double(std::max(nx, ny) + 1));
        if (op == Op::Add)
            mpz_add(r.v, x.v, y.v);
        else
            mpz_sub(r.v, x.v, y.v);
        return takeMpz(r.v);
    }
    if (op == Op::Mul) {
        expectIntBits(in, double(nx + ny));
        mpz_mul(r.v, x.v, y.v);
        return takeMpz(r.v);
    }
    if (op == Op::Div) {
        if (mpz_sgn(y.v) == 0)
            zeroDivision(in, "division by zero");
        return Value::fromFloat(trueDivide(in, x.v, y.v));
    }
    if (op == Op::FloorDiv || op == Op::Mod) {
        if (mpz_sgn(y.v) == 0)
            zeroDivision(in, op == Op::FloorDiv ? "integer division or modulo by zero"
                                                : "integer modulo by zero");
        if (op == Op::FloorDiv)
            mpz_fdiv_q(r.v, x.v, y.v);
        else
            mpz_fdiv_r(r.v, x.v, y.v);
        return takeMpz(r.v);
    }
    if (op == Op::Pow) {
        if (mpz_sgn(y.v) < 0) {
            // int ** negative int is a float power, as in CPython (both operands converted first)
            const double fx = intToDouble(in, a), fy = intToDouble(in, b);
            if (fx == 0)
                zeroDivision(in, "0.0 cannot be raised to a negative power");
            const double p = std::pow(fx, fy);
            if (std::isinf(p))
                in.raiseError(QStringLiteral("OverflowError"),
                              QStringLiteral("(34, 'Numerical result out of range')"));
            return Value::fromFloat(p);
        }
        if (mpz_cmpabs_ui(x.v, 1) <= 0) {
            // 0, 1 and -1 raised to any power stay small
            if (mpz_sgn(x.v) == 0)
                return Value::fromInt(mpz_sgn(y.v) == 0 ? 1 : 0);
            if (mpz_sgn(x.v) > 0 || mpz_even_p(y.v))
                return Value::fromInt(1);
            return Value::fromInt(-1);
        }
        if (!mpz_fits_ulong_p(y.v))
            expectIntBits(in, std::numeric_limits<double>::infinity());
        const unsigned long e = mpz_get_ui(y.v);
        long exp2 = 0;
        const double mant = mpz_get_d_2exp(&exp2, x.v);
        expectIntBits(in, double(e) * (std::log2(std::fabs(mant)) + double(exp2)) + 1);
        mpz_pow_ui(r.v, x.v, e);
        return takeMpz(r.v);
    }
    if (op == Op::LShift || op == Op::RShift) {
        if (mpz_sgn(y.v) < 0)
            in.raiseValueError(QStringLiteral("negative shift count"));
        if (mpz_sgn(x.v) == 0)
            return Value::fromInt(0);
        if (op == Op::RShift) {
            if (!mpz_fits_slong_p(y.v) || mpz_get_si(y.v) >= nx)
                return Value::fromInt(mpz_sgn(x.v) < 0 ? -1 : 0);
            mpz_fdiv_q_2exp(r.v, x.v, mp_bitcnt_t(mpz_get_ui(y.v))); // floor: Python's arithmetic shift
            return takeMpz(r.v);
        }
        if (!mpz_fits_ulong_p(y.v))
            expectIntBits(in, std::numeric_limits<double>::infinity());
        expectIntBits(in, double(nx) + double(mpz_get_ui(y.v)));
        mpz_mul_2exp(r.v, x.v, mp_bitcnt_t(mpz_get_ui(y.v)));
        return takeMpz(r.v);
    }
    // GMP's logical operations treat negative numbers as infinite two's complement, as Python does.
    if (op == Op::BitAnd)
        mpz_and(r.v, x.v, y.v);
    else if (op == Op::BitOr)
        mpz_ior(r.v, x.v, y.v);
    else if (op == Op::BitXor)
        mpz_xor(r.v, x.v, y.v);
    else
        in.raiseTypeError(QStringLiteral("unsupported operand type(s) for %1: '%2' and '%3'")
                              .arg(opSymbol(op), in.typeName(a), in.typeName(b)));
    return takeMpz(r.v);
}

Value bigUnaryOp(Interpreter &in, Op op, const Value &v)
{
    Mpz x(v);
    if (op == Op::USub)
        mpz_neg(x.v, x.v);
    else if (op == Op::Invert)
        mpz_com(x.v, x.v);
    else if (op != Op::UAdd)
        in.raiseTypeError(QStringLiteral("bad operand type for unary %1: 'int'").arg(opSymbol(op)));
    return takeMpz(x.v);
}

Value intAbs(const Value &v)
{
    if (v.isIntLike() && v.asInt() != INT64_MIN)
        return Value::fromInt(v.asInt() < 0 ? -v.asInt() : v.asInt());
    Mpz x(v);
    mpz_abs(x.v, x.v);
    return takeMpz(x.v);
}

Value intPowMod(Interpreter &in, const Value &base, const Value &exp, const Value &mod)
{
    Mpz b(base), e(exp), m(mod), r;
    if (mpz_sgn(m.v) == 0)
        in.raiseValueError(QStringLiteral("pow() 3rd argument cannot be 0"));
    Mpz absM;
    mpz_abs(absM.v, m.v);
    if (mpz_cmp_ui(absM.v, 1) == 0) // everything is 0 modulo 1, even a base with no inverse
        return Value::fromInt(0);
    if (mpz_sgn(e.v) < 0) {
        // a negative exponent uses the modular inverse (Python 3.8 and later)
        if (mpz_invert(b.v, b.v, absM.v) == 0)
            in.raiseValueError(QStringLiteral("base is not invertible for the given modulus"));
        mpz_neg(e.v, e.v);
    }
    mpz_powm(r.v, b.v, e.v, absM.v); // in [0, |m|)
    // Python's result takes the sign of the modulus
    if (mpz_sgn(m.v) < 0 && mpz_sgn(r.v) != 0)
        mpz_sub(r.v, r.v, absM.v);
    return takeMpz(r.v);
}

int intCompare(const Value &a, const Value &b)
{
    if (!isBigInt(a) && !isBigInt(b))
        return a.asInt() < b.asInt() ? -1 : a.asInt() > b.asInt() ? 1 : 0;
    Mpz x(a), y(b);
    const int c = mpz_cmp(x.v, y.v);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

int intCompareDouble(const Value &i, double d)
{
    if (std::isinf(d))
        return d > 0 ? -1 : 1;
    if (!isBigInt(i)) {
        const int64_t x = i.asInt();
        constexpr int64_t exact = int64_t(1) << 53;
        if (x >= -exact && x <= exact) {
            const double xd = double(x);
            return xd < d ? -1 : xd > d ? 1 : 0;
        }
    }
    Mpz x(i);
    const int c = mpz_cmp_d(x.v, d); // exact, fractions included
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

double intToDouble(Interpreter &in, const Value &x)
{
    if (!isBigInt(x))
        return double(x.asInt()); // correctly rounded by the conversion
    Mpz a;
    mpz_abs(a.v, bigOf(x));
    if (bitLength(a.v) > 1024)
        overflow(in, "int too large to convert to float");
    int64_t exp = 0;
    const double m = roundedMagnitude(a.v, exp);
    const double r = std::ldexp(m, int(exp));
    if (std::isinf(r))
        overflow(in, "int too large to convert to float");
    return mpz_sgn(bigOf(x)) < 0 ? -r : r;
}

Value intFromDouble(double d)
{
    if (d > -9223372036854775808.0 && d < 9223372036854775808.0)
        return Value::fromInt(int64_t(d));
    Mpz r;
    mpz_set_d(r.v, d);
    return takeMpz(r.v);
}

QString intToString(Interpreter &in, const Value &x)
{
    if (!isBigInt(x))
        return QString::number(x.asInt());
    const mpz_t &v = bigOf(x);
    // sizeinbase is exact or one too many: convert only when the limit may hold
    const size_t estimate = mpz_sizeinbase(v, 10);
    if (int64_t(estimate) > kIntMaxStrDigits + 1)
        tooManyDigitsToStr(in);
    std::string buf(estimate + 2, '\0');
    mpz_get_str(buf.data(), 10, v);
    const QString s = QString::fromLatin1(buf.c_str());
    if (s.size() - (s.startsWith(u'-') ? 1 : 0) > kIntMaxStrDigits)
        tooManyDigitsToStr(in);
    return s;
}

QString intMagnitudeDigits(const Value &x, int base)
{
    Mpz a(x);
    mpz_abs(a.v, a.v);
    std::string buf(mpz_sizeinbase(a.v, base) + 2, '\0');
    mpz_get_str(buf.data(), base, a.v);
    return QString::fromLatin1(buf.c_str());
}

bool intIsNegative(const Value &x)
{
    return isBigInt(x) ? mpz_sgn(bigOf(x)) < 0 : x.asInt() < 0;
}

Value intFromString(Interpreter &in, const QString &text, int base, const Value &original)
{
    auto invalid = [&]() -> Value {
        in.raiseValueError(QStringLiteral("invalid literal for int() with base %1: %2")
                               .arg(base)
                               .arg(in.repr(original).left(200)));
    };
    if (base != 0 && (base < 2 || base > 36))
        in.raiseValueError(QStringLiteral("int() base must be >= 2 and <= 36, or 0"));
    const QString s = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == u'+' || s[i] == u'-')) {
        negative = s[i] == u'-';
        ++i;
    }
    int b = base;
    bool afterPrefix = false;
    if (i + 1 < s.size() && s[i] == u'0') {
        const QChar p = s[i + 1].toLower();
        const int prefixBase = p == u'x' ? 16 : p == u'o' ? 8 : p == u'b' ? 2 : 0;
        if (prefixBase && (base == 0 || base == prefixBase)) {
            b = prefixBase;
            i += 2;
            afterPrefix = true;
        }
    }
    if (b == 0)
        b = 10;
    std::string digits;
    bool lastUnderscore = false;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'_') {
            // one underscore between digits, or right after a base prefix
            if (lastUnderscore || (digits.empty() && !afterPrefix))
                return invalid();
            lastUnderscore = true;
            continue;
        }
        int d = -1;
        if (c.isDigit())
            d = c.digitValue();
        else if (c.unicode() < 128 && c.isLetter())
            d = c.toLower().unicode() - u'a' + 10;
        if (d < 0 || d >= b)
            return invalid();
        digits += d < 10 ? char('0' + d) : char('a' + d - 10);
        lastUnderscore = false;
    }
    if (digits.empty() || lastUnderscore)
        return invalid();
    // base 0 reads a decimal number like a literal: no leading zeros except in zero itself
    if (base == 0 && !afterPrefix && digits.size() > 1 && digits[0] == '0' &&
        digits.find_first_not_of('0') != std::string::npos)
        return invalid();
    if ((b & (b - 1)) != 0 && int64_t(digits.size()) > kIntMaxStrDigits)
        in.raiseValueError(
            QStringLiteral("Exceeds the limit (%1 digits) for integer string conversion: value "
                           "has %2 digits; use sys.set_int_max_str_digits() to increase the limit")
                .arg(kIntMaxStrDigits)
                .arg(digits.size()));
    expectIntBits(in, double(digits.size()) * std::log2(double(b)));
    Mpz r;
    mpz_set_str(r.v, digits.c_str(), b);
    if (negative)
        mpz_neg(r.v, r.v);
    return takeMpz(r.v);
}

Value intFromLiteral(const QString &digits, int base)
{
    Mpz r;
    mpz_set_str(r.v, digits.toLatin1().constData(), base);
    return takeMpz(r.v);
}

int64_t pythonIntHash(const Value &x)
{
    uint64_t h = 0;
    bool negative = false;
    if (isBigInt(x)) {
        h = mpz_tdiv_ui(bigOf(x), kHashModulus); // of |x|
        negative = mpz_sgn(bigOf(x)) < 0;
    } else {
        const int64_t v = x.asInt();
        negative = v < 0;
        h = (negative ? uint64_t(0) - uint64_t(v) : uint64_t(v)) % kHashModulus;
    }
    int64_t r = negative ? -int64_t(h) : int64_t(h);
    return r == -1 ? -2 : r;
}

int64_t pythonFloatHash(double d)
{
    if (std::isnan(d))
        return 0;
    if (std::isinf(d))
        return d > 0 ? 314159 : -314159;
    int e = 0;
    double m = std::frexp(d, &e);
    const bool negative = m < 0;
    if (negative)
        m = -m;
    // Feed the mantissa in 28-bit chunks, reducing modulo 2**61 - 1 (a rotation of the 61-bit value).
    uint64_t h = 0;
    while (m != 0) {
        h = ((h << 28) & kHashModulus) | h >> (kHashBits - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        const auto chunk = uint64_t(m);
        m -= double(chunk);
        h += chunk;
        if (h >= kHashModulus)
            h -= kHashModulus;
    }
    e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
    h = ((h << e) & kHashModulus) | h >> (kHashBits - e);
    int64_t r = negative ? -int64_t(h) : int64_t(h);
    return r == -1 ? -2 : r;
}

int64_t intBitLength(const Value &x)
{
    if (!isBigInt(x)) {
        const int64_t v = x.asInt();
        const uint64_t mag = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
        return mag == 0 ? 0 : 64 - __builtin_clzll(mag);
    }
    return bitLength(bigOf(x));
}

int64_t intBitCount(const Value &x)
{
    if (!isBigInt(x)) {
        const int64_t v = x.asInt();
        return __builtin_popcountll(v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v));
    }
    Mpz a;
    mpz_abs(a.v, bigOf(x));
    return int64_t(mpz_popcount(a.v));
}

Value intRound(Interpreter &in, const Value &x, int64_t ndigits)
{
    if (ndigits >= 0)
        return isBigInt(x) ? x : Value::fromInt(x.asInt());
    Mpz v(x);
    // 10**k with more digits than x (plus one) rounds everything to 0
    const auto digits = int64_t(mpz_sizeinbase(v.v, 10));
    if (-ndigits > digits + 1)
        return Value::fromInt(0);
    expectIntBits(in, double(-ndigits) * 3.33);
    Mpz p, q, r, twice;
    mpz_ui_pow_ui(p.v, 10, (unsigned long)(-ndigits));
    mpz_fdiv_qr(q.v, r.v, v.v, p.v);
    mpz_mul_2exp(twice.v, r.v, 1);
    const int c = mpz_cmp(twice.v, p.v);
    if (c > 0 || (c == 0 && mpz_odd_p(q.v)))
        mpz_add_ui(q.v, q.v, 1);
    mpz_mul(q.v, q.v, p.v);
    return takeMpz(q.v);
}

Value floatTruncToInt(Interpreter &in, double d)
{
    if (std::isnan(d))
        in.raiseValueError(QStringLiteral("cannot convert float NaN to integer"));
    if (std::isinf(d))
        overflow(in, "cannot convert float infinity to integer");
    return intFromDouble(d);
}

Value floatRoundToInt(Interpreter &in, double d)
{
    return floatTruncToInt(in, std::nearbyint(d)); // the default rounding mode: half to even
}

Value intGcd(const Value &a, const Value &b)
{
    Mpz x(a), y(b), r;
    mpz_gcd(r.v, x.v, y.v);
    return takeMpz(r.v);
}

Value intIsqrt(Interpreter &in, const Value &n)
{
    Mpz x(n);
    if (mpz_sgn(x.v) < 0)
        in.raiseValueError(QStringLiteral("isqrt() argument must be nonnegative"));
    mpz_sqrt(x.v, x.v);
    return takeMpz(x.v);
}

Value intFactorial(Interpreter &in, const Value &n)
{
    if (intIsNegative(n))
        in.raiseValueError(QStringLiteral("factorial() not defined for negative values"));
    if (isBigInt(n))
        overflow(in, "factorial() argument should not exceed 9223372036854775807");
    const int64_t k = n.asInt();
    expectIntBits(in, std::lgamma(double(k) + 1) / std::log(2.0));
    Mpz r;
    mpz_fac_ui(r.v, (unsigned long)k);
    return takeMpz(r.v);
}

Value intComb(Interpreter &in, const Value &nv, const Value &kv, bool perm)
{
    Mpz n(nv), k(kv), r;
    if (mpz_sgn(n.v) < 0)
        in.raiseValueError(QStringLiteral("n must be a non-negative integer"));
    if (mpz_sgn(k.v) < 0)
        in.raiseValueError(QStringLiteral("k must be a non-negative integer"));
    if (mpz_cmp(k.v, n.v) > 0)
        return Value::fromInt(0);
    Mpz rest;
    mpz_sub(rest.v, n.v, k.v);
    // comb(n, k) == comb(n, n - k): the smaller one is the number of factors
    const mpz_t &factors = perm || mpz_cmp(k.v, rest.v) <= 0 ? k.v : rest.v;
    if (!mpz_fits_slong_p(factors))
        overflow(in, perm ? "k must not exceed 9223372036854775807"
                          : "min(n - k, k) must not exceed 9223372036854775807");
    const unsigned long f = mpz_get_ui(factors);
    const double nd = mpz_get_d(n.v);
    const double bits =
        perm ? (std::lgamma(nd + 1) - std::lgamma(nd - double(f) + 1)) / std::log(2.0)
             : (std::lgamma(nd + 1) - std::lgamma(double(f) + 1) - std::lgamma(nd - double(f) + 1)) /
                   std::log(2.0);
    expectIntBits(in, std::isfinite(bits) ? bits : double(f) * double(bitLength(n.v)));
    mpz_bin_ui(r.v, n.v, f);
    if (perm) {
        Mpz fact;
        mpz_fac_ui(fact.v, f);
        mpz_mul(r.v, r.v, fact.v);
    }
    return takeMpz(r.v);
}

double intLog(Interpreter &in, const Value &x, double (*fn)(double))
{
    Q_UNUSED(in);
    if (!isBigInt(x) || bitLength(bigOf(x)) <= 1000)
        return fn(isBigInt(x) ? intToDouble(in, x) : double(x.asInt()));
    // x = m * 2**e with 0.5 <= m < 1: log(x) = log(m) + e * log(2)
    long e = 0;
    const double m = mpz_get_d_2exp(&e, bigOf(x));
    return fn(m) + double(e) * fn(2.0);
}

} // namespace awaitscope::py
