// JSON text as CPython's json module writes and reads it (see jsoncodec.h).
#include "jsoncodec.h"

#include "bigint.h"
#include "interpreter.h"

#include <QRegularExpression>

#include <cmath>
#include <unordered_set>

namespace awaitscope::py {

namespace {

void quote(const QString &s, QString &out, bool ensureAscii)
{
    out += u'"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'\b':
            out += QStringLiteral("\\b");
            break;
        case u'\f':
            out += QStringLiteral("\\f");
            break;
        default:
            if (u < 0x20 || (ensureAscii && u > 0x7e))
                out += QStringLiteral("\\u") + QString::number(u, 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    out += u'"';
}

// json's C encoder and scanner count each nested container against the recursion limit (NestingGuard);
// json.dumps and json.loads are Python functions calling more, so they leave fewer levels than plain
// recursion from the same place, as measured against CPython 3.11 by tests/scripts/nesting_limits.py.
constexpr int EncoderHiddenCalls = 3;
constexpr int DecoderHiddenCalls = 4;

struct Writer
{
    Interpreter &in;
    const JsonDumpOptions &opt;
    QString out;
    std::unordered_set<const Object *> open; // containers being written (json's markers)

    // As json.encoder's markers: an object met again while it is still being written is a cycle.
    struct Marker
    {
        Writer &w;
        const Object *o;
        Marker(Writer &writer, const Value &v)
            : w(writer)
            , o(writer.opt.checkCircular ? v.obj() : nullptr)
        {
            if (o && !w.open.insert(o).second)
                w.in.raiseValueError(QStringLiteral("Circular reference detected"));
        }
        ~Marker()
        {
            if (o)
                w.open.erase(o);
        }
    };

    void newline(int depth)
    {
        out += u'\n';
        for (int i = 0; i < depth; ++i)
            out += opt.indent;
    }
    QString keyText(const Value &key)
    {
        if (isKind(key, ObjKind::Str))
            return strOf(key);
        if (key.isNone())
            return QStringLiteral("null");
        if (key.isBool())
            return key.asBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (key.isNumber() || isBigInt(key))
            return floatText(key);
        in.raiseTypeError(
            QStringLiteral("keys must be str, int, float, bool or None, not %1").arg(in.typeName(key)));
    }
    QString floatText(const Value &v)
    {
        if (v.isInt()) // int.__repr__, also for an IntEnum member
            return QString::number(v.asInt());
        if (!v.isFloat())
            return in.repr(v);
        const double d = v.asFloat();
        if (std::isnan(d))
            return QStringLiteral("NaN");
        if (std::isinf(d))
            return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
        return in.repr(v);
    }
    void write(const Value &v, int depth)
    {
        const NestingGuard nesting(in, "while encoding a JSON object", EncoderHiddenCalls);
        in.countStep();
        if (v.isNone()) {
            out += QStringLiteral("null");
        } else if (v.isBool()) {
            out += v.asBool() ? QStringLiteral("true") : QStringLiteral("false");
        } else if (v.isNumber() || isBigInt(v)) {
            out += floatText(v);
        } else if (isKind(v, ObjKind::Str)) {
            quote(strOf(v), out, opt.ensureAscii);
        } else if (auto *d = v.as<DictObject>()) {
            const Marker marker(*this, v);
            std::vector<std::pair<Value, Value>> items;
            for (const auto &e : d->table.entries())
                if (e.live)
                    items.emplace_back(e.key, e.value);
            if (items.empty()) {
                out += QStringLiteral("{}");
                return;
            }
            if (opt.sortKeys)
                std::stable_sort(items.begin(), items.end(),
                                 [&](const auto &x, const auto &y) { return in.less(x.first, y.first); });
            out += u'{';
            for (size_t i = 0; i < items.size(); ++i) {
                if (i)
                    out += opt.itemSeparator;
                if (opt.pretty)
                    newline(depth + 1);
                quote(keyText(items[i].first), out, opt.ensureAscii);
                out += opt.keySeparator;
                write(items[i].second, depth + 1);
            }
            if (opt.pretty)
                newline(depth);
            out += u'}';
        } else if (v.as<ListObject>() || v.as<TupleObject>()) {
            const auto &items = v.as<ListObject>() ? v.as<ListObject>()->items : v.as<TupleObject>()->items;
            if (items.empty()) {
                out += QStringLiteral("[]");
                return;
            }
            const Marker marker(*this, v);
            out += u'[';
            for (size_t i = 0; i < items.size(); ++i) {
                if (i)
                    out += opt.itemSeparator;
                if (opt.pretty)
                    newline(depth + 1);
                write(items[i], depth + 1);
            }
            if (opt.pretty)
                newline(depth);
            out += u']';
        } else if (!opt.defaultFn.isNone()) {
            const Marker marker(*this, v);
            write(in.call(opt.defaultFn, {v}), depth + 1);
        } else {
            in.raiseTypeError(
                QStringLiteral("Object of type %1 is not JSON serializable").arg(in.typeName(v)));
        }
    }
};

// A small recursive-descent reader: dicts keep the document's key order, as json.loads does.
class Reader
{
public:
    Reader(Interpreter &in, const QString &text, const JsonFail &fail)
        : m_in(in)
        , m_s(text)
        , m_fail(fail)
    {
    }
    Value document()
    {
        Value v = value();
        skip();
        if (m_pos != m_s.size())
            fail(QStringLiteral("Extra data"));
        return v;
    }

private:
    [[noreturn]] void fail(const QString &what, qsizetype at = -1)
    {
        m_fail(what, at < 0 ? m_pos : at);
        m_in.raiseValueError(what); // fail() throws; this is not reached
    }
    void skip()
    {
        while (m_pos < m_s.size() &&
               (m_s[m_pos] == u' ' || m_s[m_pos] == u'\n' || m_s[m_pos] == u'\r' || m_s[m_pos] == u'\t'))
            ++m_pos;
    }
    bool take(QChar c)
    {
        skip();
        if (m_pos < m_s.size() && m_s[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool word(const char *w)
    {
        const QLatin1String l(w);
        if (QStringView(m_s).mid(m_pos).startsWith(l)) {
            m_pos += l.size();
            return true;
        }
        return false;
    }
    QString string()
    {
        QString out;
        const qsizetype start = m_pos;
        ++m_pos; // the opening quote
        while (m_pos < m_s.size()) {
            const QChar c = m_s[m_pos++];
            if (c == u'"')
                return out;
            if (c != u'\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_s.size())
                break;
            const QChar e = m_s[m_pos++];
            switch (e.unicode()) {
            case u'n':
                out += u'\n';
                break;
            case u't':
                out += u'\t';
                break;
            case u'r':
                out += u'\r';
                break;
            case u'b':
                out += u'\b';
                break;
            case u'f':
                out += u'\f';
                break;
            case u'u': {
                bool ok = false;
                const uint code = QStringView(m_s).mid(m_pos, 4).toUInt(&ok, 16);
                if (!ok || m_pos + 4 > m_s.size())
                    fail(QStringLiteral("Invalid \\uXXXX escape"));
                m_pos += 4;
                out += QChar(char16_t(code));
                break;
            }
            default:
                out += e;
            }
        }
        fail(QStringLiteral("Unterminated string starting at"), start);
    }
    Value value()
    {
        m_in.countStep();
        skip();
        if (m_pos >= m_s.size())
            fail(QStringLiteral("Expecting value"));
        const QChar c = m_s[m_pos];
        if (c == u'{') {
            const NestingGuard nesting(m_in, "while decoding a JSON object from a unicode string",
                                       DecoderHiddenCalls);
            ++m_pos;
            auto *d = new DictObject();
            Value dv(d);
            if (take(u'}'))
                return dv;
            do {
                skip();
                if (m_pos >= m_s.size() || m_s[m_pos] != u'"')
                    fail(QStringLiteral("Expecting property name enclosed in double quotes"));
                Value key = makeStr(string());
                if (!take(u':'))
                    fail(QStringLiteral("Expecting ':' delimiter"));
                d->set(key, value());
            } while (take(u','));
            if (!take(u'}'))
                fail(QStringLiteral("Expecting ',' delimiter"));
            return dv;
        }
        if (c == u'[') {
            const NestingGuard nesting(m_in, "while decoding a JSON array from a unicode string",
                                       DecoderHiddenCalls);
            ++m_pos;
            std::vector<Value> items;
            if (take(u']'))
                return makeList();
            do {
                items.push_back(value());
            } while (take(u','));
            if (!take(u']'))
                fail(QStringLiteral("Expecting ',' delimiter"));
            return makeList(std::move(items));
        }
        if (c == u'"')
            return makeStr(string());
        if (word("true"))
            return Value::fromBool(true);
        if (word("false"))
            return Value::fromBool(false);
        if (word("null"))
            return Value();
        if (word("NaN"))
            return Value::fromFloat(NAN);
        if (word("Infinity"))
            return Value::fromFloat(INFINITY);
        if (word("-Infinity"))
            return Value::fromFloat(-INFINITY);
        const qsizetype start = m_pos;
        bool isFloat = false;
        while (m_pos < m_s.size()) {
            const QChar d = m_s[m_pos];
            if (d.isDigit() || d == u'-' || d == u'+')
                ++m_pos;
            else if (d == u'.' || d == u'e' || d == u'E') {
                isFloat = true;
                ++m_pos;
            } else
                break;
        }
        const QStringView number = QStringView(m_s).mid(start, m_pos - start);
        bool ok = false;
        if (!isFloat) {
            const qlonglong i = number.toLongLong(&ok);
            if (ok)
                return Value::fromInt(i);
            // an integer beyond 64 bits: int() of its digits, as CPython's decoder does
            const QString digits = number.toString();
            static const QRegularExpression integer(QStringLiteral("^-?[0-9]+$"));
            if (integer.match(digits).hasMatch())
                return intFromString(m_in, digits, 10, makeStr(digits));
        }
        const double f = number.toDouble(&ok);
        if (!ok)
            fail(QStringLiteral("Expecting value"));
        return Value::fromFloat(f);
    }

    Interpreter &m_in;
    const QString m_s;
    const JsonFail &m_fail;
    qsizetype m_pos = 0;
};

} // namespace

QString jsonDumps(Interpreter &in, const Value &value, const JsonDumpOptions &options)
{
    Writer w{in, options, {}, {}};
    w.write(value, 0);
    return w.out;
}

Value jsonLoads(Interpreter &in, const QString &text, const JsonFail &fail)
{
    return Reader(in, text, fail).document();
}

} // namespace awaitscope::py
