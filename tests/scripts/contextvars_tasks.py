# contextvars with asyncio: each task and callback runs in a copy of its creator's context (or the one given),
# Context.run, tokens and their errors.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default=None)
user = contextvars.ContextVar("user")


async def handler(n):
    print("starts with", request_id.get())
    request_id.set(n)
    await asyncio.sleep(0.1 * (3 - n))
    print("handled", request_id.get())
    return request_id.get()


def callback(label):
    print("callback", label, request_id.get(), user.get("nobody"))
    request_id.set("changed by callback")


async def main():
    request_id.set("main")
    print(await asyncio.gather(*(handler(i) for i in range(3))))
    print("main still", request_id.get())
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, "soon")
    ctx = contextvars.copy_context()
    ctx.run(user.set, "ann")
    loop.call_soon(callback, "in ctx", context=ctx)
    await asyncio.sleep(0)
    print("after callbacks", request_id.get(), ctx[request_id], ctx[user], len(ctx), user in ctx)
    t = asyncio.create_task(handler(7), context=ctx)
    await t
    print("ctx after task", ctx[request_id], request_id.get())
    token = request_id.set("temporary")
    print(request_id.get(), token.var is request_id, token.old_value)
    request_id.reset(token)
    print("reset to", request_id.get())
    try:
        request_id.reset(token)
    except RuntimeError as e:
        print("RuntimeError")
    try:
        user.get()
    except LookupError:
        print("LookupError for user")
    fresh = contextvars.ContextVar("fresh")
    t2 = fresh.set(1)
    print(t2.old_value is contextvars.Token.MISSING)
    print(sorted(v.name for v in contextvars.copy_context().keys()))
    try:
        ctx.run(ctx.run, print, "nested")
    except RuntimeError:
        print("RuntimeError: already entered")
    print(contextvars.Context().get(user, "empty"), type(ctx).__name__)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handler(9), context=ctx)
    print("ctx after taskgroup", ctx[request_id])


print("outside", request_id.get())
asyncio.run(main())
print("outside again", request_id.get())
