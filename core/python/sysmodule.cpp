// The sys module: what a teaching program reads or calls (version_info, argv, exit, stdout/stderr.write,
// getrecursionlimit, exc_info, maxsize). Anything else is an AttributeError that says Awaitscope does not
// provide it; the interpreter's own settings (setrecursionlimit, path, modules) are refused.
#include "nativeclass.h"

#include "runlimits.h"

namespace awaitscope::py {

namespace {

// sys.stdout / sys.stderr: which stream an object writes to.
struct Stream
{
    bool error = false;
};

Value streamWrite(Interpreter &in, const Value &self, CallArgs &a)
{
    const Value text = in.argOr(a, 0, "s");
    if (!isKind(text, ObjKind::Str))
        in.raiseTypeError(QStringLiteral("write() argument must be str, not %1").arg(in.typeName(text)));
    if (std::static_pointer_cast<Stream>(self.as<InstanceObject>()->payload)->error)
        in.writeError(strOf(text));
    else
        in.write(strOf(text));
    return Value::fromInt(strOf(text).size());
}

Value streamFlush(Interpreter &, const Value &, CallArgs &)
{
    return Value();
}

Value streamRepr(Interpreter &, const Value &self, CallArgs &)
{
    const bool error = std::static_pointer_cast<Stream>(self.as<InstanceObject>()->payload)->error;
    return makeStr(QStringLiteral("<_io.TextIOWrapper name='<%1>' mode='w' encoding='utf-8'>")
                       .arg(error ? QStringLiteral("stderr") : QStringLiteral("stdout")));
}

Value noConstructor(Interpreter &in, const Value &, std::vector<Value> &,
                    std::vector<std::pair<QString, Value>> &)
{
    in.raiseTypeError(QStringLiteral("cannot create '_io.TextIOWrapper' instances in Awaitscope"));
}

const NativeClassDef streamClass[] = {
    {"TextIOWrapper",
     noConstructor,
     {{"write", streamWrite}, {"flush", streamFlush}, {"__repr__", streamRepr}}},
};

} // namespace

void Interpreter::installSys()
{
    registerModule(QStringLiteral("sys"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("sys"));
        Value modValue(mod);
        ModuleObject io(QStringLiteral("_io"));
        addNativeClasses(in, io, streamClass, 1);
        const Value streamCls = io.attrs.value(QStringLiteral("TextIOWrapper"));
        for (const bool error : {false, true}) {
            auto *s = new InstanceObject(streamCls);
            Value sv(s);
            s->payload = std::make_shared<Stream>(Stream{error});
            mod->attrs.insert(error ? QStringLiteral("stderr") : QStringLiteral("stdout"), sv);
            mod->attrs.insert(error ? QStringLiteral("__stderr__") : QStringLiteral("__stdout__"), sv);
        }
        // version_info as a named tuple, like CPython's struct sequence
        CallArgs spec;
        spec.pos = {makeStr(QStringLiteral("version_info")),
                    makeStr(QStringLiteral("major minor micro releaselevel serial"))};
        auto *collections = in.moduleOf(QStringLiteral("collections")).as<ModuleObject>();
        Value versionCls = in.call(collections->attrs.value(QStringLiteral("namedtuple")), spec);
        auto *vc = versionCls.as<ClassObject>();
        vc->name = QStringLiteral("sys.version_info");
        vc->attrs.remove(QStringLiteral("__module__"));
        mod->attrs.insert(QStringLiteral("version_info"),
                          in.call(versionCls, {Value::fromInt(3), Value::fromInt(11), Value::fromInt(7),
                                               makeStr(QStringLiteral("final")), Value::fromInt(0)}));
        mod->attrs.insert(QStringLiteral("version"),
                          makeStr(QStringLiteral("3.11.7 (Awaitscope's interpreter of a subset of Python)")));
        mod->attrs.insert(QStringLiteral("hexversion"), Value::fromInt(0x030b07f0));
        mod->attrs.insert(QStringLiteral("platform"), makeStr(QStringLiteral("linux")));
        mod->attrs.insert(QStringLiteral("byteorder"), makeStr(QStringLiteral("little")));
        mod->attrs.insert(QStringLiteral("maxsize"), Value::fromInt(INT64_MAX));
        mod->attrs.insert(QStringLiteral("argv"), makeList({makeStr(in.fileName)}));
        auto def = [&](const QString &name, BuiltinObject::Fn fn) {
            mod->attrs.insert(name, in.makeBuiltin(name, std::move(fn)));
        };
        def(QStringLiteral("exit"), [](Interpreter &in2, const Value &, CallArgs &a) -> Value {
            in2.checkNoExtraArgs(a, 1, {}, QStringLiteral("exit"));
            std::vector<Value> args;
            if (!a.pos.empty())
                args.push_back(a.pos[0]);
            in2.raise(in2.newException(in2.builtin(QStringLiteral("SystemExit")), std::move(args)));
        });
        def(QStringLiteral("getrecursionlimit"), [](Interpreter &in2, const Value &, CallArgs &) {
            return Value::fromInt(in2.limits.maxRecursion);
        });
        def(QStringLiteral("exc_info"), [](Interpreter &in2, const Value &, CallArgs &) {
            const Value exc = in2.handledException();
            if (exc.isNone())
                return makeTuple({Value(), Value(), Value()});
            return makeTuple({in2.typeOf(exc), exc, Value()});
        });
        def(QStringLiteral("exception"),
            [](Interpreter &in2, const Value &, CallArgs &) { return in2.handledException(); });
        for (const char *name :
             {"setrecursionlimit", "settrace", "setprofile", "getsizeof", "setswitchinterval"})
            def(QLatin1String(name), [name](Interpreter &in2, const Value &, CallArgs &) -> Value {
                in2.raiseError(
                    QStringLiteral("AttributeError"),
                    QStringLiteral("not supported: sys.%1 (Awaitscope's sys has version_info, argv, "
                                   "exit, stdout, stderr, getrecursionlimit, exc_info and maxsize)")
                        .arg(QLatin1String(name)));
            });
        return modValue;
    });
}

} // namespace awaitscope::py
