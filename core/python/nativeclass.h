#pragma once

// Classes of the standard modules written in C++, declared as tables (like CPython's PyMethodDef arrays)
// instead of being built by hand in each module's install function.
#include "interpreter.h"

#include <span>

namespace awaitscope::py {

using NativeMethod = Value (*)(Interpreter &, const Value &self, CallArgs &);
using NativeConstructor = Value (*)(Interpreter &, const Value &cls, std::vector<Value> &,
                                    std::vector<std::pair<QString, Value>> &);

struct NativeMethodDef
{
    const char *name;
    NativeMethod fn;
};

struct NativeClassDef
{
    const char *name;
    NativeConstructor construct;
    NativeMethodDef methods[24]; // ends at the first entry without a name
};

// "f() takes 3 positional arguments but 4 were given" ("from 2 to 3" when some have defaults), as CPython
// words it (dataclassesmodule.cpp).
QString tooManyPositional(const QString &function, size_t required, size_t total, size_t given);

// functools.update_wrapper with the default names: __module__, __name__, __qualname__, __doc__, the
// wrapped function's own attributes, and __wrapped__ (functoolsmodule.cpp).
Value updateWrapper(Interpreter &in, const Value &wrapper, const Value &wrapped);
// The __get__ of a native callable that stands for a function (lru_cache's wrapper, contextmanager's):
// read from an instance it is bound to it, read from the class it is itself.
Value bindAsMethod(Interpreter &in, const Value &self, CallArgs &a);

// What inspect asks of a callable (inspectmodule.cpp): `unwrapFunction` takes a bound method's function and a
// functools.partial's func until neither is left (inspect._has_code_flag); `functionKind` says what the
// `def` under it makes when called.
Value unwrapFunction(Interpreter &in, Value v);
enum class FunctionKind { NotAFunction, Plain, Coroutine, Generator, AsyncGenerator };
FunctionKind functionKind(Interpreter &in, const Value &v);

// strftime on the program's clock: `epochSeconds` after 1970-01-01 00:00:00, local time being UTC
// (timeformat.cpp).
QString strftimeUtc(const QString &fmt, double epochSeconds);

// A module's functions: def("name", fn) makes the builtin and stores it in the module.
using ModuleDef = std::function<void(const char *, BuiltinObject::Fn)>;
inline ModuleDef definer(Interpreter &in, ModuleObject *mod)
{
    return [&in, mod](const char *name, BuiltinObject::Fn fn) {
        mod->attrs.insert(QLatin1String(name), in.makeBuiltin(QLatin1String(name), std::move(fn)));
    };
}

// A class derived from `base`, made by `construct` (null: not callable), with `methods` (an entry without a
// name ends them); `module` is its __module__ (empty: a built-in type's, <class 'mappingproxy'>).
inline Value makeNativeClass(Interpreter &in, const QString &name, const QString &module, const Value &base,
                             NativeConstructor construct, std::span<const NativeMethodDef> methods)
{
    Value cls = in.makeClass(name, {base});
    auto *c = cls.as<ClassObject>();
    if (!module.isEmpty())
        c->attrs.insert(QStringLiteral("__module__"), makeStr(module));
    c->constructor = construct;
    for (const NativeMethodDef &m : methods) {
        if (!m.name)
            break;
        c->attrs.insert(QString::fromLatin1(m.name), in.makeMethod(QString::fromLatin1(m.name), m.fn));
    }
    return cls;
}

// Makes each class (its __module__ is the module's name) and stores it in the module.
inline void addNativeClasses(Interpreter &in, ModuleObject &module, const NativeClassDef *defs, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        const NativeClassDef &def = defs[i];
        const QString name = QString::fromLatin1(def.name);
        module.attrs.insert(name,
                            makeNativeClass(in, name, module.name, in.tObject, def.construct, def.methods));
    }
}

} // namespace awaitscope::py
