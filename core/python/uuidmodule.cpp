// The uuid module: UUID objects, uuid4 (random) and the name-based uuid3 (MD5) and uuid5 (SHA-1). uuid4
// draws from a generator of its own seeded with the run's seed, so a run's identifiers repeat from run to
// run and the random module's numbers stay CPython's (CPython's uuid4 reads os.urandom instead).
#include "bigint.h"
#include "nativeclass.h"

#include <QCryptographicHash>

#include <random>

namespace awaitscope::py {

namespace {

struct Uuid
{
    QByteArray bytes; // 16
};

const Uuid &uuidOf(Interpreter &in, const Value &v)
{
    auto *inst = v.as<InstanceObject>();
    if (!inst || inst->kind != ObjKind::Instance || !inst->payload ||
        !inst->attrs.contains(QStringLiteral("version")))
        in.raiseTypeError(QStringLiteral("expected a UUID, not %1").arg(in.typeName(v)));
    return *std::static_pointer_cast<Uuid>(inst->payload);
}

QString hexText(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

QString canonical(const QByteArray &b)
{
    const QString h = hexText(b);
    return h.mid(0, 8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-' + h.mid(20);
}

Value makeUuid(const Value &cls, QByteArray bytes)
{
    auto *inst = new InstanceObject(cls);
    Value v(inst);
    const int version = (uchar(bytes[6]) >> 4) & 0xf;
    const bool rfc = (uchar(bytes[8]) & 0xc0) == 0x80;
    inst->attrs.insert(QStringLiteral("hex"), makeStr(hexText(bytes)));
    inst->attrs.insert(QStringLiteral("int"), intFromLiteral(hexText(bytes), 16)); // 128 bits
    inst->attrs.insert(QStringLiteral("version"), rfc ? Value::fromInt(version) : Value());
    inst->payload = std::make_shared<Uuid>(Uuid{std::move(bytes)});
    return v;
}

QByteArray withVersion(QByteArray b, int version)
{
    b[6] = char((uchar(b[6]) & 0x0f) | (version << 4));
    b[8] = char((uchar(b[8]) & 0x3f) | 0x80);
    return b;
}

Value uuidNew(Interpreter &in, const Value &cls, std::vector<Value> &p,
              std::vector<std::pair<QString, Value>> &kw)
{
    CallArgs a{p, kw};
    in.checkNoExtraArgs(a, 1, {"hex"}, QStringLiteral("UUID"));
    const Value hex = in.argOr(a, 0, "hex");
    if (!isKind(hex, ObjKind::Str))
        in.raiseTypeError(
            QStringLiteral("one of the hex, bytes, bytes_le, fields, or int arguments must be given "
                           "(Awaitscope's UUID takes hex)"));
    QString h = strOf(hex);
    h.remove(QStringLiteral("urn:")).remove(QStringLiteral("uuid:"));
    h.remove(u'{').remove(u'}').remove(u'-');
    const QByteArray bytes = QByteArray::fromHex(h.toLatin1());
    if (h.size() != 32 || bytes.size() != 16 || bytes.toHex() != h.toLower().toLatin1())
        in.raiseValueError(QStringLiteral("badly formed hexadecimal UUID string"));
    return makeUuid(cls, bytes);
}

Value uuidStr(Interpreter &in, const Value &self, CallArgs &)
{
    return makeStr(canonical(uuidOf(in, self).bytes));
}

Value uuidRepr(Interpreter &in, const Value &self, CallArgs &)
{
    return makeStr(QStringLiteral("UUID('%1')").arg(canonical(uuidOf(in, self).bytes)));
}

Value uuidEq(Interpreter &in, const Value &self, CallArgs &a)
{
    const Value other = a.pos.empty() ? Value() : a.pos[0];
    auto *o = other.as<InstanceObject>();
    if (!o || o->kind != ObjKind::Instance || !o->cls.identical(self.as<InstanceObject>()->cls))
        return Value::fromBool(false);
    return Value::fromBool(uuidOf(in, self).bytes == uuidOf(in, other).bytes);
}

Value uuidLt(Interpreter &in, const Value &self, CallArgs &a)
{
    return Value::fromBool(uuidOf(in, self).bytes < uuidOf(in, in.argOr(a, 0, "other")).bytes);
}

Value uuidHash(Interpreter &in, const Value &self, CallArgs &)
{
    return Value::fromInt(int64_t(qHash(uuidOf(in, self).bytes)));
}

const NativeClassDef uuidClass[] = {
    {"UUID",
     uuidNew,
     {{"__str__", uuidStr},
      {"__repr__", uuidRepr},
      {"__eq__", uuidEq},
      {"__lt__", uuidLt},
      {"__hash__", uuidHash}}},
};

} // namespace

void Interpreter::installUuid()
{
    registerModule(QStringLiteral("uuid"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("uuid"));
        Value modValue(mod);
        addNativeClasses(in, *mod, uuidClass, 1);
        const Value cls = mod->attrs.value(QStringLiteral("UUID"));
        auto gen = std::make_shared<std::mt19937_64>(in.randomSeed ^ 0x75756964ULL);
        mod->attrs.insert(
            QStringLiteral("uuid4"),
            in.makeBuiltin(QStringLiteral("uuid4"), [cls, gen](Interpreter &, const Value &, CallArgs &) {
                QByteArray b(16, '\0');
                for (int i = 0; i < 16; i += 8) {
                    const uint64_t r = (*gen)();
                    for (int k = 0; k < 8; ++k)
                        b[i + k] = char((r >> (8 * k)) & 0xff);
                }
                return makeUuid(cls, withVersion(b, 4));
            }));
        auto named = [cls](QCryptographicHash::Algorithm algo, int version) {
            return [cls, algo, version](Interpreter &in2, const Value &, CallArgs &a) {
                const Uuid &ns = uuidOf(in2, in2.argOr(a, 0, "namespace"));
                const Value name = in2.argOr(a, 1, "name");
                if (!isKind(name, ObjKind::Str))
                    in2.raiseTypeError(QStringLiteral("name must be a str"));
                QCryptographicHash h(algo);
                h.addData(ns.bytes);
                h.addData(strOf(name).toUtf8());
                return makeUuid(cls, withVersion(h.result().left(16), version));
            };
        };
        mod->attrs.insert(QStringLiteral("uuid3"),
                          in.makeBuiltin(QStringLiteral("uuid3"), named(QCryptographicHash::Md5, 3)));
        mod->attrs.insert(QStringLiteral("uuid5"),
                          in.makeBuiltin(QStringLiteral("uuid5"), named(QCryptographicHash::Sha1, 5)));
        const std::pair<const char *, const char *> namespaces[] = {
            {"NAMESPACE_DNS", "6ba7b8109dad11d180b400c04fd430c8"},
            {"NAMESPACE_URL", "6ba7b8119dad11d180b400c04fd430c8"},
            {"NAMESPACE_OID", "6ba7b8129dad11d180b400c04fd430c8"},
            {"NAMESPACE_X500", "6ba7b8149dad11d180b400c04fd430c8"}};
        for (const auto &[name, hex] : namespaces)
            mod->attrs.insert(QLatin1String(name), makeUuid(cls, QByteArray::fromHex(hex)));
        mod->attrs.insert(
            QStringLiteral("uuid1"),
            in.makeBuiltin(QStringLiteral("uuid1"), [](Interpreter &in2, const Value &, CallArgs &) -> Value {
                in2.raiseError(QStringLiteral("NotImplementedError"),
                               QStringLiteral("uuid.uuid1() is not available: it reads the machine's network "
                                              "address, which the sandbox hides (use uuid4())"));
            }));
        return modValue;
    });
}

} // namespace awaitscope::py
