// format() / f-string format specifications: [[fill]align][sign][#][0][width][,|_][.precision][type]
#include "interpreter.h"

#include "bigint.h"

#include <cmath>
#include <cstdio>

namespace awaitscope::py {

QString formatFloatRepr(double d);

namespace {

struct Spec
{
    QChar fill = u' ';
    QChar align; // '<' '>' '^' '=' or null
    QChar sign;  // '+' '-' ' ' or null
    bool alternate = false;
    int width = -1;
    QChar grouping;
    int precision = -1;
    QChar type;
};

bool parseSpec(const QString &s, Spec &out)
{
    int i = 0;
    auto isAlign = [](QChar c) { return c == u'<' || c == u'>' || c == u'^' || c == u'='; };
    if (s.size() >= 2 && isAlign(s[1])) {
        out.fill = s[0];
        out.align = s[1];
        i = 2;
    } else if (!s.isEmpty() && isAlign(s[0])) {
        out.align = s[0];
        i = 1;
    }
    if (i < s.size() && (s[i] == u'+' || s[i] == u'-' || s[i] == u' '))
        out.sign = s[i++];
    if (i < s.size() && s[i] == u'#') {
        out.alternate = true;
        ++i;
    }
    if (i < s.size() && s[i] == u'0') {
        if (out.align.isNull()) {
            out.fill = u'0';
            out.align = u'=';
        }
        ++i;
    }
    int w = 0;
    bool hasW = false;
    while (i < s.size() && s[i].isDigit()) {
        w = w * 10 + s[i++].digitValue();
        hasW = true;
        if (w > 100000)
            return false;
    }
    if (hasW)
        out.width = w;
    if (i < s.size() && (s[i] == u',' || s[i] == u'_'))
        out.grouping = s[i++];
    if (i < s.size() && s[i] == u'.') {
        ++i;
        int p = 0;
        bool hasP = false;
        while (i < s.size() && s[i].isDigit()) {
            p = p * 10 + s[i++].digitValue();
            hasP = true;
            if (p > 1000)
                return false;
        }
        if (!hasP)
            return false;
        out.precision = p;
    }
    if (i < s.size())
        out.type = s[i++];
    return i == s.size();
}

// Thousands separators; binary, octal and hex digits are grouped by four (`{:_x}`).
QString group(const QString &digits, QChar sep, int every = 3)
{
    QString out;
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % every == 0)
            out += sep;
        out += digits[i];
    }
    return out;
}

QString pad(const QString &signPart, const QString &body, const Spec &sp, QChar defaultAlign)
{
    const QChar align = sp.align.isNull() ? defaultAlign : sp.align;
    const int len = int(signPart.size() + body.size());
    if (sp.width <= len)
        return signPart + body;
    const int padCount = sp.width - len;
    const QString fill(padCount, sp.fill);
    if (align == u'<')
        return signPart + body + fill;
    if (align == u'>')
        return fill + signPart + body;
    if (align == u'=')
        return signPart + fill + body;
    const int left = padCount / 2;
    return QString(left, sp.fill) + signPart + body + QString(padCount - left, sp.fill);
}

} // namespace

QString Interpreter::format(const Value &v, const QString &specText)
{
    if (auto *inst = v.as<InstanceObject>(); inst && inst->kind == ObjKind::Instance) {
        if (const Value *m = inst->klass()->lookup(QStringLiteral("__format__")))
            return str(call(*m, {v, makeStr(specText)}));
    }
    if (const Value *m = subclassMethod(v, QStringLiteral("__format__")))
        return str(call(*m, {v, makeStr(specText)}));
    if (specText.isEmpty())
        return str(v);
    Spec sp;
    if (!parseSpec(specText, sp))
        raiseValueError(QStringLiteral("Invalid format specifier '%1' for object of type '%2'")
                            .arg(specText, typeName(v)));
    const QChar t = sp.type;
    const bool number = v.isNumber() || isBigInt(v);
    if (isKind(v, ObjKind::Str) || (!number && (t.isNull() || t == u's'))) {
        if (!t.isNull() && t != u's')
            raiseValueError(
                QStringLiteral("Unknown format code '%1' for object of type '%2'").arg(t).arg(typeName(v)));
        if (!v.isObj() || !isKind(v, ObjKind::Str)) {
            if (!sp.sign.isNull() || !sp.grouping.isNull())
                raiseTypeError(
                    QStringLiteral("unsupported format string passed to %1.__format__").arg(typeName(v)));
        }
        QString s = str(v);
        if (sp.precision >= 0)
            s = s.left(sp.precision);
        return pad(QString(), s, sp, u'<');
    }
    if (!number)
        raiseTypeError(QStringLiteral("unsupported format string passed to %1.__format__").arg(typeName(v)));
    const bool intType =
        t.isNull() || t == u'd' || t == u'b' || t == u'o' || t == u'x' || t == u'X' || t == u'n' || t == u'c';
    if ((v.isIntLike() || isBigInt(v)) && intType) {
        if (sp.precision >= 0)
            raiseValueError(QStringLiteral("Precision not allowed in integer format specifier"));
        const bool neg = intIsNegative(v);
        QString digits;
        QString prefix;
        if (t == u'c') {
            if (isBigInt(v))
                raiseError(QStringLiteral("OverflowError"),
                           QStringLiteral("Python int too large to convert to C long"));
            return pad(QString(), QString(QChar(char16_t(v.asInt()))), sp, u'<');
        }
        if (t == u'b') {
            digits = intMagnitudeDigits(v, 2);
            prefix = sp.alternate ? QStringLiteral("0b") : QString();
        } else if (t == u'o') {
            digits = intMagnitudeDigits(v, 8);
            prefix = sp.alternate ? QStringLiteral("0o") : QString();
        } else if (t == u'x' || t == u'X') {
            digits = intMagnitudeDigits(v, 16);
            if (t == u'X')
                digits = digits.toUpper();
            prefix = sp.alternate ? (t == u'x' ? QStringLiteral("0x") : QStringLiteral("0X")) : QString();
        } else {
            digits = intToString(*this, v); // the decimal digit limit applies
            if (neg)
                digits.remove(0, 1);
        }
        if (!sp.grouping.isNull())
            digits = group(digits, sp.grouping, t == u'b' || t == u'o' || t == u'x' || t == u'X' ? 4 : 3);
        QString signPart = neg               ? QStringLiteral("-")
                           : sp.sign == u'+' ? QStringLiteral("+")
                           : sp.sign == u' ' ? QStringLiteral(" ")
                                             : QString();
        return pad(signPart + prefix, digits, sp, u'>');
    }
    if (intType && !t.isNull())
        raiseValueError(QStringLiteral("Unknown format code '%1' for object of type 'float'").arg(t));
    double d = isBigInt(v) ? intToDouble(*this, v) : v.toDouble();
    const bool neg = std::signbit(d) && !std::isnan(d);
    const double mag = std::fabs(d);
    QString body;
    QChar ft = t;
    if (ft.isNull()) {
        if (sp.precision < 0) {
            body = formatFloatRepr(mag);
        } else {
            ft = u'g';
        }
    }
    if (!ft.isNull()) {
        const int prec = sp.precision < 0 ? 6 : sp.precision;
        char buf[512];
        double val = mag;
        QString suffix;
        char conv = char(ft.toLatin1());
        if (ft == u'%') {
            val = mag * 100;
            conv = 'f';
            suffix = QStringLiteral("%");
        } else if (ft == u'n') {
            conv = 'g';
        }
        if (conv != 'f' && conv != 'F' && conv != 'e' && conv != 'E' && conv != 'g' && conv != 'G')
            raiseValueError(QStringLiteral("Unknown format code '%1' for object of type 'float'").arg(ft));
        if (std::isinf(val) || std::isnan(val)) {
            body = std::isnan(val) ? QStringLiteral("nan") : QStringLiteral("inf");
            if (conv == 'F' || conv == 'E' || conv == 'G')
                body = body.toUpper();
        } else {
            char fmt[8];
            std::snprintf(fmt, sizeof fmt, "%%%s.*%c", sp.alternate ? "#" : "", conv);
            std::snprintf(buf, sizeof buf, fmt, prec, val);
            body = QString::fromLatin1(buf);
            if (t.isNull() && sp.precision >= 0 && !body.contains(u'.') && !body.contains(u'e'))
                body += QStringLiteral(".0");
        }
        body += suffix;
    }
    if (!sp.grouping.isNull()) {
        int end = int(body.indexOf(u'.'));
        if (end < 0)
            end = int(body.indexOf(u'e'));
        if (end < 0)
            end = int(body.size());
        if (body.left(end).toLongLong() >= 0 && body.at(0).isDigit())
            body = group(body.left(end), sp.grouping) + body.mid(end);
    }
    QString signPart = neg               ? QStringLiteral("-")
                       : sp.sign == u'+' ? QStringLiteral("+")
                       : sp.sign == u' ' ? QStringLiteral(" ")
                                         : QString();
    return pad(signPart, body, sp, u'>');
}

Value Interpreter::formatFString(Node *n, std::vector<Value> &values)
{
    QString out;
    size_t vi = 0;
    for (auto &k : n->kids) {
        if (k->kind == NodeKind::StrLit) {
            out += k->str;
            continue;
        }
        Value v = values[vi++];
        QString spec;
        if (k->kids.size() > 1)
            spec = str(values[vi++]);
        if (k->ival == 'r')
            v = makeStr(repr(v));
        else if (k->ival == 's')
            v = makeStr(str(v));
        else if (k->ival == 'a')
            v = makeStr(repr(v));
        out += format(v, spec);
    }
    return makeStr(out);
}

} // namespace awaitscope::py
