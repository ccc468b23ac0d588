import asyncio, functools

class A:
    async def m(self):
        pass
    def s(self):
        pass

async def f(x):
    return x

p = functools.partial(f, 1)
pp = functools.partial(p)
print(asyncio.iscoroutinefunction(A().m), asyncio.iscoroutinefunction(A.m), asyncio.iscoroutinefunction(A().s))
print(asyncio.iscoroutinefunction(p), asyncio.iscoroutinefunction(pp), asyncio.iscoroutinefunction(functools.partial(print)))
print(asyncio.iscoroutinefunction(f), asyncio.iscoroutinefunction(print), asyncio.iscoroutinefunction(1))
print(p.func is f, asyncio.run(p()))
