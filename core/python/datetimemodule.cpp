// The datetime module: date, datetime, timedelta and timezone (fixed offsets, timezone.utc). The clock is the
// program's: datetime.now() is 1970-01-01 00:00:00 plus the program's time (time.time()), and local time is
// UTC in the sandbox, as for the time module (timeformat.cpp, whose strftime formats these values too).
// Dates are proleptic Gregorian ordinals (0001-01-01 is 1), converted with QDate's calendar.
#include "bigint.h"
#include "nativeclass.h"

#include <QDate>

#include <cmath>

namespace awaitscope::py {

namespace {

constexpr int64_t kUsPerDay = 86'400'000'000;
constexpr int64_t kMaxDays = 999'999'999;
constexpr int64_t kJulianOfOrdinalZero = 1'721'425; // QDate(1, 1, 1).toJulianDay() - 1
constexpr int64_t kEpochOrdinal = 719'163;          // 1970-01-01
constexpr int64_t kMaxOrdinal = 3'652'059;          // 9999-12-31

using Int128 = __int128_t;

// One payload for all four classes: a timedelta is days + us (0 <= us < a day), a date an ordinal, a
// datetime an ordinal + the microseconds of its day, a timezone its offset in us.
struct Moment
{
    enum Kind : uint8_t { TimeDelta, Date, DateTime, TimeZone } kind;
    int64_t days = 0;
    int64_t us = 0;
    QString name; // a timezone's name ("UTC" for timezone.utc); empty: UTC±HH:MM
};

struct Classes
{
    Value timedelta, date, datetime, timezone, utc;
};
using ClassesPtr = std::shared_ptr<Classes>;

Int128 floorDiv128(Int128 a, Int128 b)
{
    Int128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

const Moment *momentOf(const Value &v, Moment::Kind kind)
{
    auto *inst = v.as<InstanceObject>();
    if (!inst || inst->kind != ObjKind::Instance || !inst->payload)
        return nullptr;
    // Only this module's classes (and a program's subclasses of them) carry a Moment.
    const Value *marker = inst->klass()->lookup(QStringLiteral("__datetime_kind__"));
    if (!marker || !marker->isIntLike())
        return nullptr;
    auto *m = static_cast<const Moment *>(inst->payload.get());
    if (m->kind == kind)
        return m;
    // a datetime is a date too
    return kind == Moment::Date && m->kind == Moment::DateTime ? m : nullptr;
}

// 'datetime.timedelta' for this module's values (CPython's type names in messages), the type name otherwise.
QString qualName(Interpreter &in, const Value &v)
{
    auto *inst = v.as<InstanceObject>();
    if (inst && inst->kind == ObjKind::Instance && inst->payload &&
        inst->klass()->lookup(QStringLiteral("__datetime_kind__")))
        return QStringLiteral("datetime.") + in.typeName(v);
    return in.typeName(v);
}

[[noreturn]] void unsupported(Interpreter &in, const char *op, const Value &a, const Value &b)
{
    in.raiseTypeError(QStringLiteral("unsupported operand type(s) for %1: '%2' and '%3'")
                          .arg(QLatin1String(op), qualName(in, a), qualName(in, b)));
}

// ---- timedelta ----

Int128 totalUs(const Moment &m)
{
    return Int128(m.days) * kUsPerDay + m.us;
}

Value makeMoment(const Value &cls, Moment m)
{
    auto *inst = new InstanceObject(cls);
    Value v(inst);
    inst->payload = std::make_shared<Moment>(std::move(m));
    return v;
}

Value makeDelta(Interpreter &in, const Classes &c, Int128 us)
{
    const Int128 days = floorDiv128(us, kUsPerDay);
    if (days > kMaxDays || days < -kMaxDays)
        in.raiseError(QStringLiteral("OverflowError"),
                      QStringLiteral("days=%1; must have magnitude <= 999999999").arg(qlonglong(days)));
    Moment m{Moment::TimeDelta, int64_t(days), int64_t(us - days * kUsPerDay), {}};
    Value v = makeMoment(c.timedelta, m);
    auto *inst = v.as<InstanceObject>();
    inst->attrs.insert(QStringLiteral("days"), Value::fromInt(m.days));
    inst->attrs.insert(QStringLiteral("seconds"), Value::fromInt(m.us / 1'000'000));
    inst->attrs.insert(QStringLiteral("microseconds"), Value::fromInt(m.us % 1'000'000));
    return v;
}

// Round half to even, as CPython rounds timedelta arithmetic with floats.
Int128 roundHalfEven(long double x)
{
    const long double r = std::nearbyint(x); // the default rounding mode is to nearest, ties to even
    return Int128(r);
}

QString deltaStr(const Moment &m)
{
    const int64_t secs = m.us / 1'000'000, micros = m.us % 1'000'000;
    QString s = QStringLiteral("%1:%2:%3")
                    .arg(secs / 3600)
                    .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
                    .arg(secs % 60, 2, 10, QLatin1Char('0'));
    if (m.days != 0)
        s = QStringLiteral("%1 day%2, ")
                .arg(m.days)
                .arg(std::abs(m.days) != 1 ? QStringLiteral("s") : QString()) +
            s;
    if (micros != 0)
        s += QStringLiteral(".%1").arg(micros, 6, 10, QLatin1Char('0'));
    return s;
}

QString deltaRepr(const Moment &m)
{
    QStringList parts;
    if (m.days != 0)
        parts << QStringLiteral("days=%1").arg(m.days);
    if (m.us / 1'000'000 != 0)
        parts << QStringLiteral("seconds=%1").arg(m.us / 1'000'000);
    if (m.us % 1'000'000 != 0)
        parts << QStringLiteral("microseconds=%1").arg(m.us % 1'000'000);
    if (parts.isEmpty())
        parts << QStringLiteral("0");
    return QStringLiteral("datetime.timedelta(%1)").arg(parts.join(QStringLiteral(", ")));
}

const Moment &deltaArg(Interpreter &in, const Value &v)
{
    const Moment *m = momentOf(v, Moment::TimeDelta);
    if (!m)
        in.raiseTypeError(QStringLiteral("expected a datetime.timedelta, not %1").arg(in.typeName(v)));
    return *m;
}

// ---- timezone ----

QString offsetText(int64_t us, const QString &sep)
{
    const QChar sign = us < 0 ? u'-' : u'+';
    us = std::abs(us);
    const int64_t secs = us / 1'000'000;
    QString s = QStringLiteral("%1%2%3%4")
                    .arg(sign)
                    .arg(secs / 3600, 2, 10, QLatin1Char('0'))
                    .arg(sep)
                    .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'));
    if (secs % 60 != 0 || us % 1'000'000 != 0)
        s += sep + QStringLiteral("%1").arg(secs % 60, 2, 10, QLatin1Char('0'));
    if (us % 1'000'000 != 0)
        s += QStringLiteral(".%1").arg(us % 1'000'000, 6, 10, QLatin1Char('0'));
    return s;
}

QString tzName(const Moment &tz)
{
    if (!tz.name.isEmpty())
        return tz.name;
    if (tz.us == 0)
        return QStringLiteral("UTC");
    return QStringLiteral("UTC") + offsetText(tz.us, QStringLiteral(":"));
}

// ---- date and datetime ----

struct Civil
{
    int year, month, day;
};

Civil civilOf(int64_t ordinal)
{
    const QDate d = QDate::fromJulianDay(ordinal + kJulianOfOrdinalZero);
    return {d.year(), d.month(), d.day()};
}

int64_t ordinalOf(int year, int month, int day)
{
    return QDate(year, month, day).toJulianDay() - kJulianOfOrdinalZero;
}

struct Parts
{
    int year, month, day, hour, minute, second, micro;
};

Parts partsOf(const Moment &m)
{
    const Civil c = civilOf(m.days);
    const int64_t secs = m.us / 1'000'000;
    return {c.year,
            c.month,
            c.day,
            int(secs / 3600),
            int((secs / 60) % 60),
            int(secs % 60),
            int(m.us % 1'000'000)};
}

// The tzinfo of a datetime (None when naive) and its offset.
Value tzinfoOf(const Value &dt)
{
    return dt.as<InstanceObject>()->attrs.value(QStringLiteral("tzinfo"));
}

std::optional<int64_t> offsetOf(const Value &dt)
{
    const Value tz = tzinfoOf(dt);
    if (const Moment *z = momentOf(tz, Moment::TimeZone))
        return z->us;
    return std::nullopt;
}

Value makeDate(Interpreter &in, const Classes &c, int64_t ordinal, const Value &cls = Value())
{
    if (ordinal < 1 || ordinal > kMaxOrdinal)
        in.raiseError(QStringLiteral("OverflowError"), QStringLiteral("date value out of range"));
    Value v = makeMoment(cls.isNone() ? c.date : cls, Moment{Moment::Date, ordinal, 0, {}});
    auto *inst = v.as<InstanceObject>();
    const Civil civil = civilOf(ordinal);
    inst->attrs.insert(QStringLiteral("year"), Value::fromInt(civil.year));
    inst->attrs.insert(QStringLiteral("month"), Value::fromInt(civil.month));
    inst->attrs.insert(QStringLiteral("day"), Value::fromInt(civil.day));
    return v;
}

Value makeDateTime(Interpreter &in, const Classes &c, Int128 days, Int128 us, const Value &tz,
                   const Value &cls = Value())
{
    days += floorDiv128(us, kUsPerDay);
    us -= floorDiv128(us, kUsPerDay) * kUsPerDay;
    if (days < 1 || days > kMaxOrdinal)
        in.raiseError(QStringLiteral("OverflowError"), QStringLiteral("date value out of range"));
    Moment m{Moment::DateTime, int64_t(days), int64_t(us), {}};
    const Parts p = partsOf(m);
    Value v = makeMoment(cls.isNone() ? c.datetime : cls, m);
    auto *inst = v.as<InstanceObject>();
    const std::pair<const char *, int> fields[] = {
        {"year", p.year},     {"month", p.month},   {"day", p.day},          {"hour", p.hour},
        {"minute", p.minute}, {"second", p.second}, {"microsecond", p.micro}};
    for (const auto &[name, value] : fields)
        inst->attrs.insert(QLatin1String(name), Value::fromInt(value));
    inst->attrs.insert(QStringLiteral("tzinfo"), tz);
    return v;
}

// The datetime at `seconds` after the epoch (local time = UTC), in `tz` when given: fromtimestamp's rounding
// (to the nearest microsecond, ties to even).
Value fromTimestamp(Interpreter &in, const Classes &c, double seconds, const Value &tz,
                    const Value &cls = Value())
{
    if (!std::isfinite(seconds))
        in.raiseValueError(
            QStringLiteral("cannot convert float %1 to integer").arg(in.repr(Value::fromFloat(seconds))));
    double whole = 0;
    const double frac = std::modf(seconds, &whole);
    auto micros = int64_t(std::nearbyint(frac * 1e6));
    Int128 us = Int128(int64_t(whole)) * 1'000'000 + micros;
    if (const Moment *z = momentOf(tz, Moment::TimeZone))
        us += z->us;
    else if (!tz.isNone())
        in.raiseTypeError(
            QStringLiteral("tzinfo argument must be None or of a tzinfo subclass, not type '%1'")
                .arg(in.typeName(tz)));
    return makeDateTime(in, c, kEpochOrdinal, us, tz, cls);
}

int64_t intArg(Interpreter &in, const Value &v)
{
    if (!v.isIntLike())
        in.raiseTypeError(
            QStringLiteral("'%1' object cannot be interpreted as an integer").arg(in.typeName(v)));
    return v.asInt();
}

void checkRange(Interpreter &in, int64_t v, int64_t lo, int64_t hi, const char *what)
{
    if (v < lo || v > hi)
        in.raiseValueError(QStringLiteral("%1 must be in %2..%3").arg(QLatin1String(what)).arg(lo).arg(hi));
}

int64_t checkedOrdinal(Interpreter &in, int64_t y, int64_t m, int64_t d)
{
    if (y < 1 || y > 9999)
        in.raiseValueError(QStringLiteral("year %1 is out of range").arg(y));
    checkRange(in, m, 1, 12, "month");
    if (d < 1 || d > QDate(int(y), int(m), 1).daysInMonth())
        in.raiseValueError(QStringLiteral("day is out of range for month"));
    return ordinalOf(int(y), int(m), int(d));
}

QString dateIso(const Civil &c)
{
    return QStringLiteral("%1-%2-%3")
        .arg(c.year, 4, 10, QLatin1Char('0'))
        .arg(c.month, 2, 10, QLatin1Char('0'))
        .arg(c.day, 2, 10, QLatin1Char('0'));
}

QString timeIso(const Parts &p, const QString &timespec, Interpreter &in)
{
    auto two = [](int v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    QString spec = timespec;
    if (spec == u"auto")
        spec = p.micro ? QStringLiteral("microseconds") : QStringLiteral("seconds");
    if (spec == u"hours")
        return two(p.hour);
    if (spec == u"minutes")
        return two(p.hour) + u':' + two(p.minute);
    const QString hms = two(p.hour) + u':' + two(p.minute) + u':' + two(p.second);
    if (spec == u"seconds")
        return hms;
    if (spec == u"milliseconds")
        return hms + QStringLiteral(".%1").arg(p.micro / 1000, 3, 10, QLatin1Char('0'));
    if (spec == u"microseconds")
        return hms + QStringLiteral(".%1").arg(p.micro, 6, 10, QLatin1Char('0'));
    in.raiseValueError(QStringLiteral("Unknown timespec value"));
}

QString dateTimeIso(Interpreter &in, const Value &dt, const QString &sep, const QString &timespec)
{
    const Moment &m = *momentOf(dt, Moment::DateTime);
    const Parts p = partsOf(m);
    QString s = dateIso({p.year, p.month, p.day}) + sep + timeIso(p, timespec, in);
    if (const auto off = offsetOf(dt))
        s += offsetText(*off, QStringLiteral(":"));
    return s;
}

// strftime: the codes of timeformat.cpp, with %f, %z and %Z of this value (empty for a naive datetime).
QString formatMoment(Interpreter &in, const Value &v, const QString &fmt)
{
    const Moment *m = momentOf(v, Moment::Date);
    const bool isDateTime = m->kind == Moment::DateTime;
    const std::optional<int64_t> off = isDateTime ? offsetOf(v) : std::nullopt;
    QString pre;
    for (qsizetype i = 0; i < fmt.size(); ++i) {
        if (fmt[i] != u'%' || i + 1 >= fmt.size()) {
            pre += fmt[i];
            continue;
        }
        const QChar code = fmt[++i];
        if (code == u'f')
            pre += QStringLiteral("%1").arg(isDateTime ? m->us % 1'000'000 : 0, 6, 10, QLatin1Char('0'));
        else if (code == u'z')
            pre += off ? offsetText(*off, QString()) : QString();
        else if (code == u'Z')
            pre += off ? tzName(*momentOf(tzinfoOf(v), Moment::TimeZone)) : QString();
        else
            pre += u'%' + QString(code);
    }
    Q_UNUSED(in);
    const int64_t secs = (m->days - kEpochOrdinal) * 86'400 + (isDateTime ? m->us / 1'000'000 : 0);
    return strftimeUtc(pre, double(secs));
}

QString dateTimeRepr(Interpreter &in, const Value &dt)
{
    const Parts p = partsOf(*momentOf(dt, Moment::DateTime));
    QString s = QStringLiteral("datetime.datetime(%1, %2, %3, %4, %5")
                    .arg(p.year)
                    .arg(p.month)
                    .arg(p.day)
                    .arg(p.hour)
                    .arg(p.minute);
    if (p.second || p.micro)
        s += QStringLiteral(", %1").arg(p.second);
    if (p.micro)
        s += QStringLiteral(", %1").arg(p.micro);
    const Value tz = tzinfoOf(dt);
    if (!tz.isNone())
        s += QStringLiteral(", tzinfo=") + in.repr(tz);
    return s + u')';
}

// A datetime's instant in us since 0001-01-01 (UTC for an aware one).
Int128 instantUs(const Value &dt)
{
    const Moment &m = *momentOf(dt, Moment::DateTime);
    return totalUs(m) - offsetOf(dt).value_or(0);
}

// -1, 0, 1; TypeError for dates against datetimes and naive against aware (unless only equality is asked,
// which is then false: `equalOnly` returns 2).
int compareMoments(Interpreter &in, const Value &a, const Value &b, const char *op, bool equalOnly)
{
    const Moment *x = momentOf(a, Moment::Date);
    const Moment *y = momentOf(b, Moment::Date);
    if (!x || !y || x->kind != y->kind) {
        if (equalOnly)
            return 2;
        if (x && y) // CPython names the datetime first, whichever side it is on
            in.raiseTypeError(QStringLiteral("can't compare datetime.datetime to datetime.date"));
        in.raiseTypeError(QStringLiteral("'%1' not supported between instances of '%2' and '%3'")
                              .arg(QLatin1String(op), qualName(in, a), qualName(in, b)));
    }
    Int128 l = x->days, r = y->days;
    if (x->kind == Moment::DateTime) {
        const bool awareA = offsetOf(a).has_value(), awareB = offsetOf(b).has_value();
        if (awareA != awareB) {
            if (equalOnly)
                return 2;
            in.raiseTypeError(QStringLiteral("can't compare offset-naive and offset-aware datetimes"));
        }
        l = instantUs(a);
        r = instantUs(b);
    }
    return l < r ? -1 : l > r ? 1 : 0;
}

QString isoFromString(Interpreter &in, const Value &v)
{
    if (!isKind(v, ObjKind::Str))
        in.raiseTypeError(QStringLiteral("fromisoformat: argument must be str"));
    return strOf(v);
}

} // namespace

void Interpreter::installDatetime()
{
    registerModule(QStringLiteral("datetime"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("datetime"));
        Value modValue(mod);
        auto c = std::make_shared<Classes>();
        auto newClass = [&](const char *name, Moment::Kind kind, std::vector<Value> bases) {
            Value cls = in.makeClass(QLatin1String(name), std::move(bases));
            auto *k = cls.as<ClassObject>();
            k->attrs.insert(QStringLiteral("__module__"), makeStr(QStringLiteral("datetime")));
            k->attrs.insert(QStringLiteral("__datetime_kind__"), Value::fromInt(kind));
            mod->attrs.insert(QLatin1String(name), cls);
            return cls;
        };
        c->timedelta = newClass("timedelta", Moment::TimeDelta, {in.tObject});
        c->date = newClass("date", Moment::Date, {in.tObject});
        c->datetime = newClass("datetime", Moment::DateTime, {c->date});
        Value tzinfo = in.makeClass(QStringLiteral("tzinfo"), {in.tObject});
        tzinfo.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                               makeStr(QStringLiteral("datetime")));
        mod->attrs.insert(QStringLiteral("tzinfo"), tzinfo);
        c->timezone = newClass("timezone", Moment::TimeZone, {tzinfo});
        mod->attrs.insert(QStringLiteral("MINYEAR"), Value::fromInt(1));
        mod->attrs.insert(QStringLiteral("MAXYEAR"), Value::fromInt(9999));

        using Fn = BuiltinObject::Fn;
        auto method = [&in](const Value &cls, const char *name, Fn fn) {
            cls.as<ClassObject>()->attrs.insert(QLatin1String(name),
                                                in.makeMethod(QLatin1String(name), std::move(fn)));
        };
        auto classFunction = [&in](const Value &cls, const char *name, Fn fn) {
            cls.as<ClassObject>()->attrs.insert(QLatin1String(name),
                                                in.makeBuiltin(QLatin1String(name), std::move(fn)));
        };

        // ---- timedelta ----
        c->timedelta.as<ClassObject>()->constructor = [c](Interpreter &in2, const Value &,
                                                          std::vector<Value> &p,
                                                          std::vector<std::pair<QString, Value>> &kw) {
            CallArgs a{p, kw};
            static const char *const names[] = {"days",    "seconds", "microseconds", "milliseconds",
                                                "minutes", "hours",   "weeks"};
            static const int64_t unitUs[] = {kUsPerDay,     1'000'000,    1, 1'000, 60'000'000,
                                             3'600'000'000, 7 * kUsPerDay};
            in2.checkNoExtraArgs(
                a, 7, {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"},
                QStringLiteral("timedelta"));
            Int128 whole = 0;
            long double fraction = 0;
            for (size_t i = 0; i < 7; ++i) {
                const Value v = in2.argOr(a, i, names[i], Value::fromInt(0));
                if (v.isIntLike())
                    whole += Int128(v.asInt()) * unitUs[i];
                else if (v.isFloat())
                    fraction += (long double)(v.asFloat()) * (long double)(unitUs[i]);
                else if (isBigInt(v))
                    in2.raiseError(QStringLiteral("OverflowError"),
                                   QStringLiteral("Python int too large to convert to C int"));
                else
                    in2.raiseTypeError(QStringLiteral("unsupported type for timedelta %1 component: %2")
                                           .arg(QLatin1String(names[i]), in2.typeName(v)));
            }
            if (!std::isfinite(double(fraction)))
                in2.raiseValueError(QStringLiteral("cannot convert float NaN or infinity to integer"));
            return makeDelta(in2, *c, whole + roundHalfEven(fraction));
        };
        method(c->timedelta, "__str__", [](Interpreter &in2, const Value &self, CallArgs &) {
            return makeStr(deltaStr(deltaArg(in2, self)));
        });
        method(c->timedelta, "__repr__", [](Interpreter &in2, const Value &self, CallArgs &) {
            return makeStr(deltaRepr(deltaArg(in2, self)));
        });
        method(c->timedelta, "total_seconds", [](Interpreter &in2, const Value &self, CallArgs &) {
            const Int128 us = totalUs(deltaArg(in2, self));
            return Value::fromFloat(double(int64_t(us / 1'000'000)) + double(int64_t(us % 1'000'000)) / 1e6);
        });
        method(c->timedelta, "__bool__", [](Interpreter &in2, const Value &self, CallArgs &) {
            return Value::fromBool(totalUs(deltaArg(in2, self)) != 0);
        });
        method(c->timedelta, "__hash__", [](Interpreter &in2, const Value &self, CallArgs &) {
            const Moment &m = deltaArg(in2, self);
            return Value::fromInt(int64_t(qHash(m.days) ^ (qHash(m.us) * 31)));
        });
        method(c->timedelta, "__eq__", [](Interpreter &in2, const Value &self, CallArgs &a) {
            const Moment *o = a.pos.empty() ? nullptr : momentOf(a.pos[0], Moment::TimeDelta);
            return Value::fromBool(o && totalUs(*o) == totalUs(deltaArg(in2, self)));
        });
        struct Order
        {
            const char *method;
            const char *op;
        };
        for (const Order order :
             {Order{"__lt__", "<"}, Order{"__le__", "<="}, Order{"__gt__", ">"}, Order{"__ge__", ">="}}) {
            const QString op = QLatin1String(order.op);
            method(c->timedelta, order.method, [op](Interpreter &in2, const Value &self, CallArgs &a) {
                const Moment *o = a.pos.empty() ? nullptr : momentOf(a.pos[0], Moment::TimeDelta);
                if (!o)
                    in2.raiseTypeError(QStringLiteral("'%1' not supported between instances of "
                                                      "'datetime.timedelta' and '%2'")
                                           .arg(op, a.pos.empty() ? QString() : in2.typeName(a.pos[0])));
                const Int128 x = totalUs(deltaArg(in2, self)), y = totalUs(*o);
                const int c3 = x < y ? -1 : (y < x ? 1 : 0);
                return Value::fromBool(op == u"<"    ? c3 < 0
                                       : op == u"<=" ? c3 <= 0
                                       : op == u">"  ? c3 > 0
                                                     : c3 >= 0);
            });
        }
        method(c->timedelta, "__neg__", [c](Interpreter &in2, const Value &self, CallArgs &) {
            return makeDelta(in2, *c, -totalUs(deltaArg(in2, self)));
        });
        method(c->timedelta, "__pos__", [](Interpreter &, const Value &self, CallArgs &) { return self; });
        method(c->timedelta, "__abs__", [c](Interpreter &in2, const Value &self, CallArgs &) {
            const Int128 us = totalUs(deltaArg(in2, self));
            return makeDelta(in2, *c, us < 0 ? -us : us);
        });
        method(c->timedelta, "__add__", [c](Interpreter &in2, const Value &self, CallArgs &a) -> Value {
            const Value other = a.pos.at(0);
            if (const Moment *o = momentOf(other, Moment::TimeDelta))
                return makeDelta(in2, *c, totalUs(deltaArg(in2, self)) + totalUs(*o));
            if (momentOf(other, Moment::Date))
                return in2.binaryOp(Op::Add, other, self);
            unsupported(in2, "+", self, other);
        });
        method(c->timedelta, "__radd__", [c](Interpreter &in2, const Value &self, CallArgs &a) -> Value {
            unsupported(in2, "+", a.pos.at(0), self);
        });
        method(c->timedelta, "__sub__", [c](Interpreter &in2, const Value &self, CallArgs &a) -> Value {
            const Value other = a.pos.at(0);
            if (const Moment *o = momentOf(other, Moment::TimeDelta))
                return makeDelta(in2, *c, totalUs(deltaArg(in2, self)) - totalUs(*o));
            unsupported(in2, "-", self, other);
        });
        auto scale = [c](Interpreter &in2, const Value &self, const Value &by, const char *op) -> Value {
            const Int128 us = totalUs(deltaArg(in2, self));
            if (by.isIntLike())
                return makeDelta(in2, *c, us * by.asInt());
            if (by.isFloat()) {
                if (!std::isfinite(by.asFloat()))
                    in2.raiseValueError(QStringLiteral("cannot convert float NaN or infinity to integer"));
                return makeDelta(in2, *c,
                                 roundHalfEven((long double)(int64_t(us)) * (long double)(by.asFloat())));
            }
            unsupported(in2, op, self, by);
        };
        method(c->timedelta, "__mul__", [scale](Interpreter &in2, const Value &self, CallArgs &a) {
            return scale(in2, self, a.pos.at(0), "*");
        });
        method(c->timedelta, "__rmul__", [scale](Interpreter &in2, const Value &self, CallArgs &a) {
            return scale(in2, self, a.pos.at(0), "*");
        });
        method(c->timedelta, "__truediv__", [c](Interpreter &in2, const Value &self, CallArgs &a) -> Value {
            const Value by = a.pos.at(0);
            const Int128 us = totalUs(deltaArg(in2, self));
            auto zero = [&in2](const char *message) {
                in2.raiseError(QStringLiteral("ZeroDivisionError"), QLatin1String(message));
            };
            if (const Moment *o = momentOf(by, Moment::TimeDelta)) {
                if (totalUs(*o) == 0)
                    zero("division by zero");
                return Value::fromFloat(
                    double((long double)(int64_t(us)) / (long double)(int64_t(totalUs(*o)))));
            }
            if (by.isIntLike() || by.isFloat()) {
                if (by.toDouble() == 0)
                    zero("integer division or modulo by zero");
                if (by.isIntLike()) {
                    // exact: the quotient rounded half to even
                    const Int128 d = by.asInt();
                    Int128 q = floorDiv128(us, d);
                    const Int128 r2 = 2 * (us - q * d);
                    if ((d > 0 && (r2 > d || (r2 == d && (q & 1)))) ||
                        (d < 0 && (r2 < d || (r2 == d && (q & 1)))))
                        ++q;
                    return makeDelta(in2, *c, q);
                }
                return makeDelta(in2, *c,
                                 roundHalfEven((long double)(int64_t(us)) / (long double)(by.asFloat())));
            }
            unsupported(in2, "/", self, by);
        });
        method(c->timedelta, "__floordiv__", [c](Interpreter &in2, const Value &self, CallArgs &a) -> Value {
            const Value by = a.pos.at(0);
            const Int128 us = totalUs(deltaArg(in2, self));
            if (const Moment *o = momentOf(by, Moment::TimeDelta)) {
                if (totalUs(*o) == 0)
                    in2.raiseError(QStringLiteral("ZeroDivisionError"),
                                   QStringLiteral("integer division or modulo by zero"));
                return Value::fromInt(int64_t(floorDiv128(us, totalUs(*o))));
            }
            if (by.isIntLike()) {
                if (by.asInt() == 0)
                    in2.raiseError(QStringLiteral("ZeroDivisionError"),
                                   QStringLiteral("integer division or modulo by zero"));
                return makeDelta(in2, *c, floorDiv128(us, by.asInt()));
            }
            unsupported(in2, "//", self, by);
        });
        method(c->timedelta, "__mod__", [c](Interpreter &in2, const Value &self, CallArgs &a) -> Value {
            const Value by = a.pos.at(0);
            const Moment *o = momentOf(by, Moment::TimeDelta);
            if (!o)
                unsupported(in2, "%", self, by);
            const Int128 us = totalUs(deltaArg(in2, self)), d = totalUs(*o);
            if (d == 0)
                in2.raiseError(QStringLiteral("ZeroDivisionError"), QStringLiteral("integer modulo by zero"));
            return makeDelta(in2, *c, us - floorDiv128(us, d) * d);
        });
        {
            auto *k = c->timedelta.as<ClassObject>();
            k->attrs.insert(QStringLiteral("min"), makeDelta(in, *c, Int128(-kMaxDays) * kUsPerDay));
            k->attrs.insert(QStringLiteral("max"), makeDelta(in, *c, Int128(kMaxDays + 1) * kUsPerDay - 1));
            k->attrs.insert(QStringLiteral("resolution"), makeDelta(in, *c, 1));
        }

        // ---- timezone ----
        c->timezone.as<ClassObject>()->constructor = [c](Interpreter &in2, const Value &cls,
                                                         std::vector<Value> &p,
                                                         std::vector<std::pair<QString, Value>> &kw) {
            CallArgs a{p, kw};
            in2.checkNoExtraArgs(a, 2, {"offset", "name"}, QStringLiteral("timezone"));
            const Value offset = in2.argOr(a, 0, "offset");
            const Moment *o = momentOf(offset, Moment::TimeDelta);
            if (!o)
                in2.raiseTypeError(QStringLiteral("timezone() argument 1 must be datetime.timedelta, not %1")
                                       .arg(in2.typeName(offset)));
            const Int128 us = totalUs(*o);
            if (us <= -kUsPerDay || us >= kUsPerDay)
                in2.raiseValueError(QStringLiteral("offset must be a timedelta strictly between "
                                                   "-timedelta(hours=24) and timedelta(hours=24), not %1.")
                                        .arg(in2.repr(offset)));
            const Value name = in2.argOr(a, 1, "name");
            if (!name.isNone() && !isKind(name, ObjKind::Str))
                in2.raiseTypeError(
                    QStringLiteral("timezone() argument 2 must be str, not %1").arg(in2.typeName(name)));
            if (us == 0 && name.isNone() && !c->utc.isNone())
                return c->utc;
            return makeMoment(
                cls, Moment{Moment::TimeZone, 0, int64_t(us), name.isNone() ? QString() : strOf(name)});
        };
        auto tzArg = [](Interpreter &in2, const Value &v) -> const Moment & {
            const Moment *m = momentOf(v, Moment::TimeZone);
            if (!m)
                in2.raiseTypeError(QStringLiteral("expected a datetime.timezone"));
            return *m;
        };
        method(c->timezone, "__repr__", [c, tzArg](Interpreter &in2, const Value &self, CallArgs &) {
            if (self.identical(c->utc))
                return makeStr(QStringLiteral("datetime.timezone.utc"));
            const Moment &m = tzArg(in2, self);
            QString s = QStringLiteral("datetime.timezone(") +
                        deltaRepr(*momentOf(makeDelta(in2, *c, m.us), Moment::TimeDelta));
            if (!m.name.isEmpty())
                s += QStringLiteral(", ") + in2.repr(makeStr(m.name));
            return makeStr(s + u')');
        });
        method(c->timezone, "__str__", [tzArg](Interpreter &in2, const Value &self, CallArgs &) {
            return makeStr(tzName(tzArg(in2, self)));
        });
        method(c->timezone, "tzname", [tzArg](Interpreter &in2, const Value &self, CallArgs &) {
            return makeStr(tzName(tzArg(in2, self)));
        });
        method(c->timezone, "utcoffset", [c, tzArg](Interpreter &in2, const Value &self, CallArgs &) {
            return makeDelta(in2, *c, tzArg(in2, self).us);
        });
        method(c->timezone, "__eq__", [tzArg](Interpreter &in2, const Value &self, CallArgs &a) {
            const Moment *o = a.pos.empty() ? nullptr : momentOf(a.pos[0], Moment::TimeZone);
            return Value::fromBool(o && o->us == tzArg(in2, self).us);
        });
        method(c->timezone, "__hash__", [tzArg](Interpreter &in2, const Value &self, CallArgs &) {
            return Value::fromInt(int64_t(qHash(tzArg(in2, self).us)));
        });
        c->utc = makeMoment(c->timezone, Moment{Moment::TimeZone, 0, 0, QStringLiteral("UTC")});
        c->timezone.as<ClassObject>()->attrs.insert(QStringLiteral("utc"), c->utc);
        mod->attrs.insert(QStringLiteral("UTC"), c->utc);

        // ---- date ----
        c->date.as<ClassObject>()->constructor = [c](Interpreter &in2, const Value &cls,
                                                     std::vector<Value> &p,
                                                     std::vector<std::pair<QString, Value>> &kw) {
            CallArgs a{p, kw};
            in2.checkNoExtraArgs(a, 3, {"year", "month", "day"}, QStringLiteral("date"));
            for (size_t i = 0; i < 3; ++i)
                if (!in2.hasArg(a, i, i == 0 ? "year" : i == 1 ? "month" : "day"))
                    in2.raiseTypeError(QStringLiteral("function missing required argument '%1' (pos %2)")
                                           .arg(QLatin1String(i == 0   ? "year"
                                                              : i == 1 ? "month"
                                                                       : "day"))
                                           .arg(i + 1));
            const int64_t ord =
                checkedOrdinal(in2, intArg(in2, in2.argOr(a, 0, "year")),
                               intArg(in2, in2.argOr(a, 1, "month")), intArg(in2, in2.argOr(a, 2, "day")));
            return makeDate(in2, *c, ord, cls);
        };
        auto dateArg = [](Interpreter &in2, const Value &v) -> const Moment & {
            const Moment *m = momentOf(v, Moment::Date);
            if (!m)
                in2.raiseTypeError(QStringLiteral("expected a datetime.date, not %1").arg(in2.typeName(v)));
            return *m;
        };
        classFunction(c->date, "today", [c](Interpreter &in2, const Value &, CallArgs &a) {
            in2.checkNoExtraArgs(a, 0, {}, QStringLiteral("today"));
            const double t = in2.programTime();
            return makeDate(in2, *c, kEpochOrdinal + int64_t(std::floor(t / 86400)));
        });
        classFunction(c->date, "fromtimestamp", [c](Interpreter &in2, const Value &, CallArgs &a) {
            const Value t = in2.argOr(a, 0, "timestamp");
            if (!t.isNumber())
                in2.raiseTypeError(
                    QStringLiteral("'%1' object cannot be interpreted as an integer").arg(in2.typeName(t)));
            return makeDate(in2, *c, kEpochOrdinal + int64_t(std::floor(t.toDouble() / 86400)));
        });
        classFunction(c->date, "fromordinal", [c](Interpreter &in2, const Value &, CallArgs &a) {
            const int64_t n = intArg(in2, in2.argOr(a, 0, "ordinal"));
            if (n < 1 || n > kMaxOrdinal)
                in2.raiseValueError(QStringLiteral("ordinal must be >= 1"));
            return makeDate(in2, *c, n);
        });
        classFunction(c->date, "fromisoformat", [c](Interpreter &in2, const Value &, CallArgs &a) {
            const QString s = isoFromString(in2, in2.argOr(a, 0, "date_string"));
            const QDate d = QDate::fromString(s, QStringLiteral("yyyy-MM-dd"));
            if (s.size() != 10 || !d.isValid())
                in2.raiseValueError(QStringLiteral("Invalid isoformat string: %1").arg(in2.repr(makeStr(s))));
            return makeDate(in2, *c, d.toJulianDay() - kJulianOfOrdinalZero);
        });
        method(c->date, "isoformat", [dateArg](Interpreter &in2, const Value &self, CallArgs &) {
            return makeStr(dateIso(civilOf(dateArg(in2, self).days)));
        });
        method(c->date, "__str__", [dateArg](Interpreter &in2, const Value &self, CallArgs &) {
            return makeStr(dateIso(civilOf(dateArg(in2, self).days)));
        });
        method(c->date, "__repr__", [dateArg](Interpreter &in2, const Value &self, CallArgs &) {
            const Civil d = civilOf(dateArg(in2, self).days);
            return makeStr(QStringLiteral("datetime.date(%1, %2, %3)").arg(d.year).arg(d.month).arg(d.day));
        });
        method(c->date, "weekday", [dateArg](Interpreter &in2, const Value &self, CallArgs &) {
            return Value::fromInt((dateArg(in2, self).days + 6) % 7);
        });
        method(c->date, "isoweekday", [dateArg](Interpreter &in2, const Value &self, CallArgs &) {
            return Value::fromInt((dateArg(in2, self).days + 6) % 7 + 1);
        });
        method(c->date, "toordinal", [dateArg](Interpreter &in2, const Value &self, CallArgs &) {
            return Value::fromInt(dateArg(in2, self).days);
        });
        method(c->date, "strftime", [](Interpreter &in2, const Value &self, CallArgs &a) {
            const Value fmt = in2.argOr(a, 0, "format");
            if (!isKind(fmt, ObjKind::Str))
                in2.raiseTypeError(
                    QStringLiteral("strftime() argument 1 must be str, not %1").arg(in2.typeName(fmt)));
            return makeStr(formatMoment(in2, self, strOf(fmt)));
        });
        method(c->date, "__format__", [](Interpreter &in2, const Value &self, CallArgs &a) {
            const Value fmt = in2.argOr(a, 0, "format");
            if (!isKind(fmt, ObjKind::Str))
                in2.raiseTypeError(QStringLiteral("must be str, not %1").arg(in2.typeName(fmt)));
            if (strOf(fmt).isEmpty())
                return makeStr(in2.str(self));
            return makeStr(formatMoment(in2, self, strOf(fmt)));
        });
        method(c->date, "replace", [c, dateArg](Interpreter &in2, const Value &self, CallArgs &a) {
            in2.checkNoExtraArgs(a, 3, {"year", "month", "day"}, QStringLiteral("replace"));
            const Civil d = civilOf(dateArg(in2, self).days);
            const int64_t y = intArg(in2, in2.argOr(a, 0, "year", Value::fromInt(d.year)));
            const int64_t m = intArg(in2, in2.argOr(a, 1, "month", Value::fromInt(d.month)));
            const int64_t dd = intArg(in2, in2.argOr(a, 2, "day", Value::fromInt(d.day)));
            return makeDate(in2, *c, checkedOrdinal(in2, y, m, dd), in2.typeOf(self));
        });
        method(c->date, "__eq__", [](Interpreter &in2, const Value &self, CallArgs &a) {
            return Value::fromBool(compareMoments(in2, self, a.pos.at(0), "==", true) == 0);
        });
        method(c->date, "__lt__", [](Interpreter &in2, const Value &self, CallArgs &a) {
            return Value::fromBool(compareMoments(in2, self, a.pos.at(0), "<", false) < 0);
        });
        method(c->date, "__gt__", [](Interpreter &in2, const Value &self, CallArgs &a) {
            return Value::fromBool(compareMoments(in2, self, a.pos.at(0), ">", false) > 0);
        });
        method(c->date, "__le__", [](Interpreter &in2, const Value &self, CallArgs &a) {
            return Value::fromBool(compareMoments(in2, self, a.pos.at(0), "<=", false) <= 0);
        });
        method(c->date, "__ge__", [](Interpreter &in2, const Value &self, CallArgs &a) {
            return Value::fromBool(compareMoments(in2, self, a.pos.at(0), ">=", false) >= 0);
        });
        method(c->date, "__hash__", [dateArg](Interpreter &in2, const Value &self, CallArgs &) {
            return Value::fromInt(int64_t(qHash(dateArg(in2, self).days)));
        });
        method(c->date, "__add__", [c, dateArg](Interpreter &in2, const Value &self, CallArgs &a) -> Value {
            const Value other = a.pos.at(0);
            const Moment *o = momentOf(other, Moment::TimeDelta);
            if (!o)
                unsupported(in2, "+", self, other);
            return makeDate(in2, *c, dateArg(in2, self).days + o->days);
        });
        method(c->date, "__sub__", [c, dateArg](Interpreter &in2, const Value &self, CallArgs &a) -> Value {
            const Value other = a.pos.at(0);
            if (const Moment *o = momentOf(other, Moment::TimeDelta))
                return makeDate(in2, *c, dateArg(in2, self).days - o->days);
            const Moment *d = momentOf(other, Moment::Date);
            if (!d || d->kind != Moment::Date)
                unsupported(in2, "-", self, other);
            return makeDelta(in2, *c, Int128(dateArg(in2, self).days - d->days) * kUsPerDay);
        });

        // ---- datetime ----
        c->datetime.as<ClassObject>()->constructor = [c](Interpreter &in2, const Value &cls,
                                                         std::vector<Value> &p,
                                                         std::vector<std::pair<QString, Value>> &kw) {
            CallArgs a{p, kw};
            static const char *const names[] = {"year",   "month",  "day",        "hour",
                                                "minute", "second", "microsecond"};
            in2.checkNoExtraArgs(
                a, 8, {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"},
                QStringLiteral("datetime"));
            int64_t v[7] = {0, 0, 0, 0, 0, 0, 0};
            for (size_t i = 0; i < 7; ++i) {
                if (i < 3 && !in2.hasArg(a, i, names[i]))
                    in2.raiseTypeError(QStringLiteral("function missing required argument '%1' (pos %2)")
                                           .arg(QLatin1String(names[i]))
                                           .arg(i + 1));
                v[i] = intArg(in2, in2.argOr(a, i, names[i], Value::fromInt(0)));
            }
            const int64_t ord = checkedOrdinal(in2, v[0], v[1], v[2]);
            checkRange(in2, v[3], 0, 23, "hour");
            checkRange(in2, v[4], 0, 59, "minute");
            checkRange(in2, v[5], 0, 59, "second");
            checkRange(in2, v[6], 0, 999999, "microsecond");
            const Value tz = in2.argOr(a, 7, "tzinfo");
            if (!tz.isNone() && !momentOf(tz, Moment::TimeZone))
                in2.raiseTypeError(
                    QStringLiteral("tzinfo argument must be None or of a tzinfo subclass, not type '%1'")
                        .arg(in2.typeName(tz)));
            const Int128 us = ((Int128(v[3]) * 60 + v[4]) * 60 + v[5]) * 1'000'000 + v[6];
            return makeDateTime(in2, *c, ord, us, tz, cls);
        };
        auto dtArg = [](Interpreter &in2, const Value &v) -> const Moment & {
            const Moment *m = momentOf(v, Moment::DateTime);
            if (!m)
                in2.raiseTypeError(
                    QStringLiteral("expected a datetime.datetime, not %1").arg(in2.typeName(v)));
            return *m;
        };
        classFunction(c->datetime, "now", [c](Interpreter &in2, const Value &, CallArgs &a) {
            in2.checkNoExtraArgs(a, 1, {"tz"}, QStringLiteral("now"));
            return fromTimestamp(in2, *c, in2.programTime(), in2.argOr(a, 0, "tz"));
        });
        classFunction(c->datetime, "today", [c](Interpreter &in2, const Value &, CallArgs &a) {
            in2.checkNoExtraArgs(a, 0, {}, QStringLiteral("today"));
            return fromTimestamp(in2, *c, in2.programTime(), Value());
        });
        classFunction(c->datetime, "utcnow", [c](Interpreter &in2, const Value &, CallArgs &a) {
            in2.checkNoExtraArgs(a, 0, {}, QStringLiteral("utcnow"));
            return fromTimestamp(in2, *c, in2.programTime(), Value());
        });
        classFunction(c->datetime, "fromtimestamp", [c](Interpreter &in2, const Value &, CallArgs &a) {
            in2.checkNoExtraArgs(a, 2, {"timestamp", "tz"}, QStringLiteral("fromtimestamp"));
            const Value t = in2.argOr(a, 0, "timestamp");
            if (!t.isNumber())
                in2.raiseTypeError(
                    QStringLiteral("'%1' object cannot be interpreted as an integer").arg(in2.typeName(t)));
            return fromTimestamp(in2, *c, t.toDouble(), in2.argOr(a, 1, "tz"));
        });
        classFunction(c->datetime, "utcfromtimestamp", [c](Interpreter &in2, const Value &, CallArgs &a) {
            const Value t = in2.argOr(a, 0, "timestamp");
            if (!t.isNumber())
                in2.raiseTypeError(
                    QStringLiteral("'%1' object cannot be interpreted as an integer").arg(in2.typeName(t)));
            return fromTimestamp(in2, *c, t.toDouble(), Value());
        });
        classFunction(c->datetime, "combine", [c, dateArg](Interpreter &in2, const Value &, CallArgs &a) {
            const Moment &d = dateArg(in2, in2.argOr(a, 0, "date"));
            const Value t = in2.argOr(a, 1, "time");
            const Moment *dt = momentOf(t, Moment::DateTime);
            if (!dt)
                in2.raiseTypeError(QStringLiteral("datetime.combine() takes a date and a datetime here "
                                                  "(Awaitscope has no datetime.time)"));
            return makeDateTime(in2, *c, d.days, dt->us, tzinfoOf(t));
        });
        classFunction(c->datetime, "fromisoformat", [c](Interpreter &in2, const Value &, CallArgs &a) {
            const QString s = isoFromString(in2, in2.argOr(a, 0, "date_string"));
            auto bad = [&]() {
                in2.raiseValueError(QStringLiteral("Invalid isoformat string: %1").arg(in2.repr(makeStr(s))));
            };
            if (s.size() < 10)
                bad();
            const QDate d = QDate::fromString(s.left(10), QStringLiteral("yyyy-MM-dd"));
            if (!d.isValid())
                bad();
            int64_t us = 0;
            Value tz;
            if (s.size() > 10) {
                QString rest = s.mid(11);
                if (s[10] != u'T' && s[10] != u' ')
                    bad();
                const qsizetype signAt = std::max(rest.indexOf(u'+'), rest.indexOf(u'-'));
                QString off;
                if (signAt >= 0) {
                    off = rest.mid(signAt);
                    rest = rest.left(signAt);
                } else if (rest.endsWith(u'Z')) {
                    off = QStringLiteral("+00:00");
                    rest.chop(1);
                }
                const QStringList hms = rest.split(u':');
                if (hms.size() < 2 || hms.size() > 3)
                    bad();
                bool ok1 = false, ok2 = false;
                const int h = hms[0].toInt(&ok1), m = hms[1].toInt(&ok2);
                if (!ok1 || !ok2 || h > 23 || m > 59 || hms[0].size() != 2 || hms[1].size() != 2)
                    bad();
                double sec = 0;
                if (hms.size() == 3) {
                    bool ok = false;
                    sec = hms[2].toDouble(&ok);
                    if (!ok || sec >= 60 || hms[2].size() < 2)
                        bad();
                }
                us = (int64_t(h) * 3600 + int64_t(m) * 60) * 1'000'000 + std::llround(sec * 1e6);
                if (!off.isEmpty()) {
                    const QStringList hm = off.mid(1).split(u':');
                    bool okh = false, okm = hm.size() < 2;
                    const int oh = hm[0].toInt(&okh);
                    const int om = hm.size() > 1 ? hm[1].toInt(&okm) : 0;
                    if (!okh || !okm)
                        bad();
                    const int64_t offUs =
                        (int64_t(oh) * 3600 + om * 60) * 1'000'000 * (off[0] == u'-' ? -1 : 1);
                    std::vector<Value> p{makeDelta(in2, *c, offUs)};
                    std::vector<std::pair<QString, Value>> kw;
                    tz = c->timezone.as<ClassObject>()->constructor(in2, c->timezone, p, kw);
                }
            }
            return makeDateTime(in2, *c, d.toJulianDay() - kJulianOfOrdinalZero, us, tz);
        });
        method(c->datetime, "isoformat", [](Interpreter &in2, const Value &self, CallArgs &a) {
            in2.checkNoExtraArgs(a, 2, {"sep", "timespec"}, QStringLiteral("isoformat"));
            const Value sep = in2.argOr(a, 0, "sep", makeStr(QStringLiteral("T")));
            const Value spec = in2.argOr(a, 1, "timespec", makeStr(QStringLiteral("auto")));
            if (!isKind(sep, ObjKind::Str) || strOf(sep).size() != 1)
                in2.raiseTypeError(QStringLiteral("isoformat() argument 1 must be a unicode character"));
            return makeStr(dateTimeIso(in2, self, strOf(sep), in2.str(spec)));
        });
        method(c->datetime, "__str__", [](Interpreter &in2, const Value &self, CallArgs &) {
            return makeStr(dateTimeIso(in2, self, QStringLiteral(" "), QStringLiteral("auto")));
        });
        method(c->datetime, "__repr__", [](Interpreter &in2, const Value &self, CallArgs &) {
            return makeStr(dateTimeRepr(in2, self));
        });
        method(c->datetime, "date", [c, dtArg](Interpreter &in2, const Value &self, CallArgs &) {
            return makeDate(in2, *c, dtArg(in2, self).days);
        });
        method(c->datetime, "timestamp", [dtArg](Interpreter &in2, const Value &self, CallArgs &) {
            const Moment &m = dtArg(in2, self);
            const int64_t secs =
                (m.days - kEpochOrdinal) * 86'400 + m.us / 1'000'000 - offsetOf(self).value_or(0) / 1'000'000;
            return Value::fromFloat(double(secs) + double(m.us % 1'000'000) / 1e6);
        });
        method(c->datetime, "utcoffset", [c](Interpreter &in2, const Value &self, CallArgs &) {
            const auto off = offsetOf(self);
            return off ? makeDelta(in2, *c, *off) : Value();
        });
        method(c->datetime, "tzname", [](Interpreter &, const Value &self, CallArgs &) {
            const Moment *z = momentOf(tzinfoOf(self), Moment::TimeZone);
            return z ? makeStr(tzName(*z)) : Value();
        });
        method(c->datetime, "astimezone", [c, dtArg](Interpreter &in2, const Value &self, CallArgs &a) {
            Value tz = in2.argOr(a, 0, "tz");
            if (tz.isNone())
                tz = c->utc; // local time is UTC in the sandbox
            const Moment *z = momentOf(tz, Moment::TimeZone);
            if (!z)
                in2.raiseTypeError(QStringLiteral("tz argument must be an instance of tzinfo"));
            const Int128 utc = totalUs(dtArg(in2, self)) - offsetOf(self).value_or(0);
            return makeDateTime(in2, *c, 0, utc + z->us, tz);
        });
        method(c->datetime, "replace", [c, dtArg](Interpreter &in2, const Value &self, CallArgs &a) {
            static const char *const names[] = {"year",   "month",  "day",        "hour",
                                                "minute", "second", "microsecond"};
            in2.checkNoExtraArgs(
                a, 8, {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"},
                QStringLiteral("replace"));
            const Parts p = partsOf(dtArg(in2, self));
            const int cur[] = {p.year, p.month, p.day, p.hour, p.minute, p.second, p.micro};
            int64_t v[7];
            for (size_t i = 0; i < 7; ++i)
                v[i] = intArg(in2, in2.argOr(a, i, names[i], Value::fromInt(cur[i])));
            const int64_t ord = checkedOrdinal(in2, v[0], v[1], v[2]);
            checkRange(in2, v[3], 0, 23, "hour");
            checkRange(in2, v[4], 0, 59, "minute");
            checkRange(in2, v[5], 0, 59, "second");
            checkRange(in2, v[6], 0, 999999, "microsecond");
            const Value tz = in2.hasArg(a, 7, "tzinfo") ? in2.argOr(a, 7, "tzinfo") : tzinfoOf(self);
            if (!tz.isNone() && !momentOf(tz, Moment::TimeZone))
                in2.raiseTypeError(
                    QStringLiteral("tzinfo argument must be None or of a tzinfo subclass, not type '%1'")
                        .arg(in2.typeName(tz)));
            const Int128 us = ((Int128(v[3]) * 60 + v[4]) * 60 + v[5]) * 1'000'000 + v[6];
            return makeDateTime(in2, *c, ord, us, tz, in2.typeOf(self));
        });
        method(c->datetime, "__hash__", [](Interpreter &, const Value &self, CallArgs &) {
            const Int128 us = instantUs(self);
            return Value::fromInt(int64_t(qHash(int64_t(us))));
        });
        method(c->datetime, "__add__", [c, dtArg](Interpreter &in2, const Value &self, CallArgs &a) -> Value {
            const Value other = a.pos.at(0);
            const Moment *o = momentOf(other, Moment::TimeDelta);
            if (!o)
                unsupported(in2, "+", self, other);
            const Moment &m = dtArg(in2, self);
            return makeDateTime(in2, *c, m.days, Int128(m.us) + totalUs(*o), tzinfoOf(self),
                                in2.typeOf(self));
        });
        method(c->datetime, "__sub__", [c, dtArg](Interpreter &in2, const Value &self, CallArgs &a) -> Value {
            const Value other = a.pos.at(0);
            const Moment &m = dtArg(in2, self);
            if (const Moment *o = momentOf(other, Moment::TimeDelta))
                return makeDateTime(in2, *c, m.days, Int128(m.us) - totalUs(*o), tzinfoOf(self),
                                    in2.typeOf(self));
            if (!momentOf(other, Moment::DateTime))
                unsupported(in2, "-", self, other);
            if (offsetOf(self).has_value() != offsetOf(other).has_value())
                in2.raiseTypeError(QStringLiteral("can't subtract offset-naive and offset-aware datetimes"));
            return makeDelta(in2, *c, instantUs(self) - instantUs(other));
        });
        {
            auto *k = c->datetime.as<ClassObject>();
            k->attrs.insert(QStringLiteral("min"), makeDateTime(in, *c, 1, 0, Value()));
            k->attrs.insert(QStringLiteral("max"), makeDateTime(in, *c, kMaxOrdinal, kUsPerDay - 1, Value()));
            auto *d = c->date.as<ClassObject>();
            d->attrs.insert(QStringLiteral("min"), makeDate(in, *c, 1));
            d->attrs.insert(QStringLiteral("max"), makeDate(in, *c, kMaxOrdinal));
        }
        // What CPython has and Awaitscope not yet: a clear refusal instead of an AttributeError.
        auto missing = [&in](const QString &what, const QString &instead) {
            return in.makeBuiltin(
                what, [what, instead](Interpreter &in2, const Value &, CallArgs &) -> Value {
                    in2.raiseError(
                        QStringLiteral("NotImplementedError"),
                        QStringLiteral("%1 is not available in Awaitscope yet (%2)").arg(what, instead));
                });
        };
        mod->attrs.insert(QStringLiteral("time"),
                          missing(QStringLiteral("datetime.time"),
                                  QStringLiteral("use a datetime and its hour, minute and second")));
        for (const Value &cls : {c->date, c->datetime}) {
            const QString owner = cls.as<ClassObject>()->name;
            for (const char *name : {"timetuple", "isocalendar", "ctime"})
                cls.as<ClassObject>()->attrs.insert(
                    QLatin1String(name),
                    missing(owner + u'.' + QLatin1String(name), QStringLiteral("use strftime")));
        }
        c->datetime.as<ClassObject>()->attrs.insert(
            QStringLiteral("strptime"), missing(QStringLiteral("datetime.strptime"),
                                                QStringLiteral("use datetime.fromisoformat for ISO dates")));
        return modValue;
    });
}

} // namespace awaitscope::py
