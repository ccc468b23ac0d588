// bytes and bytearray (bytesobject.h), str.encode/bytes.decode with the utf-8, ascii and latin-1 codecs, and
// UnicodeDecodeError/UnicodeEncodeError with CPython's messages.
#include "bytesobject.h"

#include "interpreter.h"
#include "slices.h"

#include <algorithm>

namespace awaitscope::py {

namespace {

QString typeWord(const Value &v, Interpreter &in)
{
    return in.typeName(v);
}

const char *kindName(const Value &v)
{
    return v.as<BytesObject>()->mutableArray ? "bytearray" : "bytes";
}

bool isBytes(const Value &v)
{
    return v.as<BytesObject>() != nullptr;
}

// A bytes-like argument, or TypeError "a bytes-like object is required, not 'str'".
const QByteArray &bytesLike(Interpreter &in, const Value &v)
{
    if (!isBytes(v))
        in.raiseTypeError(QStringLiteral("a bytes-like object is required, not '%1'").arg(typeWord(v, in)));
    return bytesOf(v);
}

int byteValue(Interpreter &in, const Value &v, bool array)
{
    if (!v.isIntLike())
        in.raiseTypeError(
            QStringLiteral("'%1' object cannot be interpreted as an integer").arg(in.typeName(v)));
    const int64_t x = v.asInt();
    if (x < 0 || x > 255)
        in.raiseValueError(array ? QStringLiteral("byte must be in range(0, 256)")
                                 : QStringLiteral("bytes must be in range(0, 256)"));
    return int(x);
}

Value sameKind(const Value &like, QByteArray b)
{
    return makeBytes(std::move(b), like.as<BytesObject>()->mutableArray);
}

// ---- codecs ----

enum class Codec { Utf8, Ascii, Latin1 };

Codec codecOf(Interpreter &in, const QString &name)
{
    QString n = name.toLower();
    n.replace(u'_', u'-');
    if (n == u"utf-8" || n == u"utf8" || n == u"u8" || n == u"utf")
        return Codec::Utf8;
    if (n == u"ascii" || n == u"us-ascii" || n == u"646")
        return Codec::Ascii;
    if (n == u"latin-1" || n == u"latin1" || n == u"iso-8859-1" || n == u"iso8859-1" || n == u"l1" ||
        n == u"8859" || n == u"cp819" || n == u"latin")
        return Codec::Latin1;
    in.raiseError(QStringLiteral("LookupError"),
                  QStringLiteral("unknown encoding: %1 (Awaitscope has utf-8, ascii and latin-1)").arg(name));
}

QString codecName(Codec c)
{
    switch (c) {
    case Codec::Utf8:
        return QStringLiteral("utf-8");
    case Codec::Ascii:
        return QStringLiteral("ascii");
    case Codec::Latin1:
        break;
    }
    return QStringLiteral("latin-1");
}

enum class ErrorMode { Strict, Ignore, Replace, Unknown };

ErrorMode errorModeOf(const QString &errors)
{
    if (errors == u"strict")
        return ErrorMode::Strict;
    if (errors == u"ignore")
        return ErrorMode::Ignore;
    if (errors == u"replace")
        return ErrorMode::Replace;
    return ErrorMode::Unknown;
}

// CPython looks the handler up only when an error happens.
[[noreturn]] void unknownHandler(Interpreter &in, const QString &errors)
{
    in.raiseError(QStringLiteral("LookupError"),
                  QStringLiteral("unknown error handler name '%1'").arg(errors));
}

[[noreturn]] void raiseUnicodeError(Interpreter &in, const char *cls, Codec c, const Value &object,
                                    int64_t start, int64_t end, const QString &reason)
{
    Value exc =
        in.newException(in.builtin(QLatin1String(cls)), {makeStr(codecName(c)), object, Value::fromInt(start),
                                                         Value::fromInt(end), makeStr(reason)});
    in.raise(exc);
}

Value decodeBytes(Interpreter &in, const Value &src, const QString &encoding, const QString &errors)
{
    const Codec codec = codecOf(in, encoding);
    const QByteArray &b = bytesOf(src);
    const ErrorMode mode = errorModeOf(errors);
    std::u32string out;
    out.reserve(size_t(b.size()));
    auto fail = [&](qsizetype start, qsizetype end, const QString &reason) {
        if (mode == ErrorMode::Strict)
            raiseUnicodeError(in, "UnicodeDecodeError", codec, makeBytes(b), start, end, reason);
        if (mode == ErrorMode::Unknown)
            unknownHandler(in, errors);
        if (mode == ErrorMode::Replace)
            out.push_back(0xFFFD);
    };
    const qsizetype n = b.size();
    if (codec != Codec::Utf8) {
        for (qsizetype i = 0; i < n; ++i) {
            const auto x = uchar(b[i]);
            if (codec == Codec::Ascii && x >= 0x80)
                fail(i, i + 1, QStringLiteral("ordinal not in range(128)"));
            else
                out.push_back(x);
        }
    } else {
        auto cont = [&](qsizetype i, int lo = 0x80, int hi = 0xBF) {
            return i < n && uchar(b[i]) >= lo && uchar(b[i]) <= hi;
        };
        qsizetype i = 0;
        while (i < n) {
            const auto x = uchar(b[i]);
            if (x < 0x80) {
                out.push_back(x);
                ++i;
                continue;
            }
            int need = 0, lo = 0x80, hi = 0xBF;
            char32_t cp = 0;
            if (x >= 0xC2 && x <= 0xDF) {
                need = 1;
                cp = x & 0x1F;
            } else if (x >= 0xE0 && x <= 0xEF) {
                need = 2;
                cp = x & 0x0F;
                if (x == 0xE0)
                    lo = 0xA0;
                if (x == 0xED)
                    hi = 0x9F;
            } else if (x >= 0xF0 && x <= 0xF4) {
                need = 3;
                cp = x & 0x07;
                if (x == 0xF0)
                    lo = 0x90;
                if (x == 0xF4)
                    hi = 0x8F;
            } else {
                fail(i, i + 1, QStringLiteral("invalid start byte"));
                ++i;
                continue;
            }
            // The valid continuation bytes that follow: the first has its own range.
            int good = 0;
            while (good < need && cont(i + 1 + good, good == 0 ? lo : 0x80, good == 0 ? hi : 0xBF))
                ++good;
            if (good == need) {
                for (int k = 1; k <= need; ++k)
                    cp = (cp << 6) | (uchar(b[i + k]) & 0x3F);
                out.push_back(cp);
                i += need + 1;
                continue;
            }
            if (i + 1 + good >= n)
                fail(i, n, QStringLiteral("unexpected end of data"));
            else
                fail(i, i + 1 + good, QStringLiteral("invalid continuation byte"));
            i = i + 1 + good >= n ? n : i + 1 + good;
        }
    }
    Interpreter::checkStringLength(qsizetype(out.size()));
    return makeStr(QString::fromUcs4(out.data(), qsizetype(out.size())));
}

Value encodeStr(Interpreter &in, const Value &src, const QString &encoding, const QString &errors)
{
    const Codec codec = codecOf(in, encoding);
    const ErrorMode mode = errorModeOf(errors);
    const QList<uint> cps = strOf(src).toUcs4();
    QByteArray out;
    out.reserve(cps.size());
    const uint limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
    const qsizetype n = cps.size();
    for (qsizetype i = 0; i < n; ++i) {
        const uint c = cps[i];
        const bool surrogate = c >= 0xD800 && c <= 0xDFFF;
        if (c < limit && !surrogate) {
            if (codec == Codec::Utf8) {
                char32_t one = c;
                out += QString::fromUcs4(&one, 1).toUtf8();
            } else {
                out += char(c);
            }
            continue;
        }
        // A run of characters the codec cannot encode is one error (CPython reports it as a range).
        qsizetype end = i + 1;
        auto bad = [&](uint x) { return x >= limit || (x >= 0xD800 && x <= 0xDFFF); };
        while (end < n && bad(cps[end]))
            ++end;
        if (mode == ErrorMode::Strict)
            raiseUnicodeError(in, "UnicodeEncodeError", codec, src, i, end,
                              codec == Codec::Utf8 ? QStringLiteral("surrogates not allowed")
                                                   : QStringLiteral("ordinal not in range(%1)").arg(limit));
        if (mode == ErrorMode::Unknown)
            unknownHandler(in, errors);
        if (mode == ErrorMode::Replace)
            out += QByteArray(end - i, '?');
        i = end - 1;
    }
    return makeBytes(out);
}

QString charEscape(uint c)
{
    if (c <= 0xFF)
        return QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    if (c <= 0xFFFF)
        return QStringLiteral("\\u%1").arg(c, 4, 16, QLatin1Char('0'));
    return QStringLiteral("\\U%1").arg(c, 8, 16, QLatin1Char('0'));
}

// str() of UnicodeDecodeError/UnicodeEncodeError, from their five arguments as CPython words it.
Value unicodeErrorStr(Interpreter &in, const Value &self, bool decode)
{
    auto *inst = self.as<InstanceObject>();
    auto *args = inst ? inst->args.as<TupleObject>() : nullptr;
    if (!args || args->items.size() != 5)
        return makeStr(args && args->items.size() == 1 ? in.str(args->items[0]) : QString());
    const auto &a = args->items;
    const QString enc = in.str(a[0]);
    const int64_t start = a[2].asInt(), end = a[3].asInt();
    const QString reason = in.str(a[4]);
    if (decode) {
        const QByteArray &b = isBytes(a[1]) ? bytesOf(a[1]) : QByteArray();
        if (end - start == 1 && start < b.size())
            return makeStr(QStringLiteral("'%1' codec can't decode byte 0x%2 in position %3: %4")
                               .arg(enc)
                               .arg(uint(uchar(b[qsizetype(start)])), 2, 16, QLatin1Char('0'))
                               .arg(start)
                               .arg(reason));
        return makeStr(QStringLiteral("'%1' codec can't decode bytes in position %2-%3: %4")
                           .arg(enc)
                           .arg(start)
                           .arg(end - 1)
                           .arg(reason));
    }
    const QList<uint> cps = isKind(a[1], ObjKind::Str) ? strOf(a[1]).toUcs4() : QList<uint>();
    if (end - start == 1 && start < cps.size())
        return makeStr(QStringLiteral("'%1' codec can't encode character '%2' in position %3: %4")
                           .arg(enc, charEscape(cps[start]))
                           .arg(start)
                           .arg(reason));
    return makeStr(QStringLiteral("'%1' codec can't encode characters in position %2-%3: %4")
                       .arg(enc)
                       .arg(start)
                       .arg(end - 1)
                       .arg(reason));
}

QString strArgOr(Interpreter &in, CallArgs &a, size_t i, const char *kw, const char *dflt, const char *fn)
{
    const Value v = in.argOr(a, i, kw);
    if (v.isNone())
        return QLatin1String(dflt);
    if (!isKind(v, ObjKind::Str))
        in.raiseTypeError(QStringLiteral("%1() argument '%2' must be str, not %3")
                              .arg(QLatin1String(fn), QLatin1String(kw), in.typeName(v)));
    return strOf(v);
}

// bytes(...) and bytearray(...)
QByteArray construct(Interpreter &in, std::vector<Value> &p, std::vector<std::pair<QString, Value>> &kw,
                     bool array)
{
    CallArgs a{p, kw};
    const QString fn = array ? QStringLiteral("bytearray") : QStringLiteral("bytes");
    in.checkNoExtraArgs(a, 3, {"source", "encoding", "errors"}, fn);
    const Value src = in.argOr(a, 0, "source");
    const bool hasEncoding = in.hasArg(a, 1, "encoding") || in.hasArg(a, 2, "errors");
    if (isKind(src, ObjKind::Str)) {
        if (!in.hasArg(a, 1, "encoding"))
            in.raiseTypeError(QStringLiteral("string argument without an encoding"));
        return bytesOf(encodeStr(in, src,
                                 strArgOr(in, a, 1, "encoding", "utf-8", array ? "bytearray" : "bytes"),
                                 strArgOr(in, a, 2, "errors", "strict", array ? "bytearray" : "bytes")));
    }
    if (hasEncoding)
        in.raiseTypeError(src.isNone() && !in.hasArg(a, 0, "source")
                              ? QStringLiteral("encoding or errors without sequence argument")
                              : QStringLiteral("encoding without a string argument"));
    if (!in.hasArg(a, 0, "source"))
        return QByteArray();
    if (src.isIntLike()) {
        if (src.asInt() < 0)
            in.raiseValueError(QStringLiteral("negative count"));
        Interpreter::checkStringLength(src.asInt());
        Interpreter::expectElements(src.asInt() / 16);
        return QByteArray(qsizetype(src.asInt()), '\0');
    }
    if (isBytes(src))
        return bytesOf(src);
    if (src.isFloat() || src.isNone())
        in.raiseTypeError(QStringLiteral("cannot convert '%1' object to %2").arg(in.typeName(src), fn));
    QByteArray out;
    Value it = in.getIter(src);
    Value x;
    while (in.next(it, x))
        out += char(byteValue(in, x, array));
    return out;
}

// Index of a byte or bytes argument (find, count, index, in).
QByteArray needleOf(Interpreter &in, const Value &v)
{
    if (v.isIntLike())
        return QByteArray(1, char(byteValue(in, v, true)));
    return bytesLike(in, v);
}

void sliceBounds(Interpreter &in, CallArgs &a, size_t first, qsizetype len, qsizetype &start, qsizetype &end)
{
    auto bound = [&](size_t i, qsizetype dflt) -> qsizetype {
        if (i >= a.pos.size() || a.pos[i].isNone())
            return dflt;
        int64_t x = in.toIndex(a.pos[i], "slice");
        if (x < 0)
            x = std::max<int64_t>(0, x + len);
        return qsizetype(std::min<int64_t>(x, len));
    };
    start = bound(first, 0);
    end = bound(first + 1, len);
}

qsizetype findIn(Interpreter &in, const Value &self, CallArgs &a, bool reverse)
{
    const QByteArray &b = bytesOf(self);
    if (a.pos.empty())
        in.raiseTypeError(QStringLiteral("find expected at least 1 argument, got 0"));
    const QByteArray needle = needleOf(in, a.pos[0]);
    qsizetype start = 0, end = 0;
    sliceBounds(in, a, 1, b.size(), start, end);
    if (end - start < needle.size())
        return -1;
    const QByteArray window = b.mid(start, end - start);
    const qsizetype at = reverse ? window.lastIndexOf(needle) : window.indexOf(needle);
    return at < 0 ? -1 : at + start;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}

Value stripImpl(Interpreter &in, const Value &self, CallArgs &a, bool left, bool right)
{
    const QByteArray &b = bytesOf(self);
    const Value chars = a.pos.empty() ? Value() : a.pos[0];
    const QByteArray set = chars.isNone() ? QByteArray() : bytesLike(in, chars);
    auto strip = [&](char c) { return chars.isNone() ? isSpace(c) : set.contains(c); };
    qsizetype s = 0, e = b.size();
    if (left)
        while (s < e && strip(b[s]))
            ++s;
    if (right)
        while (e > s && strip(b[e - 1]))
            --e;
    return sameKind(self, b.mid(s, e - s));
}

Value affixImpl(Interpreter &in, const Value &self, CallArgs &a, bool prefix)
{
    const char *fn = prefix ? "startswith" : "endswith";
    const QByteArray &b = bytesOf(self);
    if (a.pos.empty())
        in.raiseTypeError(QStringLiteral("%1() takes at least 1 argument (0 given)").arg(QLatin1String(fn)));
    std::vector<Value> options;
    if (auto *t = a.pos[0].as<TupleObject>(); t && t->kind == ObjKind::Tuple)
        options = t->items;
    else
        options.push_back(a.pos[0]);
    qsizetype start = 0, end = 0;
    sliceBounds(in, a, 1, b.size(), start, end);
    const QByteArray window = b.mid(start, std::max<qsizetype>(0, end - start));
    for (const Value &o : options) {
        if (!isBytes(o))
            in.raiseTypeError(QStringLiteral("%1 first arg must be bytes or a tuple of bytes, not %2")
                                  .arg(QLatin1String(fn), in.typeName(o)));
        if (prefix ? window.startsWith(bytesOf(o)) : window.endsWith(bytesOf(o)))
            return Value::fromBool(true);
    }
    return Value::fromBool(false);
}

Value splitImpl(Interpreter &in, const Value &self, CallArgs &a)
{
    in.checkNoExtraArgs(a, 2, {"sep", "maxsplit"}, QStringLiteral("split"));
    const QByteArray &b = bytesOf(self);
    const Value sepArg = in.argOr(a, 0, "sep");
    int64_t maxsplit = in.argOr(a, 1, "maxsplit", Value::fromInt(-1)).asInt();
    std::vector<Value> parts;
    if (sepArg.isNone()) {
        qsizetype i = 0;
        const qsizetype n = b.size();
        while (true) {
            while (i < n && isSpace(b[i]))
                ++i;
            if (i >= n)
                break;
            if (maxsplit == 0) {
                qsizetype e = n;
                while (e > i && isSpace(b[e - 1]))
                    --e;
                parts.push_back(sameKind(self, b.mid(i, e - i)));
                break;
            }
            qsizetype j = i;
            while (j < n && !isSpace(b[j]))
                ++j;
            parts.push_back(sameKind(self, b.mid(i, j - i)));
            if (maxsplit > 0)
                --maxsplit;
            i = j;
        }
        return makeList(std::move(parts));
    }
    const QByteArray sep = bytesLike(in, sepArg);
    if (sep.isEmpty())
        in.raiseValueError(QStringLiteral("empty separator"));
    qsizetype from = 0;
    while (maxsplit != 0) {
        const qsizetype at = b.indexOf(sep, from);
        if (at < 0)
            break;
        parts.push_back(sameKind(self, b.mid(from, at - from)));
        from = at + sep.size();
        if (maxsplit > 0)
            --maxsplit;
    }
    parts.push_back(sameKind(self, b.mid(from)));
    return makeList(std::move(parts));
}

BytesObject *mutableSelf(Interpreter &in, const Value &self, const char *method)
{
    auto *b = self.as<BytesObject>();
    if (!b->mutableArray)
        in.raiseError(QStringLiteral("AttributeError"),
                      QStringLiteral("'bytes' object has no attribute '%1'").arg(QLatin1String(method)));
    return b;
}

} // namespace

QString bytesRepr(const QByteArray &b, bool isByteArray)
{
    const bool dq = b.contains('\'') && !b.contains('"');
    const char quote = dq ? '"' : '\'';
    QString out = QStringLiteral("b");
    out += QLatin1Char(quote);
    for (char ch : b) {
        const auto c = uchar(ch);
        if (c == uchar(quote) || c == '\\') {
            out += u'\\';
            out += QLatin1Char(ch);
        } else if (c == '\t') {
            out += QStringLiteral("\\t");
        } else if (c == '\n') {
            out += QStringLiteral("\\n");
        } else if (c == '\r') {
            out += QStringLiteral("\\r");
        } else if (c < 0x20 || c >= 0x7F) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else {
            out += QLatin1Char(ch);
        }
    }
    out += QLatin1Char(quote);
    return isByteArray ? QStringLiteral("bytearray(") + out + u')' : out;
}

bool bytesContains(Interpreter &in, const Value &container, const Value &item)
{
    return bytesOf(container).contains(needleOf(in, item));
}

bool bytesBinaryOp(Interpreter &in, Op op, bool inplace, const Value &a, const Value &b, Value &out)
{
    auto *ba = a.as<BytesObject>();
    if (!ba) {
        // int * bytes
        if (op == Op::Mul && a.isIntLike() && isBytes(b))
            return bytesBinaryOp(in, op, false, b, a, out);
        return false;
    }
    if (op == Op::Add) {
        if (!isBytes(b)) {
            if (b.isObj() && !isKind(b, ObjKind::Instance))
                in.raiseTypeError(
                    QStringLiteral("can't concat %1 to %2").arg(in.typeName(b), in.typeName(a)));
            return false;
        }
        Interpreter::checkStringLength(int64_t(ba->data.size()) + bytesOf(b).size());
        if (inplace && ba->mutableArray) {
            ba->data += bytesOf(b);
            out = a;
            return true;
        }
        out = makeBytes(ba->data + bytesOf(b), ba->mutableArray);
        return true;
    }
    if (op == Op::Mul) {
        if (!b.isIntLike()) {
            if (b.isFloat())
                in.raiseTypeError(
                    QStringLiteral("can't multiply sequence by non-int of type '%1'").arg(in.typeName(b)));
            return false;
        }
        const int64_t n = std::max<int64_t>(0, b.asInt());
        if (!ba->data.isEmpty() && n > Interpreter::maxStringLength / ba->data.size())
            Interpreter::checkStringLength(Interpreter::maxStringLength + 1);
        Interpreter::checkStringLength(n * ba->data.size());
        QByteArray r = ba->data.repeated(qsizetype(n));
        if (inplace && ba->mutableArray) {
            ba->data = r;
            out = a;
            return true;
        }
        out = makeBytes(r, ba->mutableArray);
        return true;
    }
    return false;
}

Value bytesGetItem(Interpreter &in, const Value &obj, const Value &index)
{
    auto *b = obj.as<BytesObject>();
    const qsizetype len = b->data.size();
    if (auto *s = index.as<SliceObject>(); s && s->kind == ObjKind::Slice) {
        int64_t start, stop, step;
        sliceIndices(in, s, len, start, stop, step);
        QByteArray out;
        for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step)
            out += b->data[qsizetype(i)];
        return makeBytes(out, b->mutableArray);
    }
    int64_t i = in.toIndex(index, kindName(obj));
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        in.raiseError(QStringLiteral("IndexError"), b->mutableArray
                                                        ? QStringLiteral("bytearray index out of range")
                                                        : QStringLiteral("index out of range"));
    return Value::fromInt(uchar(b->data[qsizetype(i)]));
}

namespace {

// The bytes a step-1 slice of a bytearray covers (start and count), for assignment and deletion; other steps
// are refused with `what` ("assignment", "deletion").
std::pair<qsizetype, qsizetype> contiguousSlice(Interpreter &in, SliceObject *s, qsizetype len,
                                                const char *what)
{
    if (!s->step.isNone() && !(s->step.isIntLike() && s->step.asInt() == 1))
        in.raiseValueError(
            QStringLiteral("not supported: extended slice %1 on a bytearray").arg(QLatin1String(what)));
    int64_t start, stop, step;
    sliceIndices(in, s, len, start, stop, step);
    return {qsizetype(start), qsizetype(std::max(start, stop) - start)};
}

// A bytearray's item index, negative ones counted from the end.
qsizetype bytearrayIndex(Interpreter &in, const Value &index, qsizetype len)
{
    int64_t i = in.toIndex(index, "bytearray");
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        in.raiseError(QStringLiteral("IndexError"), QStringLiteral("bytearray index out of range"));
    return qsizetype(i);
}

} // namespace

void bytesSetItem(Interpreter &in, const Value &obj, const Value &index, const Value &v)
{
    auto *b = obj.as<BytesObject>();
    if (!b->mutableArray)
        in.raiseTypeError(QStringLiteral("'bytes' object does not support item assignment"));
    const qsizetype len = b->data.size();
    if (auto *s = index.as<SliceObject>(); s && s->kind == ObjKind::Slice) {
        const auto [start, count] = contiguousSlice(in, s, len, "assignment");
        QByteArray repl;
        if (isBytes(v))
            repl = bytesOf(v);
        else if (v.isIntLike() || isKind(v, ObjKind::Str))
            in.raiseTypeError(
                QStringLiteral("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        else
            for (const Value &x : in.toVector(v))
                repl += char(byteValue(in, x, true));
        b->data.replace(start, count, repl);
        return;
    }
    b->data[bytearrayIndex(in, index, len)] = char(byteValue(in, v, true));
}

void bytesDelItem(Interpreter &in, const Value &obj, const Value &index)
{
    auto *b = obj.as<BytesObject>();
    if (!b->mutableArray)
        in.raiseTypeError(QStringLiteral("'bytes' object doesn't support item deletion"));
    const qsizetype len = b->data.size();
    if (auto *s = index.as<SliceObject>(); s && s->kind == ObjKind::Slice) {
        const auto [start, count] = contiguousSlice(in, s, len, "deletion");
        b->data.remove(start, count);
        return;
    }
    b->data.remove(bytearrayIndex(in, index, len), 1);
}

Value bytesIter(const Value &v)
{
    auto *b = v.as<BytesObject>();
    auto i = std::make_shared<qsizetype>(0);
    return Value(new IteratorObject(
        b->mutableArray ? QStringLiteral("bytearray_iterator") : QStringLiteral("bytes_iterator"),
        [b, i](Interpreter &, Value &out) {
            if (*i >= b->data.size())
                return false;
            out = Value::fromInt(uchar(b->data[(*i)++]));
            return true;
        },
        v));
}

void Interpreter::installBytes()
{
    using Ctor = std::function<Value(Interpreter &, const Value &, std::vector<Value> &,
                                     std::vector<std::pair<QString, Value>> &)>;
    tBytes = makeClass(QStringLiteral("bytes"), {tObject});
    tBytearray = makeClass(QStringLiteral("bytearray"), {tObject});
    tBytes.as<ClassObject>()->constructor = Ctor(
        [](Interpreter &in, const Value &, std::vector<Value> &p,
           std::vector<std::pair<QString, Value>> &kw) { return makeBytes(construct(in, p, kw, false)); });
    tBytearray.as<ClassObject>()->constructor = Ctor([](Interpreter &in, const Value &, std::vector<Value> &p,
                                                        std::vector<std::pair<QString, Value>> &kw) {
        return makeBytes(construct(in, p, kw, true), true);
    });
    // str(b, encoding[, errors]) decodes; str(b) alone is its repr, as before.
    {
        auto *strClass = tStr.as<ClassObject>();
        Ctor plain = strClass->constructor;
        strClass->constructor = [plain](Interpreter &in, const Value &cls, std::vector<Value> &p,
                                        std::vector<std::pair<QString, Value>> &kw) -> Value {
            if (p.size() < 2 && kw.empty())
                return plain(in, cls, p, kw);
            CallArgs a{p, kw};
            in.checkNoExtraArgs(a, 3, {"object", "encoding", "errors"}, QStringLiteral("str"));
            const Value obj = in.argOr(a, 0, "object", makeBytes(QByteArray()));
            if (!isBytes(obj))
                in.raiseTypeError(QStringLiteral("decoding to str: need a bytes-like object, %1 found")
                                      .arg(in.typeName(obj)));
            return decodeBytes(in, obj, strArgOr(in, a, 1, "encoding", "utf-8", "str"),
                               strArgOr(in, a, 2, "errors", "strict", "str"));
        };
    }
    m_builtins.insert(QStringLiteral("bytes"), tBytes);
    m_builtins.insert(QStringLiteral("bytearray"), tBytearray);
    for (const Value &cls : {tBytes, tBytearray}) {
        const bool array = cls.identical(tBytearray);
        cls.as<ClassObject>()->attrs.insert(
            QStringLiteral("fromhex"),
            makeBuiltin(QStringLiteral("fromhex"), [array](Interpreter &in, const Value &, CallArgs &a) {
                const Value s = in.argOr(a, 0, "string");
                if (!isKind(s, ObjKind::Str))
                    in.raiseTypeError(
                        QStringLiteral("fromhex() argument must be str, not %1").arg(in.typeName(s)));
                const QString &t = strOf(s);
                QByteArray out;
                auto hexDigit = [](QChar c) {
                    const char16_t u = c.unicode();
                    return u >= '0' && u <= '9'   ? int(u - '0')
                           : u >= 'a' && u <= 'f' ? int(u - 'a' + 10)
                           : u >= 'A' && u <= 'F' ? int(u - 'A' + 10)
                                                  : -1;
                };
                for (qsizetype i = 0; i < t.size();) {
                    if (t[i].isSpace()) {
                        ++i;
                        continue;
                    }
                    const int hi = hexDigit(t[i]);
                    const int lo = i + 1 < t.size() ? hexDigit(t[i + 1]) : -1;
                    if (hi < 0 || lo < 0)
                        in.raiseValueError(
                            QStringLiteral("non-hexadecimal number found in fromhex() arg at position %1")
                                .arg(hi < 0 ? i : i + 1));
                    out += char(hi * 16 + lo);
                    i += 2;
                }
                return makeBytes(out, array);
            }));
    }

    // UnicodeDecodeError(encoding, object, start, end, reason) and UnicodeEncodeError, printed as CPython
    // does.
    for (const bool decode : {true, false}) {
        const QString name =
            decode ? QStringLiteral("UnicodeDecodeError") : QStringLiteral("UnicodeEncodeError");
        Value cls = makeClass(name, {builtin(QStringLiteral("UnicodeError"))});
        auto *c = cls.as<ClassObject>();
        c->attrs.insert(
            QStringLiteral("__str__"),
            makeMethod(QStringLiteral("__str__"), [decode](Interpreter &in, const Value &self, CallArgs &) {
                return unicodeErrorStr(in, self, decode);
            }));
        c->constructor = [](Interpreter &, const Value &clsv, std::vector<Value> &p,
                            std::vector<std::pair<QString, Value>> &) {
            auto *inst = new InstanceObject(clsv);
            Value v(inst);
            inst->args = makeTuple(p);
            const char *names[] = {"encoding", "object", "start", "end", "reason"};
            if (p.size() == 5)
                for (int i = 0; i < 5; ++i)
                    inst->attrs.insert(QLatin1String(names[i]), p[size_t(i)]);
            return v;
        };
        m_builtins.insert(name, cls);
    }

    using Fn = BuiltinObject::Fn;
    auto &B = m_methods[int(ObjKind::Bytes)];
    auto &S = m_methods[int(ObjKind::Str)];
    S[QStringLiteral("encode")] = Fn([](Interpreter &in, const Value &s, CallArgs &a) {
        in.checkNoExtraArgs(a, 2, {"encoding", "errors"}, QStringLiteral("encode"));
        return encodeStr(in, s, strArgOr(in, a, 0, "encoding", "utf-8", "encode"),
                         strArgOr(in, a, 1, "errors", "strict", "encode"));
    });
    B[QStringLiteral("decode")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        in.checkNoExtraArgs(a, 2, {"encoding", "errors"}, QStringLiteral("decode"));
        return decodeBytes(in, s, strArgOr(in, a, 0, "encoding", "utf-8", "decode"),
                           strArgOr(in, a, 1, "errors", "strict", "decode"));
    };
    B[QStringLiteral("hex")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        const Value sep = in.argOr(a, 0, "sep");
        if (sep.isNone())
            return makeStr(QString::fromLatin1(bytesOf(s).toHex()));
        const QString sepText = isBytes(sep) ? QString::fromLatin1(bytesOf(sep)) : in.str(sep);
        if (sepText.size() != 1)
            in.raiseValueError(QStringLiteral("sep must be length 1."));
        return makeStr(QString::fromLatin1(bytesOf(s).toHex(sepText[0].toLatin1())));
    };
    B[QStringLiteral("split")] = splitImpl;
    B[QStringLiteral("strip")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        return stripImpl(in, s, a, true, true);
    };
    B[QStringLiteral("lstrip")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        return stripImpl(in, s, a, true, false);
    };
    B[QStringLiteral("rstrip")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        return stripImpl(in, s, a, false, true);
    };
    B[QStringLiteral("startswith")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        return affixImpl(in, s, a, true);
    };
    B[QStringLiteral("endswith")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        return affixImpl(in, s, a, false);
    };
    B[QStringLiteral("find")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        return Value::fromInt(findIn(in, s, a, false));
    };
    B[QStringLiteral("rfind")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        return Value::fromInt(findIn(in, s, a, true));
    };
    B[QStringLiteral("index")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        const qsizetype at = findIn(in, s, a, false);
        if (at < 0)
            in.raiseValueError(QStringLiteral("subsection not found"));
        return Value::fromInt(at);
    };
    B[QStringLiteral("count")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        if (a.pos.empty())
            in.raiseTypeError(QStringLiteral("count expected at least 1 argument, got 0"));
        const QByteArray needle = needleOf(in, a.pos[0]);
        qsizetype start = 0, end = 0;
        sliceBounds(in, a, 1, bytesOf(s).size(), start, end);
        const QByteArray window = bytesOf(s).mid(start, std::max<qsizetype>(0, end - start));
        if (needle.isEmpty())
            return Value::fromInt(window.size() + 1);
        int64_t n = 0;
        for (qsizetype at = window.indexOf(needle); at >= 0; at = window.indexOf(needle, at + needle.size()))
            ++n;
        return Value::fromInt(n);
    };
    B[QStringLiteral("replace")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        if (a.pos.size() < 2)
            in.raiseTypeError(
                QStringLiteral("replace expected at least 2 arguments, got %1").arg(a.pos.size()));
        const QByteArray from = bytesLike(in, a.pos[0]);
        const QByteArray to = bytesLike(in, a.pos[1]);
        int64_t count = a.pos.size() > 2 ? in.toIndex(a.pos[2], "count") : -1;
        const QByteArray &b = bytesOf(s);
        QByteArray out;
        qsizetype pos = 0;
        if (from.isEmpty()) {
            // an empty pattern matches before every byte and at the end
            for (qsizetype i = 0; i <= b.size(); ++i) {
                if (count != 0) {
                    out += to;
                    if (count > 0)
                        --count;
                }
                if (i < b.size())
                    out += b[i];
            }
            return sameKind(s, out);
        }
        while (count != 0) {
            const qsizetype at = b.indexOf(from, pos);
            if (at < 0)
                break;
            out += b.mid(pos, at - pos);
            out += to;
            pos = at + from.size();
            if (count > 0)
                --count;
        }
        out += b.mid(pos);
        return sameKind(s, out);
    };
    B[QStringLiteral("join")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        if (a.pos.size() != 1)
            in.raiseTypeError(
                QStringLiteral("join() takes exactly one argument (%1 given)").arg(a.pos.size()));
        QByteArray out;
        int64_t i = 0;
        for (const Value &x : in.toVector(a.pos[0])) {
            if (!isBytes(x))
                in.raiseTypeError(QStringLiteral("sequence item %1: expected a bytes-like object, %2 found")
                                      .arg(i)
                                      .arg(in.typeName(x)));
            if (i++ > 0)
                out += bytesOf(s);
            out += bytesOf(x);
        }
        return sameKind(s, out);
    };
    B[QStringLiteral("upper")] = [](Interpreter &, const Value &s, CallArgs &) {
        QByteArray b = bytesOf(s);
        for (char &c : b)
            if (c >= 'a' && c <= 'z')
                c = char(c - 32);
        return sameKind(s, b);
    };
    B[QStringLiteral("lower")] = [](Interpreter &, const Value &s, CallArgs &) {
        QByteArray b = bytesOf(s);
        for (char &c : b)
            if (c >= 'A' && c <= 'Z')
                c = char(c + 32);
        return sameKind(s, b);
    };
    B[QStringLiteral("isdigit")] = [](Interpreter &, const Value &s, CallArgs &) {
        const QByteArray &b = bytesOf(s);
        return Value::fromBool(!b.isEmpty() &&
                               std::all_of(b.begin(), b.end(), [](char c) { return c >= '0' && c <= '9'; }));
    };
    B[QStringLiteral("isspace")] = [](Interpreter &, const Value &s, CallArgs &) {
        const QByteArray &b = bytesOf(s);
        return Value::fromBool(!b.isEmpty() && std::all_of(b.begin(), b.end(), isSpace));
    };
    // bytearray only
    B[QStringLiteral("append")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        BytesObject *b = mutableSelf(in, s, "append");
        if (a.pos.size() != 1)
            in.raiseTypeError(
                QStringLiteral("bytearray.append() takes exactly one argument (%1 given)").arg(a.pos.size()));
        b->data += char(byteValue(in, a.pos[0], true));
        return Value();
    };
    B[QStringLiteral("extend")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        BytesObject *b = mutableSelf(in, s, "extend");
        if (a.pos.size() != 1)
            in.raiseTypeError(
                QStringLiteral("bytearray.extend() takes exactly one argument (%1 given)").arg(a.pos.size()));
        if (isBytes(a.pos[0])) {
            b->data += bytesOf(a.pos[0]);
            return Value();
        }
        if (isKind(a.pos[0], ObjKind::Str))
            in.raiseTypeError(QStringLiteral("expected iterable of integers; got: 'str'"));
        QByteArray add;
        for (const Value &x : in.toVector(a.pos[0]))
            add += char(byteValue(in, x, true));
        b->data += add;
        return Value();
    };
    B[QStringLiteral("pop")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        BytesObject *b = mutableSelf(in, s, "pop");
        if (b->data.isEmpty())
            in.raiseError(QStringLiteral("IndexError"), QStringLiteral("pop from empty bytearray"));
        int64_t i = a.pos.empty() ? -1 : in.toIndex(a.pos[0], "index");
        if (i < 0)
            i += b->data.size();
        if (i < 0 || i >= b->data.size())
            in.raiseError(QStringLiteral("IndexError"), QStringLiteral("pop index out of range"));
        const int x = uchar(b->data[qsizetype(i)]);
        b->data.remove(qsizetype(i), 1);
        return Value::fromInt(x);
    };
    B[QStringLiteral("insert")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        BytesObject *b = mutableSelf(in, s, "insert");
        if (a.pos.size() != 2)
            in.raiseTypeError(QStringLiteral("insert expected 2 arguments, got %1").arg(a.pos.size()));
        int64_t i = in.toIndex(a.pos[0], "index");
        const qsizetype len = b->data.size();
        if (i < 0)
            i = std::max<int64_t>(0, i + len);
        b->data.insert(qsizetype(std::min<int64_t>(i, len)), char(byteValue(in, a.pos[1], true)));
        return Value();
    };
    B[QStringLiteral("clear")] = [](Interpreter &in, const Value &s, CallArgs &) {
        mutableSelf(in, s, "clear")->data.clear();
        return Value();
    };
    B[QStringLiteral("copy")] = [](Interpreter &in, const Value &s, CallArgs &) {
        return makeBytes(mutableSelf(in, s, "copy")->data, true);
    };
}

} // namespace awaitscope::py
