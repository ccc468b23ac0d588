// The time and random modules.
#include "nativeclass.h"

#include "runtime/loop.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>
#include <cstdint>

namespace awaitscope::py {

namespace {

// CPython's random module: MT19937 seeded with init_by_array, so seeded programs print the same numbers.
class MersenneTwister
{
public:
    void seedArray(const std::vector<uint32_t> &key)
    {
        initGenrand(19650218u);
        size_t i = 1, j = 0;
        const size_t n = 624;
        size_t k = std::max(n, key.size());
        for (; k; --k) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + uint32_t(j);
            ++i;
            ++j;
            if (i >= n) {
                mt[0] = mt[n - 1];
                i = 1;
            }
            if (j >= key.size())
                j = 0;
        }
        for (k = n - 1; k; --k) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - uint32_t(i);
            ++i;
            if (i >= n) {
                mt[0] = mt[n - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000u;
    }
    void seedInt(uint64_t s)
    {
        std::vector<uint32_t> key;
        if (s == 0)
            key.push_back(0);
        while (s) {
            key.push_back(uint32_t(s & 0xffffffffu));
            s >>= 32;
        }
        seedArray(key);
    }
    uint32_t next32()
    {
        if (mti >= 624)
            twist();
        uint32_t y = mt[mti++];
        y ^= (y >> 11);
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= (y >> 18);
        return y;
    }
    double random()
    {
        const uint32_t a = next32() >> 5, b = next32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }
    uint64_t getrandbits(int k)
    {
        if (k <= 32)
            return next32() >> (32 - k);
        uint64_t lo = next32();
        uint64_t hi = next32() >> (64 - k);
        return (hi << 32) | lo;
    }
    uint64_t randbelow(uint64_t n)
    {
        if (n == 0)
            return 0;
        int k = 0;
        for (uint64_t x = n; x; x >>= 1)
            ++k;
        uint64_t r = getrandbits(k);
        while (r >= n)
            r = getrandbits(k);
        return r;
    }

private:
    void initGenrand(uint32_t s)
    {
        mt[0] = s;
        for (mti = 1; mti < 624; ++mti)
            mt[mti] = 1812433253u * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + uint32_t(mti);
    }
    void twist()
    {
        static const uint32_t mag01[2] = {0, 0x9908b0dfu};
        int kk = 0;
        uint32_t y;
        for (; kk < 624 - 397; ++kk) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + 397] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < 623; ++kk) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + (397 - 624)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[623] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[623] = mt[396] ^ (y >> 1) ^ mag01[y & 1];
        mti = 0;
    }
    uint32_t mt[624] = {};
    int mti = 625;
};

} // namespace

void Interpreter::installTime()
{
    registerModule(QStringLiteral("time"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("time"));
        Value v(mod);
        auto clock = [](Interpreter &in2, const Value &, CallArgs &) {
            return Value::fromFloat(in2.programTime());
        };
        for (const QString &n :
             {QStringLiteral("time"), QStringLiteral("perf_counter"), QStringLiteral("monotonic")})
            mod->attrs.insert(n, in.makeBuiltin(n, clock));
        mod->attrs.insert(
            QStringLiteral("time_ns"),
            in.makeBuiltin(QStringLiteral("time_ns"), [](Interpreter &in2, const Value &, CallArgs &) {
                return Value::fromInt(int64_t(std::llround(in2.programTime() * 1e9)));
            }));
        mod->attrs.insert(QStringLiteral("perf_counter_ns"), mod->attrs.value(QStringLiteral("time_ns")));
        // Calendar time on the program's clock (the Unix epoch at the start, local time UTC: timeformat.cpp).
        CallArgs spec;
        spec.pos = {
            makeStr(QStringLiteral("struct_time")),
            makeStr(QStringLiteral("tm_year tm_mon tm_mday tm_hour tm_min tm_sec tm_wday tm_yday tm_isdst"))};
        Value structTime = in.call(
            in.getAttr(in.moduleOf(QStringLiteral("collections")), QStringLiteral("namedtuple")), spec);
        structTime.as<ClassObject>()->name = QStringLiteral("time.struct_time");
        structTime.as<ClassObject>()->attrs.remove(QStringLiteral("__module__"));
        mod->attrs.insert(QStringLiteral("struct_time"), structTime);
        auto seconds = [](Interpreter &in2, CallArgs &a) {
            const Value s = in2.argOr(a, 0, "seconds");
            if (s.isNone())
                return in2.programTime();
            if (!s.isNumber())
                in2.raiseTypeError(
                    QStringLiteral("'%1' object cannot be interpreted as an integer").arg(in2.typeName(s)));
            return std::floor(s.toDouble());
        };
        auto breakDown = [structTime](Interpreter &in2, double secs) {
            std::vector<Value> f;
            for (const char *part : {"%Y", "%m", "%d", "%H", "%M", "%S"})
                f.push_back(Value::fromInt(strftimeUtc(QLatin1String(part), secs).toLongLong()));
            f.push_back(Value::fromInt((strftimeUtc(QStringLiteral("%w"), secs).toLongLong() + 6) % 7));
            f.push_back(Value::fromInt(strftimeUtc(QStringLiteral("%j"), secs).toLongLong()));
            f.push_back(Value::fromInt(0));
            return in2.call(structTime, std::move(f));
        };
        for (const char *name : {"localtime", "gmtime"})
            mod->attrs.insert(
                QLatin1String(name),
                in.makeBuiltin(QLatin1String(name),
                               [seconds, breakDown](Interpreter &in2, const Value &, CallArgs &a) {
                                   return breakDown(in2, seconds(in2, a));
                               }));
        // a struct_time (or 9-tuple) back to seconds, for strftime(fmt, t)
        auto toSeconds = [](Interpreter &in2, const Value &t) {
            const std::vector<Value> f = in2.toVector(t);
            if (f.size() != 9)
                in2.raiseTypeError(
                    QStringLiteral("function takes exactly 9 arguments (%1 given)").arg(f.size()));
            const QDateTime dt(QDate(int(f[0].asInt()), int(f[1].asInt()), int(f[2].asInt())),
                               QTime(int(f[3].asInt()), int(f[4].asInt()), int(f[5].asInt())),
                               QTimeZone::utc());
            return double(dt.toSecsSinceEpoch());
        };
        mod->attrs.insert(
            QStringLiteral("strftime"),
            in.makeBuiltin(QStringLiteral("strftime"), [toSeconds](Interpreter &in2, const Value &,
                                                                   CallArgs &a) {
                const Value fmt = in2.argOr(a, 0, "format");
                if (!isKind(fmt, ObjKind::Str))
                    in2.raiseTypeError(
                        QStringLiteral("strftime() argument 1 must be str, not %1").arg(in2.typeName(fmt)));
                const Value t = in2.argOr(a, 1, "t");
                return makeStr(
                    strftimeUtc(strOf(fmt), t.isNone() ? std::floor(in2.programTime()) : toSeconds(in2, t)));
            }));
        mod->attrs.insert(
            QStringLiteral("ctime"),
            in.makeBuiltin(QStringLiteral("ctime"), [seconds](Interpreter &in2, const Value &, CallArgs &a) {
                return makeStr(strftimeUtc(QStringLiteral("%a %b %e %H:%M:%S %Y"), seconds(in2, a)));
            }));
        mod->attrs.insert(QStringLiteral("mktime"),
                          in.makeBuiltin(QStringLiteral("mktime"),
                                         [toSeconds](Interpreter &in2, const Value &, CallArgs &a) {
                                             return Value::fromFloat(toSeconds(in2, in2.argOr(a, 0, "t")));
                                         }));
        mod->attrs.insert(QStringLiteral("timezone"), Value::fromInt(0));
        mod->attrs.insert(QStringLiteral("tzname"),
                          makeTuple({makeStr(QStringLiteral("UTC")), makeStr(QStringLiteral("UTC"))}));
        mod->attrs.insert(
            QStringLiteral("sleep"),
            in.makeBuiltin(QStringLiteral("sleep"), [](Interpreter &in2, const Value &, CallArgs &a) {
                const Value s = in2.argOr(a, 0, "secs");
                if (!s.isNumber())
                    in2.raiseTypeError(QStringLiteral("'%1' object cannot be interpreted as an integer")
                                           .arg(in2.typeName(s)));
                in2.blockingSleep(s.toDouble());
                return Value();
            }));
        return v;
    });
}

void Interpreter::installRandom()
{
    registerModule(QStringLiteral("random"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("random"));
        Value v(mod);
        auto mt = std::make_shared<MersenneTwister>();
        mt->seedInt(in.randomSeed);
        in.note(QStringLiteral("random seed %1").arg(in.randomSeed));
        auto def = [&](const QString &name, BuiltinObject::Fn fn) {
            mod->attrs.insert(name, in.makeBuiltin(name, std::move(fn)));
        };
        def(QStringLiteral("seed"), [mt](Interpreter &in2, const Value &, CallArgs &a) {
            const Value s = in2.argOr(a, 0, "a");
            if (s.isNone())
                mt->seedInt(in2.randomSeed);
            else if (s.isIntLike())
                mt->seedInt(uint64_t(s.asInt() < 0 ? -s.asInt() : s.asInt()));
            else if (s.isFloat())
                mt->seedInt(uint64_t(in2.hashCheck(s) < 0 ? -in2.hashCheck(s) : in2.hashCheck(s)));
            else
                mt->seedInt(uint64_t(in2.hashCheck(s)));
            return Value();
        });
        def(QStringLiteral("random"),
            [mt](Interpreter &, const Value &, CallArgs &) { return Value::fromFloat(mt->random()); });
        def(QStringLiteral("uniform"), [mt](Interpreter &in2, const Value &, CallArgs &a) {
            const double lo = in2.argOr(a, 0, "a").toDouble(), hi = in2.argOr(a, 1, "b").toDouble();
            return Value::fromFloat(lo + (hi - lo) * mt->random());
        });
        auto randrange = [mt](Interpreter &in2, int64_t start, int64_t stop, int64_t step) {
            if (step == 1) {
                if (stop <= start)
                    in2.raiseValueError(QStringLiteral("empty range for randrange() (%1, %2, %3)")
                                            .arg(start)
                                            .arg(stop)
                                            .arg(stop - start));
                return Value::fromInt(start + int64_t(mt->randbelow(uint64_t(stop - start))));
            }
            const int64_t n = step > 0 ? (stop - start + step - 1) / step : (stop - start + step + 1) / step;
            if (n <= 0)
                in2.raiseValueError(QStringLiteral("empty range for randrange()"));
            return Value::fromInt(start + step * int64_t(mt->randbelow(uint64_t(n))));
        };
        def(QStringLiteral("randint"), [randrange](Interpreter &in2, const Value &, CallArgs &a) {
            const int64_t lo = in2.toIndex(in2.argOr(a, 0, "a"), "randint"),
                          hi = in2.toIndex(in2.argOr(a, 1, "b"), "randint");
            return randrange(in2, lo, hi + 1, 1);
        });
        def(QStringLiteral("randrange"), [randrange](Interpreter &in2, const Value &, CallArgs &a) {
            if (a.pos.size() == 1)
                return randrange(in2, 0, in2.toIndex(a.pos[0], "randrange"), 1);
            return randrange(in2, in2.toIndex(in2.argOr(a, 0, "start"), "randrange"),
                             in2.toIndex(in2.argOr(a, 1, "stop"), "randrange"),
                             a.pos.size() > 2 ? in2.toIndex(a.pos[2], "randrange") : 1);
        });
        def(QStringLiteral("choice"), [mt](Interpreter &in2, const Value &, CallArgs &a) {
            const Value seq = in2.argOr(a, 0, "seq");
            const int64_t n = in2.length(seq);
            if (n == 0)
                in2.raiseError(QStringLiteral("IndexError"),
                               QStringLiteral("Cannot choose from an empty sequence"));
            return in2.getItem(seq, Value::fromInt(int64_t(mt->randbelow(uint64_t(n)))));
        });
        def(QStringLiteral("shuffle"), [mt](Interpreter &in2, const Value &, CallArgs &a) {
            auto *l = in2.argOr(a, 0, "x").as<ListObject>();
            if (!l)
                in2.raiseTypeError(QStringLiteral("shuffle() needs a list"));
            for (size_t i = l->items.size(); i-- > 1;) {
                const size_t j = size_t(mt->randbelow(i + 1));
                std::swap(l->items[i], l->items[j]);
            }
            return Value();
        });
        def(QStringLiteral("sample"), [mt](Interpreter &in2, const Value &, CallArgs &a) {
            std::vector<Value> pool = in2.toVector(in2.argOr(a, 0, "population"));
            const int64_t k = in2.toIndex(in2.argOr(a, 1, "k"), "sample");
            const size_t n = pool.size();
            if (k < 0 || size_t(k) > n)
                in2.raiseValueError(QStringLiteral("Sample larger than population or is negative"));
            std::vector<Value> result;
            // CPython's pool-based branch (used for small k relative to n).
            for (int64_t i = 0; i < k; ++i) {
                const size_t j = size_t(mt->randbelow(n - size_t(i)));
                result.push_back(pool[j]);
                pool[j] = pool[n - size_t(i) - 1];
            }
            return makeList(std::move(result));
        });
        return v;
    });
}

} // namespace awaitscope::py
