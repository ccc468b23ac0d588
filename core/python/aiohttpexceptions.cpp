#include "aiohttpexceptions.h"

#include "interpreter.h"

#include "http/httperror.h"

namespace awaitscope::py {

void addAiohttpExceptions(Interpreter &in, ModuleObject &module)
{
    struct Def
    {
        const char *name;
        const char *base;
        const char *base2; // a builtin second base, or nullptr
    };
    static const Def defs[] = {
        {"ClientError", "Exception", nullptr},
        {"ClientConnectionError", "ClientError", nullptr},
        {"ClientOSError", "ClientConnectionError", "OSError"},
        {"ClientConnectorError", "ClientOSError", nullptr},
        {"ServerConnectionError", "ClientConnectionError", nullptr},
        {"ServerDisconnectedError", "ServerConnectionError", nullptr},
        {"ServerTimeoutError", "ServerConnectionError", "TimeoutError"},
        {"ConnectionTimeoutError", "ServerTimeoutError", nullptr},
        {"SocketTimeoutError", "ServerTimeoutError", nullptr},
        {"ClientResponseError", "ClientError", nullptr},
        {"ContentTypeError", "ClientResponseError", nullptr},
        {"TooManyRedirects", "ClientResponseError", nullptr},
        {"ClientPayloadError", "ClientError", nullptr},
        {"InvalidURL", "ClientError", "ValueError"},
    };
    for (const Def &d : defs) {
        const QString base = QLatin1String(d.base);
        std::vector<Value> bases{module.attrs.contains(base) ? module.attrs.value(base) : in.builtin(base)};
        if (d.base2)
            bases.push_back(in.builtin(QLatin1String(d.base2)));
        Value cls = in.makeClass(QLatin1String(d.name), std::move(bases));
        cls.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                            makeStr(QStringLiteral("aiohttp.client_exceptions")));
        module.attrs.insert(QLatin1String(d.name), cls);
    }
}

Value aiohttpException(Interpreter &in, const QString &className, const QString &message)
{
    auto *module = in.moduleOf(QStringLiteral("aiohttp")).as<ModuleObject>();
    Value cls = module ? module->attrs.value(className) : Value();
    if (cls.isNone())
        cls = in.exceptionClass(className);
    if (cls.isNone())
        cls = in.exceptionClass(QStringLiteral("RuntimeError"));
    std::vector<Value> args;
    if (!message.isEmpty())
        args.push_back(makeStr(message));
    return in.newException(cls, std::move(args));
}

Value aiohttpException(Interpreter &in, const HttpError &error)
{
    switch (error.kind) {
    case HttpError::Kind::TotalTimeout:
        return in.newException(in.exceptionClass(QStringLiteral("TimeoutError")), {});
    case HttpError::Kind::Cancelled:
        return in.newException(in.asyncioException(QStringLiteral("CancelledError")), {});
    case HttpError::Kind::SessionClosed:
        return in.newException(in.exceptionClass(QStringLiteral("RuntimeError")), {makeStr(error.message)});
    case HttpError::Kind::TooManyRedirects: {
        Value exc = aiohttpException(in, error.pythonClass(), error.message);
        auto &attrs = exc.as<InstanceObject>()->attrs;
        attrs.insert(QStringLiteral("status"), Value::fromInt(0));
        attrs.insert(QStringLiteral("message"), makeStr(QString()));
        return exc;
    }
    default:
        return aiohttpException(in, error.pythonClass(), error.message);
    }
}

} // namespace awaitscope::py
