// The json module: dumps/dump (indent, sort_keys, separators, ensure_ascii, default) and loads/load with
// CPython's JSONDecodeError messages ("Expecting value: line 1 column 1 (char 0)"). The codec is
// jsoncodec.cpp, which aiohttp's json= and resp.json() use too.
#include "jsoncodec.h"
#include "nativeclass.h"

namespace awaitscope::py {

namespace {

JsonDumpOptions dumpOptions(Interpreter &in, CallArgs &a, size_t first)
{
    JsonDumpOptions o;
    if (a.pos.size() > first)
        in.raiseTypeError(
            QStringLiteral("dumps() takes 1 positional argument but %1 were given").arg(a.pos.size()));
    bool separatorsGiven = false;
    for (auto &[k, v] : a.kw) {
        if (k == u"indent") {
            if (v.isNone())
                continue;
            o.pretty = true;
            o.indent = v.isIntLike() ? QString(int(std::max<int64_t>(0, v.asInt())), u' ') : in.str(v);
        } else if (k == u"sort_keys") {
            o.sortKeys = in.truthy(v);
        } else if (k == u"ensure_ascii") {
            o.ensureAscii = in.truthy(v);
        } else if (k == u"default") {
            o.defaultFn = v;
        } else if (k == u"separators") {
            if (v.isNone())
                continue;
            const std::vector<Value> seps = in.toVector(v);
            if (seps.size() != 2)
                in.raiseValueError(QStringLiteral("too many values to unpack (expected 2)"));
            o.itemSeparator = in.str(seps[0]);
            o.keySeparator = in.str(seps[1]);
            separatorsGiven = true;
        } else if (k == u"check_circular") {
            o.checkCircular = in.truthy(v);
        } else if (k != u"skipkeys" && k != u"allow_nan" && k != u"cls") {
            in.raiseTypeError(QStringLiteral("dumps() got an unexpected keyword argument '%1'").arg(k));
        }
    }
    if (o.pretty && !separatorsGiven)
        o.itemSeparator = QStringLiteral(",");
    return o;
}

} // namespace

void Interpreter::installJson()
{
    registerModule(QStringLiteral("json"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("json"));
        Value modValue(mod);
        Value error =
            in.makeClass(QStringLiteral("JSONDecodeError"), {in.builtin(QStringLiteral("ValueError"))});
        error.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                              makeStr(QStringLiteral("json.decoder")));
        mod->attrs.insert(QStringLiteral("JSONDecodeError"), error);
        const ModuleDef def = definer(in, mod);
        def("dumps", [](Interpreter &in2, const Value &, CallArgs &a) {
            const Value obj = in2.argOr(a, 0, "obj");
            return makeStr(jsonDumps(in2, obj, dumpOptions(in2, a, 1)));
        });
        def("dump", [](Interpreter &in2, const Value &, CallArgs &a) {
            const Value obj = in2.argOr(a, 0, "obj");
            const Value fp = in2.argOr(a, 1, "fp");
            CallArgs rest{{}, a.kw};
            std::erase_if(rest.kw, [](const auto &kv) { return kv.first == u"obj" || kv.first == u"fp"; });
            in2.call(in2.getAttr(fp, QStringLiteral("write")),
                     {makeStr(jsonDumps(in2, obj, dumpOptions(in2, rest, 0)))});
            return Value();
        });
        auto loads = [error](Interpreter &in2, const Value &s) {
            if (!isKind(s, ObjKind::Str))
                in2.raiseTypeError(QStringLiteral("the JSON object must be str, bytes or bytearray, not %1")
                                       .arg(in2.typeName(s)));
            const QString text = strOf(s);
            return jsonLoads(in2, text, [&](const QString &what, qsizetype pos) {
                const qsizetype line = text.left(pos).count(u'\n') + 1;
                const qsizetype column =
                    text.left(pos).contains(u'\n') ? pos - text.left(pos).lastIndexOf(u'\n') : pos + 1;
                Value exc = in2.newException(error, {makeStr(QStringLiteral("%1: line %2 column %3 (char %4)")
                                                                 .arg(what)
                                                                 .arg(line)
                                                                 .arg(column)
                                                                 .arg(pos))});
                auto *inst = exc.as<InstanceObject>();
                inst->attrs.insert(QStringLiteral("msg"), makeStr(what));
                inst->attrs.insert(QStringLiteral("doc"), s);
                inst->attrs.insert(QStringLiteral("pos"), Value::fromInt(pos));
                inst->attrs.insert(QStringLiteral("lineno"), Value::fromInt(line));
                inst->attrs.insert(QStringLiteral("colno"), Value::fromInt(column));
                in2.raise(exc);
            });
        };
        def("loads", [loads](Interpreter &in2, const Value &, CallArgs &a) {
            return loads(in2, in2.argOr(a, 0, "s"));
        });
        def("load", [loads](Interpreter &in2, const Value &, CallArgs &a) {
            return loads(in2, in2.call(in2.getAttr(in2.argOr(a, 0, "fp"), QStringLiteral("read")), {}));
        });
        return modValue;
    });
}

} // namespace awaitscope::py
