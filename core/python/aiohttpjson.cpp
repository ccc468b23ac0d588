#include "aiohttpjson.h"

#include "interpreter.h"

#include <cmath>

namespace awaitscope::py {

namespace {

void quote(const QString &s, QByteArray &out)
{
    out += '"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20 || u > 0x7e)
                out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
            else
                out += char(u);
        }
    }
    out += '"';
}

void write(Interpreter &in, const Value &v, QByteArray &out, int depth)
{
    if (depth > 500)
        in.raiseError(QStringLiteral("RecursionError"), QStringLiteral("maximum recursion depth exceeded"));
    in.countStep();
    if (v.isNone()) {
        out += "null";
    } else if (v.isBool()) {
        out += v.asBool() ? "true" : "false";
    } else if (v.isInt()) {
        out += QByteArray::number(qlonglong(v.asInt()));
    } else if (v.isFloat()) {
        const double d = v.asFloat();
        if (std::isnan(d))
            out += "NaN";
        else if (std::isinf(d))
            out += d > 0 ? "Infinity" : "-Infinity";
        else
            out += in.repr(v).toUtf8();
    } else if (isKind(v, ObjKind::Str)) {
        quote(strOf(v), out);
    } else if (auto *d = v.as<DictObject>()) {
        out += '{';
        bool first = true;
        for (const auto &e : d->table.entries()) {
            if (!e.live)
                continue;
            if (!first)
                out += ", ";
            first = false;
            if (isKind(e.key, ObjKind::Str))
                quote(strOf(e.key), out);
            else if (e.key.isNumber() || e.key.isNone())
                quote(e.key.isNone()   ? QStringLiteral("null")
                      : e.key.isBool() ? (e.key.asBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                       : in.repr(e.key),
                      out);
            else
                in.raiseTypeError(QStringLiteral("keys must be str, int, float, bool or None, not %1")
                                      .arg(in.typeName(e.key)));
            out += ": ";
            write(in, e.value, out, depth + 1);
        }
        out += '}';
    } else if (v.as<ListObject>() || v.as<TupleObject>()) {
        const auto &items = v.as<ListObject>() ? v.as<ListObject>()->items : v.as<TupleObject>()->items;
        out += '[';
        for (size_t i = 0; i < items.size(); ++i) {
            if (i)
                out += ", ";
            write(in, items[i], out, depth + 1);
        }
        out += ']';
    } else {
        in.raiseTypeError(QStringLiteral("Object of type %1 is not JSON serializable").arg(in.typeName(v)));
    }
}

// A small recursive-descent reader: dicts keep the document's key order, as json.loads does.
class Reader
{
public:
    Reader(Interpreter &in, const QString &text)
        : m_in(in)
        , m_s(text)
    {
    }
    Value document()
    {
        Value v = value(0);
        skip();
        if (m_pos != m_s.size())
            fail(QStringLiteral("Extra data"));
        return v;
    }

private:
    [[noreturn]] void fail(const QString &what)
    {
        m_in.raiseValueError(QStringLiteral("%1: char %2 (the body is not valid JSON)").arg(what).arg(m_pos));
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
        fail(QStringLiteral("Unterminated string starting at"));
    }
    Value value(int depth)
    {
        if (depth > 500)
            fail(QStringLiteral("Document nested too deeply"));
        m_in.countStep();
        skip();
        if (m_pos >= m_s.size())
            fail(QStringLiteral("Expecting value"));
        const QChar c = m_s[m_pos];
        if (c == u'{') {
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
                d->set(key, value(depth + 1));
            } while (take(u','));
            if (!take(u'}'))
                fail(QStringLiteral("Expecting ',' delimiter"));
            return dv;
        }
        if (c == u'[') {
            ++m_pos;
            std::vector<Value> items;
            if (take(u']'))
                return makeList();
            do {
                items.push_back(value(depth + 1));
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
        }
        const double f = number.toDouble(&ok);
        if (!ok)
            fail(QStringLiteral("Expecting value"));
        return Value::fromFloat(f);
    }

    Interpreter &m_in;
    const QString m_s;
    qsizetype m_pos = 0;
};

} // namespace

QByteArray toJsonText(Interpreter &in, const Value &value)
{
    QByteArray out;
    write(in, value, out, 0);
    return out;
}

Value fromJsonText(Interpreter &in, const QByteArray &text)
{
    return Reader(in, QString::fromUtf8(text)).document();
}

} // namespace awaitscope::py
