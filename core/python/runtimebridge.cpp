// How Python exceptions cross the C++ runtime, and how the runtime's errors and results become Python values.
#include "interpreter.h"

#include "runtime/combinators.h"
#include "runtime/errors.h"
#include "runtime/future.h"

namespace awaitscope::py {

QString PyException::typeName() const
{
    auto *inst = exc.as<InstanceObject>();
    return inst ? inst->klass()->name : QStringLiteral("Exception");
}

QString PyException::describe() const
{
    auto *inst = exc.as<InstanceObject>();
    if (!inst)
        return typeName();
    QStringList parts;
    if (auto *args = inst->args.as<TupleObject>())
        for (const Value &a : args->items) {
            try {
                parts << (interp ? interp->repr(a) : QStringLiteral("?"));
            } catch (...) {
                // A __repr__ that raises must not take the description (or the program) down with it.
                parts << QStringLiteral("<repr() failed>");
            }
        }
    return inst->klass()->name + u'(' + parts.join(QStringLiteral(", ")) + u')';
}

std::exception_ptr Interpreter::toExceptionPtr(const Value &exc, bool raising)
{
    auto *inst = exc.as<InstanceObject>();
    if (inst && raising)
        inst->raised = true;
    if (inst &&
        inst->klass()->isSubclassOf(asyncioException(QStringLiteral("CancelledError")).as<ClassObject>())) {
        QString message;
        if (auto *args = inst->args.as<TupleObject>(); args && !args->items.empty())
            message = str(args->items[0]);
        return std::make_exception_ptr(PyCancelledError(exc, message));
    }
    return std::make_exception_ptr(PyException(exc, this));
}

void Interpreter::throwPython(const Value &exc)
{
    std::rethrow_exception(toExceptionPtr(exc));
}

Value Interpreter::runtimeErrorToPython(std::exception_ptr e)
{
    try {
        std::rethrow_exception(e);
    } catch (const PyCancelledError &c) {
        return c.exc;
    } catch (const awaitscope::CancelledError &c) {
        std::vector<Value> args;
        if (!c.message().isNull())
            args.push_back(makeStr(c.message()));
        return newException(asyncioException(QStringLiteral("CancelledError")), std::move(args));
    } catch (const awaitscope::TimeoutError &t) {
        std::vector<Value> args;
        if (!t.message().isEmpty())
            args.push_back(makeStr(t.message()));
        Value timeout = newException(exceptionClass(QStringLiteral("TimeoutError")), std::move(args));
        if (t.cause)
            if (auto *inst = timeout.as<InstanceObject>()) {
                inst->cause = runtimeErrorToPython(t.cause);
                inst->suppressContext = true;
                // Raised inside asyncio (its frames are not the program's): a traceback header, no frames.
                if (auto *cause = inst->cause.as<InstanceObject>())
                    cause->raised = true;
            }
        return timeout;
    } catch (const awaitscope::InvalidStateError &x) {
        return newException(asyncioException(QStringLiteral("InvalidStateError")), {makeStr(x.message())});
    } catch (const awaitscope::BrokenBarrierError &x) {
        return newException(asyncioException(QStringLiteral("BrokenBarrierError")), {makeStr(x.message())});
    } catch (const awaitscope::UsageError &u) {
        if (u.message() == u"QueueEmpty" || u.message() == u"QueueFull")
            return newException(asyncioException(u.message()), {});
        const QString cls = u.kind() == awaitscope::UsageError::Kind::Type ? QStringLiteral("TypeError")
                            : u.kind() == awaitscope::UsageError::Kind::Value
                                ? QStringLiteral("ValueError")
                                : QStringLiteral("RuntimeError");
        return newException(exceptionClass(cls), {makeStr(u.message())});
    } catch (const awaitscope::ExceptionGroup &g) {
        std::vector<Value> subs;
        for (const auto &sub : g.exceptions())
            subs.push_back(runtimeErrorToPython(sub));
        return newException(exceptionClass(QStringLiteral("BaseExceptionGroup")),
                            {makeStr(g.message()), makeList(std::move(subs))});
    } catch (const PyException &p) {
        return p.exc;
    } catch (const awaitscope::Error &x) {
        return newException(exceptionClass(QStringLiteral("RuntimeError")), {makeStr(x.describe())});
    } catch (const std::bad_alloc &) {
        throw ProgramStop{QStringLiteral("out of memory")};
    } catch (const std::exception &x) {
        return newException(exceptionClass(QStringLiteral("RuntimeError")),
                            {makeStr(QString::fromUtf8(x.what()))});
    }
}

Value Interpreter::anyToValue(const std::any &v)
{
    if (!v.has_value())
        return Value();
    if (const Value *p = std::any_cast<Value>(&v))
        return *p;
    if (const auto *g = std::any_cast<awaitscope::GatherResult>(&v)) {
        std::vector<Value> out;
        out.reserve(g->size());
        for (const auto &slot : *g)
            out.push_back(slot.error ? runtimeErrorToPython(slot.error) : anyToValue(slot.value));
        return makeList(std::move(out));
    }
    if (const int *i = std::any_cast<int>(&v))
        return Value::fromInt(*i);
    if (const double *d = std::any_cast<double>(&v))
        return Value::fromFloat(*d);
    if (const bool *b = std::any_cast<bool>(&v))
        return Value::fromBool(*b);
    if (const QString *s = std::any_cast<QString>(&v))
        return makeStr(*s);
    return Value();
}

} // namespace awaitscope::py
