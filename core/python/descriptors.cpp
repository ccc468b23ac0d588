// property, staticmethod and classmethod: the descriptors among the builtins, as CPython 3.11's
// Objects/descrobject.c (property_descr_get/set, property_copy) and Objects/funcobject.c (sm_descr_get,
// cm_descr_get) define them. The attribute lookups that call them are in operations.cpp (getAttr, setAttr):
// a data descriptor (one with __set__ or __delete__) wins over an instance's own attribute.
#include "interpreter.h"

namespace awaitscope::py {

namespace {

// What a property knows besides its functions (which are its attributes fget, fset, fdel): the name the
// class gave it (__set_name__), for its messages, and whether its __doc__ came from the getter.
struct PropertyInfo
{
    QString name;
    bool docFromGetter = false;
};

// A property's PropertyInfo, or nullptr for anything else (property.__set__(other, ...) called by hand).
std::shared_ptr<PropertyInfo> propertyInfo(Interpreter &in, const Value &v)
{
    auto *inst = v.as<InstanceObject>();
    auto *cls = in.builtin(QStringLiteral("property")).as<ClassObject>();
    if (!inst || inst->kind != ObjKind::Instance || !inst->payload || !cls ||
        !inst->klass()->isSubclassOf(cls))
        return nullptr;
    return std::static_pointer_cast<PropertyInfo>(inst->payload);
}

std::shared_ptr<PropertyInfo> infoOf(Interpreter &in, const Value &property)
{
    auto info = propertyInfo(in, property);
    return info ? info : std::make_shared<PropertyInfo>();
}

Value argument(const CallArgs &a, size_t i)
{
    return i < a.pos.size() ? a.pos[i] : Value();
}

} // namespace

void Interpreter::installDescriptors()
{
    // ---- property ----
    Value propertyCls = makeClass(QStringLiteral("property"), {tObject});
    auto *property = propertyCls.as<ClassObject>();
    // property(fget=None, fset=None, fdel=None, doc=None); `doc` None takes the getter's docstring
    auto makeProperty = [](Interpreter &in, const Value &cls, const Value &fget, const Value &fset,
                           const Value &fdel, const Value &doc, std::shared_ptr<PropertyInfo> info) {
        auto *inst = new InstanceObject(cls);
        Value v(inst);
        inst->attrs.insert(QStringLiteral("fget"), fget);
        inst->attrs.insert(QStringLiteral("fset"), fset);
        inst->attrs.insert(QStringLiteral("fdel"), fdel);
        Value docValue = doc;
        info->docFromGetter = false;
        if (doc.isNone() && !fget.isNone()) {
            docValue = in.hasAttr(fget, QStringLiteral("__doc__"))
                           ? in.getAttr(fget, QStringLiteral("__doc__"))
                           : Value();
            info->docFromGetter = true;
        }
        inst->attrs.insert(QStringLiteral("__doc__"), docValue);
        inst->payload = std::move(info);
        return v;
    };
    property->constructor = [makeProperty](Interpreter &in, const Value &cls, std::vector<Value> &p,
                                           std::vector<std::pair<QString, Value>> &kw) {
        static const char *const names[] = {"fget", "fset", "fdel", "doc"};
        Value args[4];
        if (p.size() > 4)
            in.raiseTypeError(
                QStringLiteral("property() takes at most 4 arguments (%1 given)").arg(p.size()));
        for (size_t i = 0; i < p.size(); ++i)
            args[i] = p[i];
        for (const auto &[key, value] : kw) {
            int i = 0;
            while (i < 4 && key != QLatin1String(names[i]))
                ++i;
            if (i == 4)
                in.raiseTypeError(
                    QStringLiteral("property() got an unexpected keyword argument '%1'").arg(key));
            if (size_t(i) < p.size())
                in.raiseTypeError(
                    QStringLiteral("argument for property() given by name ('%1') and position (%2)")
                        .arg(key)
                        .arg(i + 1));
            args[i] = value;
        }
        return makeProperty(in, cls, args[0], args[1], args[2], args[3], std::make_shared<PropertyInfo>());
    };
    // "property 'x' of 'A' object has no setter" (or, for a property no class named, CPython's older words)
    auto missing = [](Interpreter &in, const Value &self, const Value &obj, const char *what,
                      const char *unnamed) {
        const QString name = infoOf(in, self)->name;
        if (name.isEmpty())
            in.raiseError(QStringLiteral("AttributeError"), QLatin1String(unnamed));
        in.raiseError(QStringLiteral("AttributeError"),
                      QStringLiteral("property '%1' of '%2' object has no %3")
                          .arg(name, in.typeName(obj), QLatin1String(what)));
    };
    auto method = [this](ClassObject *cls, const QString &name, BuiltinObject::Fn fn) {
        cls->attrs.insert(name, makeMethod(name, std::move(fn)));
    };
    method(property, QStringLiteral("__get__"), [missing](Interpreter &in, const Value &self, CallArgs &a) {
        const Value obj = argument(a, 0);
        if (obj.isNone())
            return self;
        const Value fget = self.as<InstanceObject>()->attrs.value(QStringLiteral("fget"));
        if (fget.isNone())
            missing(in, self, obj, "getter", "unreadable attribute");
        return in.call(fget, std::vector<Value>{obj});
    });
    method(property, QStringLiteral("__set__"), [missing](Interpreter &in, const Value &self, CallArgs &a) {
        const Value obj = argument(a, 0);
        const Value fset = self.as<InstanceObject>()->attrs.value(QStringLiteral("fset"));
        if (fset.isNone())
            missing(in, self, obj, "setter", "can't set attribute");
        in.call(fset, std::vector<Value>{obj, argument(a, 1)});
        return Value();
    });
    method(property, QStringLiteral("__delete__"),
           [missing](Interpreter &in, const Value &self, CallArgs &a) {
               const Value obj = argument(a, 0);
               const Value fdel = self.as<InstanceObject>()->attrs.value(QStringLiteral("fdel"));
               if (fdel.isNone())
                   missing(in, self, obj, "deleter", "can't delete attribute");
               in.call(fdel, std::vector<Value>{obj});
               return Value();
           });
    method(property, QStringLiteral("__set_name__"), [](Interpreter &in, const Value &self, CallArgs &a) {
        if (auto info = propertyInfo(in, self); info && isKind(argument(a, 1), ObjKind::Str))
            info->name = strOf(argument(a, 1));
        return Value();
    });
    // x.getter(f), x.setter(f), x.deleter(f): a copy with that function replaced (property_copy)
    for (const char *which : {"getter", "setter", "deleter"}) {
        const QString slot = QLatin1String(which) == QLatin1String("getter")   ? QStringLiteral("fget")
                             : QLatin1String(which) == QLatin1String("setter") ? QStringLiteral("fset")
                                                                               : QStringLiteral("fdel");
        method(property, QLatin1String(which),
               [makeProperty, slot](Interpreter &in, const Value &self, CallArgs &a) {
                   if (a.pos.size() != 1 || !a.kw.empty())
                       in.raiseTypeError(
                           QStringLiteral("takes exactly one argument (%1 given)").arg(a.pos.size()));
                   auto *inst = self.as<InstanceObject>();
                   const auto old = infoOf(in, self);
                   Value parts[3] = {inst->attrs.value(QStringLiteral("fget")),
                                     inst->attrs.value(QStringLiteral("fset")),
                                     inst->attrs.value(QStringLiteral("fdel"))};
                   parts[slot == u"fget" ? 0 : slot == u"fset" ? 1 : 2] = a.pos[0];
                   // the docstring follows a new getter when it came from the old one
                   const Value doc =
                       old->docFromGetter ? Value() : inst->attrs.value(QStringLiteral("__doc__"));
                   auto info = std::make_shared<PropertyInfo>();
                   info->name = old->name;
                   return makeProperty(in, inst->cls, parts[0], parts[1], parts[2], doc, info);
               });
    }
    m_builtins.insert(QStringLiteral("property"), propertyCls);

    // ---- staticmethod and classmethod: the function is __func__ (and __wrapped__) ----
    auto wrapper = [this](const QString &name) {
        Value cls = makeClass(name, {tObject});
        cls.as<ClassObject>()->constructor = [name](Interpreter &in, const Value &c, std::vector<Value> &p,
                                                    std::vector<std::pair<QString, Value>> &kw) {
            if (p.size() != 1 || !kw.empty())
                in.raiseTypeError(
                    QStringLiteral("%1 expected 1 argument, got %2").arg(name).arg(p.size() + kw.size()));
            auto *inst = new InstanceObject(c);
            Value v(inst);
            inst->attrs.insert(QStringLiteral("__func__"), p[0]);
            inst->attrs.insert(QStringLiteral("__wrapped__"), p[0]);
            return v;
        };
        return cls;
    };
    Value staticCls = wrapper(QStringLiteral("staticmethod"));
    method(staticCls.as<ClassObject>(), QStringLiteral("__get__"),
           [](Interpreter &, const Value &self, CallArgs &) {
               return self.as<InstanceObject>()->attrs.value(QStringLiteral("__func__"));
           });
    // callable since 3.10
    method(staticCls.as<ClassObject>(), QStringLiteral("__call__"),
           [](Interpreter &in, const Value &self, CallArgs &a) {
               return in.call(self.as<InstanceObject>()->attrs.value(QStringLiteral("__func__")), a);
           });
    m_builtins.insert(QStringLiteral("staticmethod"), staticCls);

    Value classCls = wrapper(QStringLiteral("classmethod"));
    method(classCls.as<ClassObject>(), QStringLiteral("__get__"),
           [](Interpreter &in, const Value &self, CallArgs &a) {
               const Value owner = argument(a, 1).isNone() ? in.typeOf(argument(a, 0)) : argument(a, 1);
               return Value(new BoundMethodObject(
                   owner, self.as<InstanceObject>()->attrs.value(QStringLiteral("__func__"))));
           });
    m_builtins.insert(QStringLiteral("classmethod"), classCls);
}

} // namespace awaitscope::py
