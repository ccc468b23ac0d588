// repr() of futures and tasks as CPython 3.11 writes them: base_futures.py _future_repr_info,
// base_tasks.py _task_repr_info, coroutines.py _format_coroutine, format_helpers.py for the callbacks.
#include "asynciointernal.h"

#include "bigint.h"
#include "runtime/task.h"

#include <algorithm>

namespace awaitscope::py {

namespace {

// reprlib.repr (maxstring 30, maxlong 40, maxlist/maxtuple 6, maxdict 4) for the values a future usually
// holds; anything else is its plain repr.
QString shortRepr(Interpreter &in, const Value &v)
{
    auto cut = [](const QString &text, int max) -> QString {
        if (text.size() <= max)
            return text;
        const int i = std::max(0, (max - 3) / 2);
        const int j = std::max(0, max - 3 - i);
        return text.left(i) + QStringLiteral("...") + text.right(j);
    };
    if (v.isInt() || v.as<BigIntObject>())
        return cut(in.repr(v), 40);
    if (v.as<StrObject>())
        return cut(in.repr(v), 30);
    auto items = [&in](const std::vector<Value> &all, int max, const QString &open, const QString &close,
                       bool oneTuple) -> QString {
        if (all.empty())
            return open + close;
        QStringList parts;
        for (size_t i = 0; i < all.size() && int(i) < max; ++i)
            parts << shortRepr(in, all[i]);
        if (int(all.size()) > max)
            parts << QStringLiteral("...");
        return open + parts.join(QStringLiteral(", ")) + (oneTuple && all.size() == 1 ? u"," : u"") + close;
    };
    if (auto *list = v.as<ListObject>())
        return items(list->items, 6, QStringLiteral("["), QStringLiteral("]"), false);
    if (auto *tuple = v.as<TupleObject>())
        return items(tuple->items, 6, QStringLiteral("("), QStringLiteral(")"), true);
    return in.repr(v);
}

QString callbackRepr(Interpreter &in, const FutureHolder *holder, const FutureState::PendingCallback &cb)
{
    if (cb.wakesTask)
        return QStringLiteral("Task.task_wakeup()");
    if (cb.label)
        return QString::fromLatin1(cb.label);
    if (holder)
        for (const auto &[fn, id] : holder->doneCallbacks)
            if (id == cb.id) {
                // format_helpers._format_callback_source: the qualified name, and where a Python function
                // was defined.
                if (auto *f = fn.as<FunctionObject>())
                    return QStringLiteral("%1() at %2:%3")
                        .arg(f->qualname.isEmpty() ? f->name() : f->qualname,
                             in.pathOf(f->info ? f->info->file : nullptr))
                        .arg(f->info ? f->info->firstLine : 0);
                if (auto *b = fn.as<BuiltinObject>())
                    return b->name + QStringLiteral("()");
                return in.repr(fn) + QStringLiteral("()");
            }
    return {};
}

// base_futures._format_callbacks: one, two, or the first, "<N more>" and the last.
QString callbacksRepr(Interpreter &in, const FutureHolder *holder, const FutureState &f)
{
    QStringList names;
    for (const FutureState::PendingCallback &cb : f.pendingCallbacks()) {
        const QString name = callbackRepr(in, holder, cb);
        if (!name.isEmpty()) // a callback the runtime added where asyncio adds none
            names << name;
    }
    if (names.isEmpty())
        return {};
    if (names.size() > 2)
        names = QStringList{names.first(), QStringLiteral("<%1 more>").arg(names.size() - 2), names.last()};
    return QStringLiteral("cb=[%1]").arg(names.join(QStringLiteral(", ")));
}

// coroutines._format_coroutine for a task's coroutine.
QString coroutineRepr(Interpreter &in, const FutureHolder *holder, const TaskState &task)
{
    auto *co = holder ? holder->coro.as<CoroutineObject>() : nullptr;
    auto *fn = co ? co->function.as<FunctionObject>() : nullptr;
    if (!co || !fn || !fn->info)
        return (holder && !holder->coroutine.isEmpty() ? holder->coroutine : task.name()) +
               QStringLiteral("()");
    const QString name = (co->qualname.isEmpty() ? co->name : co->qualname) + QStringLiteral("()");
    if (co->finished || (task.done() && !co->runningFrame))
        return QStringLiteral("%1 done, defined at %2:%3")
            .arg(name, in.pathOf(fn->info->file))
            .arg(fn->info->firstLine);
    const int line = co->runningFrame ? co->runningFrame->line : fn->info->firstLine;
    return QStringLiteral("%1 running at %2:%3").arg(name, in.pathOf(fn->info->file)).arg(line);
}

QString reprOf(Interpreter &in, const FuturePtr &f, int depth)
{
    const auto object = in.futureObjects.constFind(f.get());
    const FutureHolder *holder = nullptr;
    if (object != in.futureObjects.constEnd())
        if (auto *inst = object.value().as<InstanceObject>())
            holder = static_cast<const FutureHolder *>(inst->payload.get());
    QString state = f->cancelled() ? QStringLiteral("cancelled")
                    : f->done()    ? QStringLiteral("finished")
                                   : QStringLiteral("pending");
    QStringList info;
    if (f->isTask()) {
        const auto &task = static_cast<const TaskState &>(*f);
        if (!f->done() && task.cancelling() > 0)
            state = QStringLiteral("cancelling");
        info << QStringLiteral("name='%1'").arg(task.name());
        info << QStringLiteral("coro=<%1>").arg(coroutineRepr(in, holder, task));
        if (const FuturePtr &waiter = task.waitingOn(); waiter && !f->done())
            info << QStringLiteral("wait_for=%1")
                        .arg(depth < 8 ? reprOf(in, waiter, depth + 1) : QStringLiteral("<...>"));
    }
    info.prepend(state);
    if (f->done() && !f->cancelled()) {
        if (f->peekException())
            info << QStringLiteral("exception=") + describeException(f->peekException());
        else
            info << QStringLiteral("result=") + shortRepr(in, in.anyToValue(f->result()));
    }
    if (const QString cb = callbacksRepr(in, holder, *f); !cb.isEmpty())
        info << cb;
    return QStringLiteral("<%1 %2>").arg(QLatin1String(f->asyncioTypeName()), info.join(u' '));
}

} // namespace

QString futureRepr(Interpreter &in, const FuturePtr &f)
{
    return reprOf(in, f, 0);
}

} // namespace awaitscope::py
