// Small standard modules: math, operator, string, statistics, traceback and warnings, as CPython 3.11's
// (their common functions, with CPython's results and messages).
#include "bigint.h"
#include "errnotable.h"
#include "nativeclass.h"

#include <QRegularExpression>

#include <cmath>
#include <numeric>

namespace awaitscope::py {

namespace {

double real(Interpreter &in, const Value &v)
{
    if (v.isIntLike())
        return double(v.asInt());
    if (isBigInt(v))
        return intToDouble(in, v);
    if (v.isFloat())
        return v.asFloat();
    in.raiseTypeError(QStringLiteral("must be real number, not %1").arg(in.typeName(v)));
}

Value arg(Interpreter &in, CallArgs &a, size_t i, const char *fn)
{
    if (i >= a.pos.size())
        in.raiseTypeError(
            QStringLiteral("%1() missing required argument (pos %2)").arg(QLatin1String(fn)).arg(i + 1));
    return a.pos[i];
}

[[noreturn]] void domainError(Interpreter &in)
{
    in.raiseValueError(QStringLiteral("math domain error"));
}

// An int argument of any size (bools become ints).
Value integerArg(Interpreter &in, const Value &v)
{
    if (!isInteger(v))
        in.raiseTypeError(
            QStringLiteral("'%1' object cannot be interpreted as an integer").arg(in.typeName(v)));
    return v.plainInt();
}

// Neumaier's compensated sum (math.fsum, statistics on floats).
double preciseSum(const std::vector<double> &xs)
{
    double sum = 0, c = 0;
    for (double x : xs) {
        const double t = sum + x;
        c += std::fabs(sum) >= std::fabs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }
    return sum + c;
}

void installMath(Interpreter &in)
{
    in.registerModule(QStringLiteral("math"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("math"));
        Value modValue(mod);
        mod->attrs.insert(QStringLiteral("pi"), Value::fromFloat(M_PI));
        mod->attrs.insert(QStringLiteral("e"), Value::fromFloat(M_E));
        mod->attrs.insert(QStringLiteral("tau"), Value::fromFloat(2 * M_PI));
        mod->attrs.insert(QStringLiteral("inf"), Value::fromFloat(INFINITY));
        mod->attrs.insert(QStringLiteral("nan"), Value::fromFloat(NAN));
        const ModuleDef def = definer(in, mod);
        struct Unary
        {
            const char *name;
            double (*fn)(double);
            bool (*domain)(double);
        };
        static const Unary unary[] = {
            {"sqrt", [](double x) { return std::sqrt(x); }, [](double x) { return x >= 0 || std::isnan(x); }},
            {"exp", [](double x) { return std::exp(x); }, nullptr},
            {"sin", [](double x) { return std::sin(x); }, [](double x) { return !std::isinf(x); }},
            {"cos", [](double x) { return std::cos(x); }, [](double x) { return !std::isinf(x); }},
            {"tan", [](double x) { return std::tan(x); }, [](double x) { return !std::isinf(x); }},
            {"asin", [](double x) { return std::asin(x); }, [](double x) { return x >= -1 && x <= 1; }},
            {"acos", [](double x) { return std::acos(x); }, [](double x) { return x >= -1 && x <= 1; }},
            {"atan", [](double x) { return std::atan(x); }, nullptr},
            {"fabs", [](double x) { return std::fabs(x); }, nullptr},
            {"degrees", [](double x) { return x * (180.0 / M_PI); }, nullptr},
            {"radians", [](double x) { return x * (M_PI / 180.0); }, nullptr},
        };
        for (const Unary &u : unary)
            def(u.name, [u](Interpreter &in2, const Value &, CallArgs &a) {
                const double x = real(in2, arg(in2, a, 0, u.name));
                if (u.domain && !u.domain(x))
                    domainError(in2);
                return Value::fromFloat(u.fn(x));
            });
        // Logarithms take ints of any size (CPython splits a big int into m * 2**e).
        using LogFn = double (*)(double);
        auto logOf = [](Interpreter &in2, const Value &v, LogFn fn) {
            if (isInteger(v)) {
                if (!intIsNegative(v) && !(v.isIntLike() && v.asInt() == 0))
                    return intLog(in2, v, fn);
                domainError(in2);
            }
            const double x = real(in2, v);
            if (x <= 0)
                domainError(in2);
            return fn(x);
        };
        static const LogFn naturalLog = [](double x) { return std::log(x); };
        def("log", [logOf](Interpreter &in2, const Value &, CallArgs &a) {
            const double x = logOf(in2, arg(in2, a, 0, "log"), naturalLog);
            if (a.pos.size() > 1) {
                const double b = logOf(in2, a.pos[1], naturalLog);
                if (b == 0)
                    in2.raiseError(QStringLiteral("ZeroDivisionError"),
                                   QStringLiteral("float division by zero"));
                return Value::fromFloat(x / b);
            }
            return Value::fromFloat(x);
        });
        def("log2", [logOf](Interpreter &in2, const Value &, CallArgs &a) {
            return Value::fromFloat(
                logOf(in2, arg(in2, a, 0, "log2"), [](double x) { return std::log2(x); }));
        });
        def("log10", [logOf](Interpreter &in2, const Value &, CallArgs &a) {
            return Value::fromFloat(
                logOf(in2, arg(in2, a, 0, "log10"), [](double x) { return std::log10(x); }));
        });
        def("pow", [](Interpreter &in2, const Value &, CallArgs &a) {
            const double x = real(in2, arg(in2, a, 0, "pow")), y = real(in2, arg(in2, a, 1, "pow"));
            if (x == 0 && y < 0)
                domainError(in2);
            if (x < 0 && std::floor(y) != y && std::isfinite(y))
                domainError(in2);
            return Value::fromFloat(std::pow(x, y));
        });
        def("atan2", [](Interpreter &in2, const Value &, CallArgs &a) {
            return Value::fromFloat(
                std::atan2(real(in2, arg(in2, a, 0, "atan2")), real(in2, arg(in2, a, 1, "atan2"))));
        });
        def("hypot", [](Interpreter &in2, const Value &, CallArgs &a) {
            double s = 0;
            for (const Value &v : a.pos)
                s = std::hypot(s, real(in2, v));
            return Value::fromFloat(s);
        });
        def("copysign", [](Interpreter &in2, const Value &, CallArgs &a) {
            return Value::fromFloat(
                std::copysign(real(in2, arg(in2, a, 0, "copysign")), real(in2, arg(in2, a, 1, "copysign"))));
        });
        def("fmod", [](Interpreter &in2, const Value &, CallArgs &a) {
            const double x = real(in2, arg(in2, a, 0, "fmod")), y = real(in2, arg(in2, a, 1, "fmod"));
            if (y == 0)
                domainError(in2);
            return Value::fromFloat(std::fmod(x, y));
        });
        auto rounding = [](double (*fn)(double)) {
            return [fn](Interpreter &in2, const Value &, CallArgs &a) {
                const Value v = arg(in2, a, 0, "floor");
                if (isInteger(v))
                    return v.plainInt();
                return floatTruncToInt(in2, fn(real(in2, v)));
            };
        };
        def("floor", rounding([](double x) { return std::floor(x); }));
        def("ceil", rounding([](double x) { return std::ceil(x); }));
        def("trunc", rounding([](double x) { return std::trunc(x); }));
        def("isfinite", [](Interpreter &in2, const Value &, CallArgs &a) {
            return Value::fromBool(std::isfinite(real(in2, arg(in2, a, 0, "isfinite"))));
        });
        def("isinf", [](Interpreter &in2, const Value &, CallArgs &a) {
            return Value::fromBool(std::isinf(real(in2, arg(in2, a, 0, "isinf"))));
        });
        def("isnan", [](Interpreter &in2, const Value &, CallArgs &a) {
            return Value::fromBool(std::isnan(real(in2, arg(in2, a, 0, "isnan"))));
        });
        def("isclose", [](Interpreter &in2, const Value &, CallArgs &a) {
            const double x = real(in2, in2.argOr(a, 0, "a")), y = real(in2, in2.argOr(a, 1, "b"));
            const double rel = real(in2, in2.argOr(a, 99, "rel_tol", Value::fromFloat(1e-9)));
            const double abs = real(in2, in2.argOr(a, 99, "abs_tol", Value::fromFloat(0)));
            if (rel < 0 || abs < 0)
                in2.raiseValueError(QStringLiteral("tolerances must be non-negative"));
            if (x == y)
                return Value::fromBool(true);
            if (std::isinf(x) || std::isinf(y))
                return Value::fromBool(false);
            const double diff = std::fabs(y - x);
            return Value::fromBool(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs);
        });
        def("factorial", [](Interpreter &in2, const Value &, CallArgs &a) {
            return intFactorial(in2, integerArg(in2, arg(in2, a, 0, "factorial")));
        });
        def("gcd", [](Interpreter &in2, const Value &, CallArgs &a) {
            Value g = Value::fromInt(0);
            for (const Value &v : a.pos)
                g = intGcd(g, integerArg(in2, v));
            return g;
        });
        def("lcm", [](Interpreter &in2, const Value &, CallArgs &a) {
            Value l = Value::fromInt(1);
            for (const Value &v : a.pos) {
                const Value x = integerArg(in2, v);
                if (x.isIntLike() && x.asInt() == 0)
                    return Value::fromInt(0);
                // |l * x| // gcd(l, x)
                const Value product = intAbs(in2.binaryOp(Op::Mul, l, x));
                l = in2.binaryOp(Op::FloorDiv, product, intGcd(l, x));
            }
            return l;
        });
        def("isqrt", [](Interpreter &in2, const Value &, CallArgs &a) {
            return intIsqrt(in2, integerArg(in2, arg(in2, a, 0, "isqrt")));
        });
        auto combinatoric = [](bool perm) {
            return [perm](Interpreter &in2, const Value &, CallArgs &a) {
                const char *name = perm ? "perm" : "comb";
                const Value n = integerArg(in2, arg(in2, a, 0, name));
                const bool hasK = a.pos.size() > 1 && !a.pos[1].isNone();
                if (!hasK && !perm)
                    in2.raiseTypeError(QStringLiteral("comb expected 2 arguments, got 1"));
                if (!hasK) // perm(n) is n!
                    return intComb(in2, n, n, true);
                return intComb(in2, n, integerArg(in2, a.pos[1]), perm);
            };
        };
        def("comb", combinatoric(false));
        def("perm", combinatoric(true));
        def("fsum", [](Interpreter &in2, const Value &, CallArgs &a) {
            std::vector<double> xs;
            for (const Value &v : in2.toVector(arg(in2, a, 0, "fsum")))
                xs.push_back(real(in2, v));
            return Value::fromFloat(preciseSum(xs));
        });
        def("prod", [](Interpreter &in2, const Value &, CallArgs &a) {
            Value r = in2.argOr(a, 99, "start", Value::fromInt(1));
            for (const Value &v : in2.toVector(arg(in2, a, 0, "prod")))
                r = in2.binaryOp(Op::Mul, r, v);
            return r;
        });
        def("dist", [](Interpreter &in2, const Value &, CallArgs &a) {
            const auto p = in2.toVector(arg(in2, a, 0, "dist")), q = in2.toVector(arg(in2, a, 1, "dist"));
            if (p.size() != q.size())
                in2.raiseValueError(QStringLiteral("both points must have the same number of dimensions"));
            double s = 0;
            for (size_t i = 0; i < p.size(); ++i)
                s = std::hypot(s, real(in2, p[i]) - real(in2, q[i]));
            return Value::fromFloat(s);
        });
        return modValue;
    });
}

void installOperator(Interpreter &in)
{
    in.registerModule(QStringLiteral("operator"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("operator"));
        Value modValue(mod);
        const ModuleDef def = definer(in, mod);
        static const std::pair<const char *, Op> binary[] = {
            {"add", Op::Add},           {"sub", Op::Sub},      {"mul", Op::Mul},       {"truediv", Op::Div},
            {"floordiv", Op::FloorDiv}, {"mod", Op::Mod},      {"pow", Op::Pow},       {"and_", Op::BitAnd},
            {"or_", Op::BitOr},         {"xor", Op::BitXor},   {"lshift", Op::LShift}, {"rshift", Op::RShift},
            {"concat", Op::Add},        {"matmul", Op::MatMul}};
        // Not structured bindings: clang 14 cannot capture one.
        for (const auto &entry : binary)
            def(entry.first,
                [name = entry.first, op = entry.second](Interpreter &in2, const Value &, CallArgs &a) {
                    return in2.binaryOp(op, arg(in2, a, 0, name), arg(in2, a, 1, name));
                });
        static const std::pair<const char *, Op> compare[] = {
            {"eq", Op::Eq}, {"ne", Op::NotEq}, {"lt", Op::Lt},  {"le", Op::LtE},
            {"gt", Op::Gt}, {"ge", Op::GtE},   {"is_", Op::Is}, {"is_not", Op::IsNot}};
        for (const auto &entry : compare)
            def(entry.first,
                [name = entry.first, op = entry.second](Interpreter &in2, const Value &, CallArgs &a) {
                    return in2.compare(op, arg(in2, a, 0, name), arg(in2, a, 1, name));
                });
        def("neg", [](Interpreter &in2, const Value &, CallArgs &a) {
            return in2.unaryOp(Op::USub, arg(in2, a, 0, "neg"));
        });
        def("pos", [](Interpreter &in2, const Value &, CallArgs &a) {
            return in2.unaryOp(Op::UAdd, arg(in2, a, 0, "pos"));
        });
        def("not_", [](Interpreter &in2, const Value &, CallArgs &a) {
            return Value::fromBool(!in2.truthy(arg(in2, a, 0, "not_")));
        });
        def("truth", [](Interpreter &in2, const Value &, CallArgs &a) {
            return Value::fromBool(in2.truthy(arg(in2, a, 0, "truth")));
        });
        def("abs", [](Interpreter &in2, const Value &, CallArgs &a) {
            return in2.call(in2.builtin(QStringLiteral("abs")), {arg(in2, a, 0, "abs")});
        });
        def("contains", [](Interpreter &in2, const Value &, CallArgs &a) {
            return Value::fromBool(in2.contains(arg(in2, a, 0, "contains"), arg(in2, a, 1, "contains")));
        });
        def("getitem", [](Interpreter &in2, const Value &, CallArgs &a) {
            return in2.getItem(arg(in2, a, 0, "getitem"), arg(in2, a, 1, "getitem"));
        });
        def("index", [](Interpreter &in2, const Value &, CallArgs &a) {
            return integerArg(in2, arg(in2, a, 0, "index"));
        });
        def("itemgetter", [](Interpreter &in2, const Value &, CallArgs &a) {
            if (a.pos.empty())
                in2.raiseTypeError(QStringLiteral("itemgetter expected 1 argument, got 0"));
            const std::vector<Value> keys = a.pos;
            return in2.makeBuiltin(QStringLiteral("itemgetter"),
                                   [keys](Interpreter &in3, const Value &, CallArgs &b) {
                                       const Value obj = arg(in3, b, 0, "itemgetter");
                                       if (keys.size() == 1)
                                           return in3.getItem(obj, keys[0]);
                                       std::vector<Value> out;
                                       for (const Value &k : keys)
                                           out.push_back(in3.getItem(obj, k));
                                       return makeTuple(std::move(out));
                                   });
        });
        def("attrgetter", [](Interpreter &in2, const Value &, CallArgs &a) {
            if (a.pos.empty())
                in2.raiseTypeError(QStringLiteral("attrgetter expected 1 argument, got 0"));
            QList<QStringList> paths;
            for (const Value &v : a.pos) {
                if (!isKind(v, ObjKind::Str))
                    in2.raiseTypeError(QStringLiteral("attribute name must be a string"));
                paths << strOf(v).split(u'.');
            }
            return in2.makeBuiltin(QStringLiteral("attrgetter"),
                                   [paths](Interpreter &in3, const Value &, CallArgs &b) {
                                       const Value obj = arg(in3, b, 0, "attrgetter");
                                       auto one = [&](const QStringList &path) {
                                           Value v = obj;
                                           for (const QString &n : path)
                                               v = in3.getAttr(v, n);
                                           return v;
                                       };
                                       if (paths.size() == 1)
                                           return one(paths[0]);
                                       std::vector<Value> out;
                                       for (const QStringList &p : paths)
                                           out.push_back(one(p));
                                       return makeTuple(std::move(out));
                                   });
        });
        def("methodcaller", [](Interpreter &in2, const Value &, CallArgs &a) {
            const Value name = arg(in2, a, 0, "methodcaller");
            if (!isKind(name, ObjKind::Str))
                in2.raiseTypeError(QStringLiteral("method name must be a string"));
            CallArgs rest{std::vector<Value>(a.pos.begin() + 1, a.pos.end()), a.kw};
            return in2.makeBuiltin(
                QStringLiteral("methodcaller"), [name, rest](Interpreter &in3, const Value &, CallArgs &b) {
                    CallArgs copy = rest;
                    return in3.call(in3.getAttr(arg(in3, b, 0, "methodcaller"), strOf(name)), copy);
                });
        });
        return modValue;
    });
}

void installString(Interpreter &in)
{
    in.registerModule(QStringLiteral("string"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("string"));
        Value modValue(mod);
        const QString lower = QStringLiteral("abcdefghijklmnopqrstuvwxyz"), upper = lower.toUpper();
        const QString digits = QStringLiteral("0123456789");
        const QString punctuation = QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
        const QString whitespace = QStringLiteral(" \t\n\r\x0b\x0c");
        auto set = [&](const char *name, const QString &v) {
            mod->attrs.insert(QLatin1String(name), makeStr(v));
        };
        set("ascii_lowercase", lower);
        set("ascii_uppercase", upper);
        set("ascii_letters", lower + upper);
        set("digits", digits);
        set("hexdigits", digits + QStringLiteral("abcdefABCDEF"));
        set("octdigits", QStringLiteral("01234567"));
        set("punctuation", punctuation);
        set("whitespace", whitespace);
        set("printable", digits + lower + upper + punctuation + whitespace);
        definer(in, mod)("capwords", [](Interpreter &in2, const Value &, CallArgs &a) {
            const Value s = arg(in2, a, 0, "capwords");
            const Value sep = in2.argOr(a, 1, "sep");
            CallArgs split{sep.isNone() ? std::vector<Value>{} : std::vector<Value>{sep}, {}};
            QStringList words;
            for (const Value &w : in2.toVector(in2.call(in2.getAttr(s, QStringLiteral("split")), split)))
                words << in2.str(in2.call(in2.getAttr(w, QStringLiteral("capitalize")), {}));
            return makeStr(words.join(sep.isNone() ? QStringLiteral(" ") : strOf(sep)));
        });
        return modValue;
    });
}

// ---- statistics ----

struct Numbers
{
    std::vector<Value> values;
    bool allInts = true;
};

Numbers numbers(Interpreter &in, const Value &data)
{
    Numbers n;
    n.values = in.toVector(data);
    for (const Value &v : n.values) {
        if (!isInteger(v) && !v.isFloat())
            in.raiseTypeError(
                QStringLiteral("can't convert type '%1' to numerator/denominator").arg(in.typeName(v)));
        if (!isInteger(v) || v.isBool())
            n.allInts = n.allInts && isInteger(v);
    }
    return n;
}

// num / den (den > 0) as an exact int when the fraction is integral, else the nearest float (CPython
// converts its Fraction so); ints of any size.
Value fraction(Interpreter &in, const Value &num, const Value &den)
{
    const Value rest = in.binaryOp(Op::Mod, num, den);
    if (rest.isIntLike() && rest.asInt() == 0)
        return in.binaryOp(Op::FloorDiv, num, den);
    return in.binaryOp(Op::Div, num, den);
}

void installStatistics(Interpreter &in)
{
    in.registerModule(QStringLiteral("statistics"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("statistics"));
        Value modValue(mod);
        Value error =
            in.makeClass(QStringLiteral("StatisticsError"), {in.builtin(QStringLiteral("ValueError"))});
        error.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"), makeStr(mod->name));
        mod->attrs.insert(QStringLiteral("StatisticsError"), error);
        auto fail = [error](Interpreter &in2, const QString &msg) {
            in2.raise(in2.newException(error, {makeStr(msg)}));
        };
        const ModuleDef def = definer(in, mod);
        auto mean = [fail](Interpreter &in2, const Numbers &n) {
            if (n.values.empty())
                fail(in2, QStringLiteral("mean requires at least one data point"));
            if (n.allInts) {
                Value s = Value::fromInt(0);
                for (const Value &v : n.values)
                    s = in2.binaryOp(Op::Add, s, v);
                return fraction(in2, s, Value::fromInt(int64_t(n.values.size())));
            }
            std::vector<double> xs;
            for (const Value &v : n.values)
                xs.push_back(real(in2, v));
            return Value::fromFloat(preciseSum(xs) / double(xs.size()));
        };
        def("mean", [mean](Interpreter &in2, const Value &, CallArgs &a) {
            return mean(in2, numbers(in2, arg(in2, a, 0, "mean")));
        });
        def("fmean", [fail](Interpreter &in2, const Value &, CallArgs &a) {
            const Numbers n = numbers(in2, arg(in2, a, 0, "fmean"));
            if (n.values.empty())
                fail(in2, QStringLiteral("fmean requires at least one data point"));
            std::vector<double> xs;
            for (const Value &v : n.values)
                xs.push_back(real(in2, v));
            return Value::fromFloat(preciseSum(xs) / double(xs.size()));
        });
        auto sorted = [](Interpreter &in2, CallArgs &a, const char *name) {
            std::vector<Value> xs = in2.toVector(arg(in2, a, 0, name));
            std::stable_sort(xs.begin(), xs.end(),
                             [&](const Value &x, const Value &y) { return in2.less(x, y); });
            return xs;
        };
        def("median", [fail, sorted](Interpreter &in2, const Value &, CallArgs &a) {
            const std::vector<Value> xs = sorted(in2, a, "median");
            if (xs.empty())
                fail(in2, QStringLiteral("no median for empty data"));
            const size_t n = xs.size();
            if (n % 2)
                return xs[n / 2];
            return in2.binaryOp(Op::Div, in2.binaryOp(Op::Add, xs[n / 2 - 1], xs[n / 2]), Value::fromInt(2));
        });
        def("median_low", [fail, sorted](Interpreter &in2, const Value &, CallArgs &a) {
            const std::vector<Value> xs = sorted(in2, a, "median_low");
            if (xs.empty())
                fail(in2, QStringLiteral("no median for empty data"));
            return xs[(xs.size() - 1) / 2];
        });
        def("median_high", [fail, sorted](Interpreter &in2, const Value &, CallArgs &a) {
            const std::vector<Value> xs = sorted(in2, a, "median_high");
            if (xs.empty())
                fail(in2, QStringLiteral("no median for empty data"));
            return xs[xs.size() / 2];
        });
        def("mode", [fail](Interpreter &in2, const Value &, CallArgs &a) {
            const std::vector<Value> xs = in2.toVector(arg(in2, a, 0, "mode"));
            if (xs.empty())
                fail(in2, QStringLiteral("no mode for empty data"));
            std::vector<std::pair<Value, int64_t>> counts;
            for (const Value &x : xs) {
                auto it = std::find_if(counts.begin(), counts.end(),
                                       [&](const auto &c) { return in2.equals(c.first, x); });
                if (it == counts.end())
                    counts.emplace_back(x, 1);
                else
                    ++it->second;
            }
            auto best = counts.begin();
            for (auto it = counts.begin(); it != counts.end(); ++it)
                if (it->second > best->second)
                    best = it;
            return best->first;
        });
        // variance (sample = true: n - 1) as an exact fraction for ints, a compensated float otherwise
        auto variance = [fail](Interpreter &in2, CallArgs &a, bool sample, const char *name) {
            const Numbers n = numbers(in2, arg(in2, a, 0, name));
            const auto count = int64_t(n.values.size());
            if (count < (sample ? 2 : 1))
                fail(in2,
                     sample ? QStringLiteral("%1 requires at least two data points").arg(QLatin1String(name))
                            : QStringLiteral("%1 requires at least one data point").arg(QLatin1String(name)));
            if (n.allInts) {
                const Op plus = Op::Add, times = Op::Mul;
                Value s = Value::fromInt(0), sq = Value::fromInt(0);
                for (const Value &v : n.values) {
                    s = in2.binaryOp(plus, s, v);
                    sq = in2.binaryOp(plus, sq, in2.binaryOp(times, v, v));
                }
                const Value num = in2.binaryOp(Op::Sub, in2.binaryOp(times, Value::fromInt(count), sq),
                                               in2.binaryOp(times, s, s));
                return fraction(in2, num, Value::fromInt(count * (sample ? count - 1 : count)));
            }
            std::vector<double> xs;
            for (const Value &v : n.values)
                xs.push_back(real(in2, v));
            const double m = preciseSum(xs) / double(count);
            std::vector<double> dev;
            for (double x : xs)
                dev.push_back((x - m) * (x - m));
            return Value::fromFloat(preciseSum(dev) / double(sample ? count - 1 : count));
        };
        def("variance", [variance](Interpreter &in2, const Value &, CallArgs &a) {
            return variance(in2, a, true, "variance");
        });
        def("pvariance", [variance](Interpreter &in2, const Value &, CallArgs &a) {
            return variance(in2, a, false, "pvariance");
        });
        def("stdev", [variance](Interpreter &in2, const Value &, CallArgs &a) {
            return Value::fromFloat(std::sqrt(real(in2, variance(in2, a, true, "stdev"))));
        });
        def("pstdev", [variance](Interpreter &in2, const Value &, CallArgs &a) {
            return Value::fromFloat(std::sqrt(real(in2, variance(in2, a, false, "pstdev"))));
        });
        return modValue;
    });
}

// ---- traceback and warnings ----

void installTraceback(Interpreter &in)
{
    in.registerModule(QStringLiteral("traceback"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("traceback"));
        Value modValue(mod);
        const ModuleDef def = definer(in, mod);
        auto handledText = [](Interpreter &in2) {
            const Value exc = in2.handledException();
            return exc.isNone() ? QStringLiteral("NoneType: None\n") : in2.formatTraceback(exc);
        };
        def("format_exc",
            [handledText](Interpreter &in2, const Value &, CallArgs &) { return makeStr(handledText(in2)); });
        def("print_exc", [handledText](Interpreter &in2, const Value &, CallArgs &a) {
            const Value file = in2.argOr(a, 99, "file");
            const QString text = handledText(in2);
            if (file.isNone())
                in2.writeError(text);
            else
                in2.call(in2.getAttr(file, QStringLiteral("write")), {makeStr(text)});
            return Value();
        });
        auto excText = [](Interpreter &in2, CallArgs &a, const char *name) {
            // format_exception(exc) (3.10+) or format_exception(type, value, tb)
            const Value exc = a.pos.size() >= 2 ? a.pos[1] : arg(in2, a, 0, name);
            if (exc.isNone())
                return QStringLiteral("NoneType: None\n");
            return in2.formatTraceback(exc);
        };
        // As CPython's: one string per frame ("  File ...\n    source\n"), the others one per line
        def("format_exception", [excText](Interpreter &in2, const Value &, CallArgs &a) {
            // The printed text cut into traceback.format_exception's items: a frame with its source line, a
            // chain's message with its blank lines, every other line alone (inside an exception group's box,
            // each behind its margin).
            const QStringList text = excText(in2, a, "format_exception").split(u'\n');
            static const QRegularExpression margin(QStringLiteral("^ *[|+] "));
            auto body = [](const QString &l) {
                const QRegularExpressionMatch m = margin.match(l);
                return m.hasMatch() ? l.mid(m.capturedLength()) : l;
            };
            auto blank = [&body](const QString &l) { return body(l).trimmed().isEmpty(); };
            auto chainMessage = [&body](const QString &l) {
                const QString b = body(l);
                return b.startsWith(QStringLiteral("The above exception was")) ||
                       b.startsWith(QStringLiteral("During handling of the above exception"));
            };
            std::vector<Value> lines;
            QString item;
            auto flush = [&]() {
                if (!item.isEmpty())
                    lines.push_back(makeStr(std::exchange(item, QString())));
            };
            const qsizetype n = text.size() - 1; // the text ends with a newline
            for (qsizetype i = 0; i < n; ++i) {
                const QString &l = text[i];
                const QString b = body(l);
                if (blank(l) && i + 2 < n && chainMessage(text[i + 1]) && blank(text[i + 2])) {
                    flush();
                    lines.push_back(makeStr(l + u'\n' + text[i + 1] + u'\n' + text[i + 2] + u'\n'));
                    i += 2;
                } else if (b.trimmed().startsWith(QStringLiteral("File \""))) {
                    flush();
                    item = l + u'\n';
                } else if (!item.isEmpty() && b.startsWith(QStringLiteral("    "))) {
                    item += l + u'\n'; // the frame's source line
                } else {
                    flush();
                    lines.push_back(makeStr(l + u'\n'));
                }
            }
            flush();
            return makeList(std::move(lines));
        });
        def("print_exception", [excText](Interpreter &in2, const Value &, CallArgs &a) {
            in2.writeError(excText(in2, a, "print_exception"));
            return Value();
        });
        def("format_exception_only", [](Interpreter &in2, const Value &, CallArgs &a) {
            const Value exc = a.pos.size() >= 2 ? a.pos[1] : arg(in2, a, 0, "format_exception_only");
            return makeList({makeStr(in2.exceptionLine(exc) + u'\n')});
        });
        return modValue;
    });
}

struct WarningState
{
    QSet<QString> shown; // category:line:message already printed (the "default" action)
    QString action = QStringLiteral("default");
};

void installWarnings(Interpreter &in)
{
    in.registerModule(QStringLiteral("warnings"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("warnings"));
        Value modValue(mod);
        auto st = std::make_shared<WarningState>();
        const ModuleDef def = definer(in, mod);
        def("warn", [st](Interpreter &in2, const Value &, CallArgs &a) {
            in2.checkNoExtraArgs(a, 4, {"message", "category", "stacklevel", "source"},
                                 QStringLiteral("warn"));
            Value message = in2.argOr(a, 0, "message");
            Value category = in2.argOr(a, 1, "category");
            const Value userWarning = in2.builtin(QStringLiteral("UserWarning"));
            if (in2.isInstance(message, in2.builtin(QStringLiteral("Warning")))) {
                category = in2.typeOf(message);
            } else if (category.isNone()) {
                category = userWarning;
            } else if (!category.as<ClassObject>() ||
                       !category.as<ClassObject>()->isSubclassOf(
                           in2.builtin(QStringLiteral("Warning")).as<ClassObject>())) {
                in2.raiseTypeError(QStringLiteral("category must be a Warning subclass, not '%1'")
                                       .arg(in2.typeName(category)));
            }
            const int64_t stacklevel = in2.argOr(a, 2, "stacklevel", Value::fromInt(1)).isIntLike()
                                           ? in2.argOr(a, 2, "stacklevel", Value::fromInt(1)).asInt()
                                           : 1;
            Frame *f = in2.currentFrame();
            for (int64_t i = 1; i < stacklevel && f && f->parent; ++i)
                f = f->parent;
            const int line = f ? f->line : 0;
            const SourceFile *file = f ? f->file : nullptr;
            auto *c = category.as<ClassObject>();
            const QString name = c->name;
            // CPython's default filters ignore these outside __main__ code; a program's own are shown.
            if (name == u"PendingDeprecationWarning" || name == u"ImportWarning" ||
                name == u"ResourceWarning")
                return Value();
            if (st->action == u"ignore")
                return Value();
            const QString text = in2.str(message);
            if (st->action == u"error") {
                if (in2.isInstance(message, in2.builtin(QStringLiteral("Warning"))))
                    in2.raise(message);
                in2.raise(in2.newException(category, {makeStr(text)}));
            }
            const QString key = QStringLiteral("%1:%2:%3:%4").arg(name, in2.pathOf(file)).arg(line).arg(text);
            if (st->action == u"once" ? st->shown.contains(name + u':' + text)
                                      : (st->action != u"always" && st->shown.contains(key)))
                return Value();
            st->shown.insert(key);
            st->shown.insert(name + u':' + text);
            QString out = QStringLiteral("%1:%2: %3: %4\n").arg(in2.pathOf(file)).arg(line).arg(name, text);
            const QString src = in2.sourceLine(file, line).trimmed();
            if (!src.isEmpty())
                out += QStringLiteral("  ") + src + u'\n';
            in2.writeError(out);
            return Value();
        });
        auto setAction = [st](Interpreter &in2, const Value &action) {
            static const QStringList actions = {QStringLiteral("default"), QStringLiteral("error"),
                                                QStringLiteral("ignore"),  QStringLiteral("always"),
                                                QStringLiteral("module"),  QStringLiteral("once")};
            if (!isKind(action, ObjKind::Str) || !actions.contains(strOf(action)))
                in2.raiseValueError(QStringLiteral("invalid action: %1").arg(in2.repr(action)));
            st->action = strOf(action) == u"module" ? QStringLiteral("default") : strOf(action);
        };
        def("simplefilter", [setAction](Interpreter &in2, const Value &, CallArgs &a) {
            setAction(in2, in2.argOr(a, 0, "action"));
            return Value();
        });
        def("filterwarnings", [setAction](Interpreter &in2, const Value &, CallArgs &a) {
            if (a.pos.size() > 1 || a.kw.size() > (in2.hasArg(a, 0, "action") && a.pos.empty() ? 1u : 0u))
                in2.raiseTypeError(
                    QStringLiteral("not supported: filterwarnings() with a message, category or module "
                                   "(Awaitscope's filters apply to every warning)"));
            setAction(in2, in2.argOr(a, 0, "action"));
            return Value();
        });
        def("resetwarnings", [st](Interpreter &, const Value &, CallArgs &) {
            st->action = QStringLiteral("default");
            return Value();
        });
        for (const char *n :
             {"Warning", "UserWarning", "DeprecationWarning", "RuntimeWarning", "FutureWarning"})
            mod->attrs.insert(QLatin1String(n), in.builtin(QLatin1String(n)));
        return modValue;
    });
}

// __future__: the features as CPython 3.11's Lib/__future__.py lists them (the compiler reads the import
// itself: the parser; `annotations` is the one that changes anything in 3.11).
void installFuture(Interpreter &in)
{
    in.registerModule(QStringLiteral("__future__"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("__future__"));
        Value modValue(mod);
        Value featureClass = in.makeClass(QStringLiteral("_Feature"), {in.tObject});
        auto *fc = featureClass.as<ClassObject>();
        fc->attrs.insert(QStringLiteral("__module__"), makeStr(QStringLiteral("__future__")));
        fc->attrs.insert(
            QStringLiteral("__repr__"),
            in.makeMethod(QStringLiteral("__repr__"), [](Interpreter &in2, const Value &self, CallArgs &a) {
                const Value f = self.isNone() ? a.pos.at(0) : self;
                return makeStr(QStringLiteral("_Feature(%1, %2, %3)")
                                   .arg(in2.repr(in2.getAttr(f, QStringLiteral("optional"))),
                                        in2.repr(in2.getAttr(f, QStringLiteral("mandatory"))),
                                        in2.repr(in2.getAttr(f, QStringLiteral("compiler_flag")))));
            }));
        for (const char *getter : {"getOptionalRelease", "getMandatoryRelease"}) {
            const QString attribute = QByteArrayView(getter) == "getOptionalRelease"
                                          ? QStringLiteral("optional")
                                          : QStringLiteral("mandatory");
            fc->attrs.insert(QLatin1String(getter),
                             in.makeMethod(QLatin1String(getter),
                                           [attribute](Interpreter &in2, const Value &self, CallArgs &a) {
                                               return in2.getAttr(self.isNone() ? a.pos.at(0) : self,
                                                                  attribute);
                                           }));
        }
        struct Release
        {
            int major, minor, micro;
            const char *level;
            int serial;
        };
        struct Feature
        {
            const char *name;
            Release optional;
            std::optional<Release> mandatory;
            int64_t flag;
        };
        static const Feature features[] = {
            {"nested_scopes", {2, 1, 0, "beta", 1}, Release{2, 2, 0, "alpha", 0}, 0x0010},
            {"generators", {2, 2, 0, "alpha", 1}, Release{2, 3, 0, "final", 0}, 0},
            {"division", {2, 2, 0, "alpha", 2}, Release{3, 0, 0, "alpha", 0}, 0x20000},
            {"absolute_import", {2, 5, 0, "alpha", 1}, Release{3, 0, 0, "alpha", 0}, 0x40000},
            {"with_statement", {2, 5, 0, "alpha", 1}, Release{2, 6, 0, "alpha", 0}, 0x80000},
            {"print_function", {2, 6, 0, "alpha", 2}, Release{3, 0, 0, "alpha", 0}, 0x100000},
            {"unicode_literals", {2, 6, 0, "alpha", 2}, Release{3, 0, 0, "alpha", 0}, 0x200000},
            {"barry_as_FLUFL", {3, 1, 0, "alpha", 2}, Release{4, 0, 0, "alpha", 0}, 0x400000},
            {"generator_stop", {3, 5, 0, "beta", 1}, Release{3, 7, 0, "alpha", 0}, 0x800000},
            {"annotations", {3, 7, 0, "beta", 1}, std::nullopt, 0x1000000},
        };
        auto release = [](const Release &r) {
            return makeTuple({Value::fromInt(r.major), Value::fromInt(r.minor), Value::fromInt(r.micro),
                              makeStr(QLatin1String(r.level)), Value::fromInt(r.serial)});
        };
        std::vector<Value> names;
        for (const Feature &f : features) {
            auto *inst = new InstanceObject(featureClass);
            Value feature(inst);
            inst->attrs.insert(QStringLiteral("optional"), release(f.optional));
            inst->attrs.insert(QStringLiteral("mandatory"), f.mandatory ? release(*f.mandatory) : Value());
            inst->attrs.insert(QStringLiteral("compiler_flag"), Value::fromInt(f.flag));
            mod->attrs.insert(QLatin1String(f.name), feature);
            names.push_back(makeStr(QLatin1String(f.name)));
        }
        mod->attrs.insert(QStringLiteral("all_feature_names"), makeList(std::move(names)));
        mod->attrs.insert(QStringLiteral("_Feature"), featureClass);
        return modValue;
    });
}

// errno: the names of the Linux error numbers and errorcode (number -> name); OSError(errno.ECONNREFUSED,
// ...) is a ConnectionRefusedError.
void installErrno(Interpreter &in)
{
    in.registerModule(QStringLiteral("errno"), [](Interpreter &) {
        auto *mod = new ModuleObject(QStringLiteral("errno"));
        Value modValue(mod);
        auto *codes = new DictObject();
        Value codesValue(codes);
        for (const ErrnoName &e : kErrnoNames) {
            mod->attrs.insert(QLatin1String(e.name), Value::fromInt(e.number));
            const Value number = Value::fromInt(e.number);
            if (!codes->table.find(number))
                codes->set(number, makeStr(QLatin1String(e.name)));
        }
        mod->attrs.insert(QStringLiteral("errorcode"), codesValue);
        return modValue;
    });
}

} // namespace

void Interpreter::installSmallModules()
{
    installErrno(*this);
    installFuture(*this);
    installMath(*this);
    installOperator(*this);
    installString(*this);
    installStatistics(*this);
    installTraceback(*this);
    installWarnings(*this);
}

} // namespace awaitscope::py
