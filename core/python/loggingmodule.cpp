// The logging module: loggers in a dotted hierarchy, levels, basicConfig, StreamHandler to sys.stderr or
// sys.stdout, Formatter with %-style (and {-style) formats, LogRecord, and CPython 3.11's "last resort"
// (a warning with no handler anywhere prints its message to stderr). Handlers, formatters and loggers are
// ordinary instances whose methods are native, so a program's subclass can override emit() or format().
// Times are the program's clock (see timeformat.cpp): %(asctime)s starts at 1970-01-01 00:00:00,000.
#include "nativeclass.h"

#include <cmath>

namespace awaitscope::py {

namespace {

struct LogState
{
    Value root;
    QHash<QString, Value> loggers;
    Value loggerCls, recordCls, handlerCls, streamHandlerCls, formatterCls, rootLoggerCls;
    double startTime = 0;
    int64_t disabled = 0; // logging.disable(level)
};

const QList<std::pair<int, QString>> &levelNames()
{
    static const QList<std::pair<int, QString>> names = {
        {50, QStringLiteral("CRITICAL")}, {40, QStringLiteral("ERROR")}, {30, QStringLiteral("WARNING")},
        {20, QStringLiteral("INFO")},     {10, QStringLiteral("DEBUG")}, {0, QStringLiteral("NOTSET")}};
    return names;
}

QString levelName(int64_t level)
{
    for (const auto &[l, n] : levelNames())
        if (l == level)
            return n;
    return QStringLiteral("Level %1").arg(level);
}

// setLevel's argument: an int or a level's name.
int64_t checkLevel(Interpreter &in, const Value &v)
{
    if (v.isIntLike())
        return v.asInt();
    if (isKind(v, ObjKind::Str)) {
        for (const auto &[l, n] : levelNames())
            if (n == strOf(v))
                return l;
        if (strOf(v) == u"WARN")
            return 30;
        if (strOf(v) == u"FATAL")
            return 50;
        in.raiseValueError(QStringLiteral("Unknown level: %1").arg(in.repr(v)));
    }
    in.raiseTypeError(QStringLiteral("Level not an integer or a valid string: %1").arg(in.repr(v)));
}

Value attr(const Value &obj, const char *name)
{
    return obj.as<InstanceObject>()->attrs.value(QLatin1String(name));
}

void setAttrRaw(const Value &obj, const char *name, const Value &v)
{
    obj.as<InstanceObject>()->attrs.insert(QLatin1String(name), v);
}

int64_t effectiveLevel(const Value &logger)
{
    for (Value l = logger; !l.isNone(); l = attr(l, "parent")) {
        const Value level = attr(l, "level");
        if (level.isIntLike() && level.asInt() != 0)
            return level.asInt();
    }
    return 0;
}

QString fileBase(const QString &path)
{
    return path.section(u'/', -1);
}

Value makeRecord(Interpreter &in, LogState &st, const QString &name, int64_t level, const Value &msg,
                 const Value &args, const Value &excInfo)
{
    auto *r = new InstanceObject(st.recordCls);
    Value rv(r);
    const double created = in.programTime();
    Frame *f = in.currentFrame();
    const QString path = in.pathOf(f ? f->file : nullptr);
    auto set = [&](const char *k, const Value &v) { r->attrs.insert(QLatin1String(k), v); };
    set("name", makeStr(name));
    set("msg", msg);
    set("args", args);
    set("levelname", makeStr(levelName(level)));
    set("levelno", Value::fromInt(level));
    set("pathname", makeStr(path));
    set("filename", makeStr(fileBase(path)));
    set("module", makeStr(fileBase(path).section(u'.', 0, 0)));
    set("exc_info", excInfo);
    set("exc_text", Value());
    set("stack_info", Value());
    set("lineno", Value::fromInt(f ? f->line : 0));
    set("funcName", makeStr(f ? f->name : QStringLiteral("<module>")));
    set("created", Value::fromFloat(created));
    set("msecs", Value::fromFloat(std::floor((created - std::floor(created)) * 1000)));
    set("relativeCreated", Value::fromFloat((created - st.startTime) * 1000));
    set("thread", Value::fromInt(1));
    set("threadName", makeStr(QStringLiteral("MainThread")));
    set("processName", makeStr(QStringLiteral("MainProcess")));
    set("process", Value::fromInt(1));
    return rv;
}

QString recordMessage(Interpreter &in, const Value &record)
{
    const Value msg = attr(record, "msg");
    const Value args = attr(record, "args");
    QString s = in.str(msg);
    const bool hasArgs = isKind(args, ObjKind::Tuple) ? !args.as<TupleObject>()->items.empty()
                                                      : !args.isNone() && in.truthy(args);
    if (hasArgs)
        s = in.str(in.binaryOp(Op::Mod, makeStr(s), args));
    return s;
}

Value recordGetMessage(Interpreter &in, const Value &self, CallArgs &)
{
    return makeStr(recordMessage(in, self));
}

Value recordRepr(Interpreter &in, const Value &self, CallArgs &)
{
    return makeStr(QStringLiteral("<LogRecord: %1, %2, %3, %4, %5>")
                       .arg(in.str(attr(self, "name")), in.str(attr(self, "levelno")),
                            in.str(attr(self, "pathname")), in.str(attr(self, "lineno")),
                            in.repr(attr(self, "msg"))));
}

// ---- Formatter ----

Value formatterInit(Interpreter &in, const Value &self, CallArgs &a)
{
    in.checkNoExtraArgs(a, 4, {"fmt", "datefmt", "style", "validate"}, QStringLiteral("Formatter"));
    const Value style = in.argOr(a, 2, "style", makeStr(QStringLiteral("%")));
    if (!isKind(style, ObjKind::Str) || (strOf(style) != u"%" && strOf(style) != u"{"))
        in.raiseValueError(QStringLiteral("Style must be one of: %, {  (Awaitscope has no $-style formats)"));
    const Value fmt = in.argOr(a, 0, "fmt");
    setAttrRaw(self, "_fmt",
               fmt.isNone() ? makeStr(strOf(style) == u"{" ? QStringLiteral("{message}")
                                                           : QStringLiteral("%(message)s"))
                            : fmt);
    setAttrRaw(self, "datefmt", in.argOr(a, 1, "datefmt"));
    setAttrRaw(self, "_style", style);
    return Value();
}

Value formatterFormatTime(Interpreter &in, const Value &self, CallArgs &a)
{
    const Value record = in.argOr(a, 0, "record");
    const Value datefmt = in.argOr(a, 1, "datefmt");
    const double created = in.getAttr(record, QStringLiteral("created")).toDouble();
    Q_UNUSED(self);
    if (!datefmt.isNone())
        return makeStr(strftimeUtc(in.str(datefmt), created));
    const int64_t msecs = int64_t(in.getAttr(record, QStringLiteral("msecs")).toDouble());
    return makeStr(strftimeUtc(QStringLiteral("%Y-%m-%d %H:%M:%S"), created) +
                   QStringLiteral(",%1").arg(msecs, 3, 10, QLatin1Char('0')));
}

QString exceptionText(Interpreter &in, const Value &excInfo)
{
    Value exc = excInfo;
    if (auto *t = excInfo.as<TupleObject>(); t && t->kind == ObjKind::Tuple && t->items.size() >= 2)
        exc = t->items[1];
    if (exc.isNone())
        return QStringLiteral("NoneType: None");
    QString text = in.formatTraceback(exc);
    while (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

Value formatterFormat(Interpreter &in, const Value &self, CallArgs &a)
{
    const Value record = in.argOr(a, 0, "record");
    in.setAttr(record, QStringLiteral("message"),
               in.call(in.getAttr(record, QStringLiteral("getMessage")), {}));
    const QString fmt = in.str(attr(self, "_fmt"));
    const bool brace = in.str(attr(self, "_style")) == u"{";
    if (brace ? fmt.contains(QLatin1String("{asctime")) : fmt.contains(QLatin1String("%(asctime)")))
        in.setAttr(record, QStringLiteral("asctime"),
                   in.call(in.getAttr(self, QStringLiteral("formatTime")), {record, attr(self, "datefmt")}));
    auto *d = new DictObject();
    Value dv(d);
    const auto *r = record.as<InstanceObject>();
    for (auto it = r->attrs.cbegin(); it != r->attrs.cend(); ++it)
        d->set(makeStr(it.key()), it.value());
    QString s;
    if (brace) {
        CallArgs fa;
        for (auto it = r->attrs.cbegin(); it != r->attrs.cend(); ++it)
            fa.kw.emplace_back(it.key(), it.value());
        s = in.str(in.call(in.getAttr(makeStr(fmt), QStringLiteral("format")), fa));
    } else {
        s = in.str(in.binaryOp(Op::Mod, makeStr(fmt), dv));
    }
    const Value excInfo = in.getAttr(record, QStringLiteral("exc_info"));
    if (!excInfo.isNone() && !(excInfo.isBool() && !excInfo.asBool())) {
        if (!s.endsWith(u'\n'))
            s += u'\n';
        s += exceptionText(in, excInfo);
    }
    return makeStr(s);
}

// ---- Handler ----

Value handlerInit(Interpreter &in, const Value &self, CallArgs &a)
{
    const Value level = in.argOr(a, 0, "level", Value::fromInt(0));
    setAttrRaw(self, "level", Value::fromInt(checkLevel(in, level)));
    setAttrRaw(self, "formatter", Value());
    setAttrRaw(self, "name", Value());
    return Value();
}

Value handlerSetLevel(Interpreter &in, const Value &self, CallArgs &a)
{
    in.setAttr(self, QStringLiteral("level"), Value::fromInt(checkLevel(in, in.argOr(a, 0, "level"))));
    return Value();
}

Value handlerSetFormatter(Interpreter &in, const Value &self, CallArgs &a)
{
    in.setAttr(self, QStringLiteral("formatter"), in.argOr(a, 0, "fmt"));
    return Value();
}

Value handlerFormat(Interpreter &in, const Value &self, CallArgs &a)
{
    const Value record = in.argOr(a, 0, "record");
    Value formatter = self.isNone() ? Value() : in.getAttr(self, QStringLiteral("formatter"));
    if (formatter.isNone()) {
        // logging's default formatter: the message alone
        auto *inst = new InstanceObject(Value());
        Value tmp(inst);
        CallArgs none;
        formatterInit(in, tmp, none);
        return formatterFormat(in, tmp, a);
    }
    return in.call(in.getAttr(formatter, QStringLiteral("format")), {record});
}

Value handlerHandle(Interpreter &in, const Value &self, CallArgs &a)
{
    in.call(in.getAttr(self, QStringLiteral("emit")), {in.argOr(a, 0, "record")});
    return Value::fromBool(true);
}

Value handlerEmit(Interpreter &in, const Value &, CallArgs &)
{
    in.raiseError(QStringLiteral("NotImplementedError"),
                  QStringLiteral("emit must be implemented by Handler subclasses"));
}

Value handlerNoop(Interpreter &, const Value &, CallArgs &)
{
    return Value();
}

Value handlerRepr(Interpreter &in, const Value &self, CallArgs &)
{
    const QString cls = in.typeName(self);
    const QString level = levelName(in.getAttr(self, QStringLiteral("level")).asInt());
    if (!self.as<InstanceObject>()->attrs.contains(QStringLiteral("stream")))
        return makeStr(QStringLiteral("<%1 (%2)>").arg(cls, level));
    const QString stream = in.repr(in.getAttr(self, QStringLiteral("stream")));
    const QString name = stream.contains(QLatin1String("'<stderr>'"))   ? QStringLiteral("<stderr>")
                         : stream.contains(QLatin1String("'<stdout>'")) ? QStringLiteral("<stdout>")
                                                                        : QString();
    return makeStr(name.isEmpty() ? QStringLiteral("<%1 (%2)>").arg(cls, level)
                                  : QStringLiteral("<%1 %2 (%3)>").arg(cls, name, level));
}

Value sysStream(Interpreter &in, const char *name)
{
    return in.getAttr(in.moduleOf(QStringLiteral("sys")), QLatin1String(name));
}

Value streamHandlerInit(Interpreter &in, const Value &self, CallArgs &a)
{
    in.checkNoExtraArgs(a, 1, {"stream"}, QStringLiteral("StreamHandler"));
    CallArgs none;
    handlerInit(in, self, none);
    Value stream = in.argOr(a, 0, "stream");
    setAttrRaw(self, "stream", stream.isNone() ? sysStream(in, "stderr") : stream);
    setAttrRaw(self, "terminator", makeStr(QStringLiteral("\n")));
    return Value();
}

Value streamHandlerEmit(Interpreter &in, const Value &self, CallArgs &a)
{
    const Value text = in.call(in.getAttr(self, QStringLiteral("format")), {in.argOr(a, 0, "record")});
    in.call(in.getAttr(in.getAttr(self, QStringLiteral("stream")), QStringLiteral("write")),
            {makeStr(in.str(text) + in.str(in.getAttr(self, QStringLiteral("terminator"))))});
    return Value();
}

Value fileHandlerInit(Interpreter &in, const Value &, CallArgs &)
{
    in.raiseError(QStringLiteral("PermissionError"),
                  QStringLiteral("logging.FileHandler is not available: programs run in a sandbox without "
                                 "files (log to the console with StreamHandler)"));
}

const NativeClassDef handlerClasses[] = {
    {"Formatter",
     nullptr,
     {{"__init__", formatterInit}, {"format", formatterFormat}, {"formatTime", formatterFormatTime}}},
    {"LogRecord", nullptr, {{"getMessage", recordGetMessage}, {"__repr__", recordRepr}}},
    {"Handler",
     nullptr,
     {{"__init__", handlerInit},
      {"setLevel", handlerSetLevel},
      {"setFormatter", handlerSetFormatter},
      {"format", handlerFormat},
      {"handle", handlerHandle},
      {"emit", handlerEmit},
      {"flush", handlerNoop},
      {"close", handlerNoop},
      {"__repr__", handlerRepr}}},
};

} // namespace

void Interpreter::installLogging()
{
    registerModule(QStringLiteral("logging"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("logging"));
        Value modValue(mod);
        auto st = std::make_shared<LogState>();
        st->startTime = in.programTime();
        for (const NativeClassDef &def : handlerClasses) {
            const QString name = QString::fromLatin1(def.name);
            Value cls = in.makeClass(name, {in.tObject});
            cls.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"), makeStr(mod->name));
            for (const NativeMethodDef &m : def.methods)
                if (m.name)
                    cls.as<ClassObject>()->attrs.insert(QString::fromLatin1(m.name),
                                                        in.makeMethod(QString::fromLatin1(m.name), m.fn));
            mod->attrs.insert(name, cls);
        }
        st->formatterCls = mod->attrs.value(QStringLiteral("Formatter"));
        st->recordCls = mod->attrs.value(QStringLiteral("LogRecord"));
        st->handlerCls = mod->attrs.value(QStringLiteral("Handler"));
        auto subclass = [&](const QString &name, const Value &base,
                            std::initializer_list<std::pair<const char *, NativeMethod>> methods) {
            Value cls = in.makeClass(name, {base});
            cls.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"), makeStr(mod->name));
            for (const auto &[n, fn] : methods)
                cls.as<ClassObject>()->attrs.insert(QLatin1String(n), in.makeMethod(QLatin1String(n), fn));
            mod->attrs.insert(name, cls);
            return cls;
        };
        st->streamHandlerCls = subclass(QStringLiteral("StreamHandler"), st->handlerCls,
                                        {{"__init__", streamHandlerInit}, {"emit", streamHandlerEmit}});
        subclass(QStringLiteral("NullHandler"), st->handlerCls,
                 {{"emit", handlerNoop}, {"handle", handlerNoop}});
        subclass(QStringLiteral("FileHandler"), st->streamHandlerCls, {{"__init__", fileHandlerInit}});

        for (const auto &[l, n] : levelNames())
            mod->attrs.insert(n, Value::fromInt(l));
        mod->attrs.insert(QStringLiteral("WARN"), Value::fromInt(30));
        mod->attrs.insert(QStringLiteral("FATAL"), Value::fromInt(50));
        mod->attrs.insert(QStringLiteral("BASIC_FORMAT"),
                          makeStr(QStringLiteral("%(levelname)s:%(name)s:%(message)s")));

        // ---- loggers ----
        std::weak_ptr<LogState> weak = st;
        auto callHandlers = [](Interpreter &in2, const Value &logger, const Value &record) {
            int found = 0;
            const int64_t levelno = in2.getAttr(record, QStringLiteral("levelno")).asInt();
            for (Value c = logger; !c.isNone(); c = attr(c, "parent")) {
                for (const Value &h : in2.toVector(in2.getAttr(c, QStringLiteral("handlers")))) {
                    ++found;
                    if (levelno >= in2.getAttr(h, QStringLiteral("level")).asInt())
                        in2.call(in2.getAttr(h, QStringLiteral("handle")), {record});
                }
                if (!in2.truthy(in2.getAttr(c, QStringLiteral("propagate"))))
                    break;
            }
            if (found == 0 && levelno >= 30) {
                // CPython's lastResort: the message alone on stderr
                CallArgs a{{record}, {}};
                in2.writeError(in2.str(handlerFormat(in2, Value(), a)) + u'\n');
            }
        };
        auto log = [weak, callHandlers](Interpreter &in2, const Value &logger, int64_t level, CallArgs &a,
                                        bool excDefault) {
            auto st2 = weak.lock();
            if (a.pos.empty())
                in2.raiseTypeError(
                    QStringLiteral("Logger.log() missing 1 required positional argument: 'msg'"));
            if (level <= st2->disabled || level < effectiveLevel(logger))
                return Value();
            Value excInfo = excDefault ? Value::fromBool(true) : Value();
            for (auto &[k, v] : a.kw) {
                if (k == u"exc_info")
                    excInfo = v;
                else if (k != u"stack_info" && k != u"stacklevel" && k != u"extra")
                    in2.raiseTypeError(
                        QStringLiteral("Logger._log() got an unexpected keyword argument '%1'").arg(k));
            }
            // True (or a number): the exception being handled; an exception instance or a (type, value,
            // traceback) tuple stays as it is.
            if (excInfo.isBool() || excInfo.isIntLike())
                excInfo = in2.truthy(excInfo) ? in2.handledException() : Value();
            if (excDefault && excInfo.isNone())
                excInfo = makeTuple({Value(), Value(), Value()});
            std::vector<Value> rest(a.pos.begin() + 1, a.pos.end());
            Value args = makeTuple(std::move(rest));
            // logging.info("%(x)s", {"x": 1}): a single mapping argument is the mapping
            if (auto *t = args.as<TupleObject>(); t->items.size() == 1 &&
                                                  isKind(t->items[0], ObjKind::Dict) &&
                                                  t->items[0].as<DictObject>()->table.size() > 0)
                args = t->items[0];
            Value record =
                makeRecord(in2, *st2, in2.str(attr(logger, "name")), level, a.pos[0], args, excInfo);
            if (auto *extra = [&]() -> DictObject * {
                    for (auto &[k, v] : a.kw)
                        if (k == u"extra")
                            return v.as<DictObject>();
                    return nullptr;
                }())
                for (const auto &e : extra->table.entries())
                    if (e.live)
                        in2.setAttr(record, in2.str(e.key), e.value);
            callHandlers(in2, logger, record);
            return Value();
        };

        st->loggerCls = in.makeClass(QStringLiteral("Logger"), {in.tObject});
        auto *lc = st->loggerCls.as<ClassObject>();
        lc->attrs.insert(QStringLiteral("__module__"), makeStr(mod->name));
        auto method = [&](ClassObject *c, const QString &name, BuiltinObject::Fn fn) {
            c->attrs.insert(name, in.makeMethod(name, std::move(fn)));
        };
        method(lc, QStringLiteral("__init__"), [](Interpreter &in2, const Value &self, CallArgs &a) {
            setAttrRaw(self, "name", in2.argOr(a, 0, "name"));
            setAttrRaw(self, "level",
                       Value::fromInt(checkLevel(in2, in2.argOr(a, 1, "level", Value::fromInt(0)))));
            setAttrRaw(self, "parent", Value());
            setAttrRaw(self, "propagate", Value::fromBool(true));
            setAttrRaw(self, "handlers", makeList());
            setAttrRaw(self, "disabled", Value::fromBool(false));
            return Value();
        });
        static const std::pair<const char *, int> levelMethods[] = {
            {"debug", 10}, {"info", 20},     {"warning", 30}, {"warn", 30},
            {"error", 40}, {"critical", 50}, {"fatal", 50}};
        for (const auto &entry : levelMethods) // not a structured binding: clang 14 cannot capture one
            method(lc, QLatin1String(entry.first),
                   [log, level = entry.second](Interpreter &in2, const Value &self, CallArgs &a) {
                       return log(in2, self, level, a, false);
                   });
        method(lc, QStringLiteral("exception"), [log](Interpreter &in2, const Value &self, CallArgs &a) {
            return log(in2, self, 40, a, true);
        });
        method(lc, QStringLiteral("log"), [log](Interpreter &in2, const Value &self, CallArgs &a) {
            if (a.pos.empty() || !a.pos[0].isIntLike())
                in2.raiseTypeError(QStringLiteral("level must be an integer"));
            const int64_t level = a.pos[0].asInt();
            a.pos.erase(a.pos.begin());
            return log(in2, self, level, a, false);
        });
        method(lc, QStringLiteral("setLevel"), [](Interpreter &in2, const Value &self, CallArgs &a) {
            setAttrRaw(self, "level", Value::fromInt(checkLevel(in2, in2.argOr(a, 0, "level"))));
            return Value();
        });
        method(lc, QStringLiteral("getEffectiveLevel"), [](Interpreter &, const Value &self, CallArgs &) {
            return Value::fromInt(effectiveLevel(self));
        });
        method(lc, QStringLiteral("isEnabledFor"), [weak](Interpreter &in2, const Value &self, CallArgs &a) {
            const int64_t level = in2.argOr(a, 0, "level").asInt();
            return Value::fromBool(level > weak.lock()->disabled && level >= effectiveLevel(self));
        });
        method(lc, QStringLiteral("addHandler"), [](Interpreter &in2, const Value &self, CallArgs &a) {
            const Value h = in2.argOr(a, 0, "hdlr");
            auto *l = attr(self, "handlers").as<ListObject>();
            if (l && std::none_of(l->items.begin(), l->items.end(),
                                  [&](const Value &x) { return x.identical(h); }))
                l->append(h);
            return Value();
        });
        method(lc, QStringLiteral("removeHandler"), [](Interpreter &in2, const Value &self, CallArgs &a) {
            const Value h = in2.argOr(a, 0, "hdlr");
            if (auto *l = attr(self, "handlers").as<ListObject>())
                std::erase_if(l->items, [&](const Value &x) { return x.identical(h); });
            return Value();
        });
        method(lc, QStringLiteral("hasHandlers"), [](Interpreter &in2, const Value &self, CallArgs &) {
            for (Value c = self; !c.isNone(); c = attr(c, "parent")) {
                if (in2.length(attr(c, "handlers")) > 0)
                    return Value::fromBool(true);
                if (!in2.truthy(attr(c, "propagate")))
                    break;
            }
            return Value::fromBool(false);
        });
        method(lc, QStringLiteral("__repr__"), [](Interpreter &in2, const Value &self, CallArgs &) {
            return makeStr(
                QStringLiteral("<%1 %2 (%3)>")
                    .arg(in2.typeName(self), in2.str(attr(self, "name")), levelName(effectiveLevel(self))));
        });

        st->rootLoggerCls = in.makeClass(QStringLiteral("RootLogger"), {st->loggerCls});
        st->rootLoggerCls.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"), makeStr(mod->name));
        mod->attrs.insert(QStringLiteral("Logger"), st->loggerCls);
        mod->attrs.insert(QStringLiteral("RootLogger"), st->rootLoggerCls);
        st->root = in.call(st->rootLoggerCls, {makeStr(QStringLiteral("root")), Value::fromInt(30)});
        mod->attrs.insert(QStringLiteral("root"), st->root);

        auto getLogger = [weak](Interpreter &in2, const Value &, CallArgs &a) {
            auto st2 = weak.lock();
            const Value nameValue = in2.argOr(a, 0, "name");
            if (nameValue.isNone() || (isKind(nameValue, ObjKind::Str) &&
                                       (strOf(nameValue).isEmpty() || strOf(nameValue) == u"root")))
                return st2->root;
            if (!isKind(nameValue, ObjKind::Str))
                in2.raiseTypeError(QStringLiteral("A logger name must be a string"));
            const QString name = strOf(nameValue);
            if (st2->loggers.contains(name))
                return st2->loggers.value(name);
            Value logger = in2.call(st2->loggerCls, {nameValue});
            // its parent: the nearest existing ancestor; existing descendants below it now hang from it
            Value parent = st2->root;
            for (QString p = name.section(u'.', 0, -2); !p.isEmpty(); p = p.section(u'.', 0, -2))
                if (st2->loggers.contains(p)) {
                    parent = st2->loggers.value(p);
                    break;
                }
            setAttrRaw(logger, "parent", parent);
            for (auto it = st2->loggers.cbegin(); it != st2->loggers.cend(); ++it)
                if (it.key().startsWith(name + u'.') &&
                    attr(attr(it.value(), "parent"), "name").isNone() == false &&
                    (attr(it.value(), "parent").identical(st2->root) ||
                     !strOf(attr(attr(it.value(), "parent"), "name")).startsWith(name + u'.')))
                    setAttrRaw(it.value(), "parent", logger);
            st2->loggers.insert(name, logger);
            return logger;
        };
        mod->attrs.insert(QStringLiteral("getLogger"),
                          in.makeBuiltin(QStringLiteral("getLogger"), getLogger));
        method(lc, QStringLiteral("getChild"), [getLogger](Interpreter &in2, const Value &self, CallArgs &a) {
            const QString base = in2.str(attr(self, "name"));
            const QString suffix = in2.str(in2.argOr(a, 0, "suffix"));
            CallArgs g{{makeStr(base == u"root" ? suffix : base + u'.' + suffix)}, {}};
            return getLogger(in2, Value(), g);
        });

        auto basicConfig = [weak](Interpreter &in2, const Value &, CallArgs &a) {
            auto st2 = weak.lock();
            if (!a.pos.empty())
                in2.raiseTypeError(
                    QStringLiteral("basicConfig() takes 0 positional arguments but %1 were given")
                        .arg(a.pos.size()));
            Value level, format, datefmt, stream, handlers, style = makeStr(QStringLiteral("%"));
            bool force = false;
            QStringList unknown;
            for (auto &[k, v] : a.kw) {
                if (k == u"level")
                    level = v;
                else if (k == u"format")
                    format = v;
                else if (k == u"datefmt")
                    datefmt = v;
                else if (k == u"stream")
                    stream = v;
                else if (k == u"handlers")
                    handlers = v;
                else if (k == u"style")
                    style = v;
                else if (k == u"force")
                    force = in2.truthy(v);
                else if (k == u"filename" || k == u"filemode")
                    in2.raiseError(
                        QStringLiteral("PermissionError"),
                        QStringLiteral("logging.basicConfig(%1=...) is not available: programs run in a "
                                       "sandbox without files (leave it out to log to stderr)")
                            .arg(k));
                else if (k != u"encoding" && k != u"errors")
                    unknown << k;
            }
            auto *rootHandlers = attr(st2->root, "handlers").as<ListObject>();
            if (force)
                rootHandlers->items.clear();
            if (!rootHandlers->items.empty())
                return Value();
            if (!stream.isNone() && !handlers.isNone())
                in2.raiseValueError(
                    QStringLiteral("'stream' and 'handlers' should not be specified together"));
            std::vector<Value> hs;
            if (handlers.isNone()) {
                hs.push_back(in2.call(st2->streamHandlerCls, {stream}));
            } else {
                hs = in2.toVector(handlers);
            }
            const Value fmtValue =
                format.isNone()
                    ? makeStr(strOf(style) == u"{" ? QStringLiteral("{levelname}:{name}:{message}")
                                                   : QStringLiteral("%(levelname)s:%(name)s:%(message)s"))
                    : format;
            Value formatter;
            for (const Value &h : hs) {
                if (in2.getAttr(h, QStringLiteral("formatter")).isNone()) {
                    if (formatter.isNone())
                        formatter = in2.call(st2->formatterCls, {fmtValue, datefmt, style});
                    in2.setAttr(h, QStringLiteral("formatter"), formatter);
                }
                rootHandlers->append(h);
            }
            if (!level.isNone())
                setAttrRaw(st2->root, "level", Value::fromInt(checkLevel(in2, level)));
            if (!unknown.isEmpty())
                in2.raiseValueError(
                    QStringLiteral("Unrecognised argument(s): %1").arg(unknown.join(QStringLiteral(", "))));
            return Value();
        };
        mod->attrs.insert(QStringLiteral("basicConfig"),
                          in.makeBuiltin(QStringLiteral("basicConfig"), basicConfig));

        // logging.info(...) and friends log on the root logger, configuring it first if it has no handler
        auto rootCall = [weak, basicConfig](const QString &name) {
            return [weak, basicConfig, name](Interpreter &in2, const Value &, CallArgs &a) {
                auto st2 = weak.lock();
                if (in2.length(attr(st2->root, "handlers")) == 0) {
                    CallArgs none;
                    basicConfig(in2, Value(), none);
                }
                return in2.call(in2.getAttr(st2->root, name), a);
            };
        };
        for (const char *n :
             {"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"})
            mod->attrs.insert(QLatin1String(n), in.makeBuiltin(QLatin1String(n), rootCall(QLatin1String(n))));
        mod->attrs.insert(
            QStringLiteral("getLevelName"),
            in.makeBuiltin(QStringLiteral("getLevelName"), [](Interpreter &in2, const Value &, CallArgs &a) {
                const Value l = in2.argOr(a, 0, "level");
                if (isKind(l, ObjKind::Str)) {
                    for (const auto &[lv, n] : levelNames())
                        if (n == strOf(l))
                            return Value::fromInt(lv);
                    return makeStr(QStringLiteral("Level %1").arg(strOf(l)));
                }
                return makeStr(levelName(l.isIntLike() ? l.asInt() : -1));
            }));
        mod->attrs.insert(
            QStringLiteral("disable"),
            in.makeBuiltin(QStringLiteral("disable"), [weak](Interpreter &in2, const Value &, CallArgs &a) {
                weak.lock()->disabled = checkLevel(in2, in2.argOr(a, 0, "level", Value::fromInt(50)));
                return Value();
            }));
        mod->attrs.insert(QStringLiteral("shutdown"),
                          in.makeBuiltin(QStringLiteral("shutdown"),
                                         [](Interpreter &, const Value &, CallArgs &) { return Value(); }));
        // the module keeps the state alive
        auto *holder = new InstanceObject(in.tObject);
        mod->attrs.insert(QStringLiteral("_awaitscope_state"), Value(holder));
        holder->payload = st;
        return modValue;
    });
}

} // namespace awaitscope::py
