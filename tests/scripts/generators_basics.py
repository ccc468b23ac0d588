# Generators: yield, return values, next() with a default, iteration by everything that iterates.


def countdown(n):
    print("countdown starts")
    while n > 0:
        yield n
        n -= 1
    print("countdown ends")
    return "liftoff"


gen = countdown(3)
print(type(gen).__name__, gen.__name__, gen.__qualname__)
print(repr(gen).startswith("<generator object countdown at 0x"))
print(iter(gen) is gen)
print(next(gen))
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(gen, "exhausted"))
try:
    next(gen)
except StopIteration as e:
    print("again:", repr(e.value), e.args)

# everything that iterates
print(list(countdown(3)))
print(sum(countdown(4)), tuple(countdown(2)), sorted(countdown(3)))
print(max(countdown(5)), min(countdown(5)), any(countdown(2)), all(countdown(2)))
print(sorted(set(countdown(2))), dict(zip(countdown(2), "ab")))
print([x * 10 for x in countdown(3)], {x: x * x for x in countdown(2)})
print(" ".join(str(x) for x in countdown(3)))
a, b, c = countdown(3)
print(a, b, c, *countdown(2))
print(list(zip(countdown(3), "abc")), list(enumerate(countdown(2))))
print(list(map(str, countdown(2))), list(filter(lambda x: x % 2, countdown(5))))
for i, value in enumerate(countdown(2)):
    print("loop", i, value)
else:
    print("loop finished")
print(3 in countdown(5), 9 in countdown(5))


# lazy generator expressions
def noisy(items):
    for item in items:
        print("producing", item)
        yield item


squares = (x * x for x in noisy([1, 2, 3]))
print("nothing produced yet")
print(repr(squares).startswith("<generator object <genexpr> at 0x"))
print(next(squares))
print(list(squares))
print(list(squares))
evens = (x for x in range(10) if x % 2 == 0)
pairs = ((x, y) for x in range(3) for y in "ab" if x != 1)
print(list(evens), list(pairs))


def scale(factor):
    return list(x * factor for x in range(3))


print(scale(5))


# an infinite generator consumed with a limit
def naturals():
    n = 0
    while True:
        yield n
        n += 1


taken = []
for n in naturals():
    if n >= 5:
        break
    taken.append(n)
print(taken)
gen = naturals()
print([next(gen) for _ in range(4)])


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, iterable):
    result = []
    for x in iterable:
        if len(result) == n:
            return result
        result.append(x)
    return result


print(take(10, fib()))


# generators close over their scope; the body starts on the first next()
def counter(start):
    total = start

    def add(x):
        nonlocal total
        total += x
        return total

    yield add(1)
    yield add(10)
    yield total


print(list(counter(100)))


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


tree = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(tree))


# a generator method and a generator with a try/finally
class Inventory:
    def __init__(self):
        self.items = ["apple", "pear"]

    def each(self):
        try:
            for item in self.items:
                yield item.upper()
        finally:
            print("inventory done")


print(list(Inventory().each()))
for item in Inventory().each():
    print("first item", item)
    break
print("after break")


# StopIteration raised inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("oops")


try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


# "generator already executing"
def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


# an exception inside a generator ends it
def fails():
    yield 1
    raise KeyError("boom")
    yield 2


g = fails()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
print(next(g, "done after error"))


# yield as an expression, in its different places
def pairs():
    x = yield 1, 2
    print("x", x)
    y = (yield)
    print("y", y)
    print("inline", (yield "a"))
    z = yield
    return x, y, z


g = pairs()
print(next(g))
print(g.send("one"))
print(g.send("two"))
print(g.send("three"))
try:
    g.send("four")
except StopIteration as e:
    print("stop", e.value)


class Config:
    names = ["a", "b"]
    upper = list(n.upper() for n in names)

    def items(self):
        yield from self.names


print(Config.upper, list(Config().items()))


def gen_running():
    print("running inside:", me.gi_running)
    yield


me = gen_running()
print("before:", me.gi_running)
next(me)


def down(n):
    if n:
        yield from down(n - 1)
    yield n


try:
    print(sum(down(2000)))
except RecursionError as e:
    print("RecursionError", e)


def bad():
    yield 1
    return 1 / 0


def user():
    return list(bad())


try:
    user()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
