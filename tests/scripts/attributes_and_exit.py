# del of attributes (instances, classes, functions, a __delattr__ of the program's own), delattr(), ascii(),
# exit and quit.
class A:
    y = 1
a = A()
try:
    del a.x
except AttributeError as e:
    print("1", e)
a.x = 1
delattr(a, "x")
print(hasattr(a, "x"))
del A.y
print(hasattr(A, "y"))
try:
    del A.z
except AttributeError as e:
    print("2", e)
class B:
    def __delattr__(self, name):
        print("deleting", name)
del B().q
def f(): pass
f.tag = 1
del f.tag
print(hasattr(f, "tag"))
print(ascii("héllo ☃ \U0001F600"), ascii(["é"]), ascii(1))
try:
    delattr(a, 3)
except TypeError as e:
    print("3", e)
print(repr(exit)[:8], repr(quit)[:8])
try:
    exit(3)
except SystemExit as e:
    print("exit", e.code)


# a del whose target awaits
import asyncio


class Box:
    pass


async def get(b):
    await asyncio.sleep(0)
    return b


async def main():
    b = Box()
    b.x = 1
    d = {"k": 1}
    del (await get(b)).x, d[await get("k")]
    print(hasattr(b, "x"), d)


asyncio.run(main())
