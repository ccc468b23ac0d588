# Each native iterator is of its own type, named as CPython 3.11 names it; itertools' types belong to the
# module itertools. type(x).__name__ is what a learner prints when asking "what did zip give me?".
import asyncio
import itertools

xs = [3, 1, 2]
made = {
    "zip": zip(xs, xs),
    "map": map(str, xs),
    "filter": filter(None, xs),
    "enumerate": enumerate(xs),
    "reversed list": reversed(xs),
    "reversed range": reversed(range(3)),
    "reversed str": reversed("abc"),
    "reversed dict": reversed({1: 2}),
    "iter list": iter(xs),
    "iter tuple": iter((1,)),
    "iter ascii str": iter("ab"),
    "iter str": iter("été"),
    "iter range": iter(range(3)),
    "iter dict": iter({1: 2}),
    "iter set": iter({1}),
    "count": itertools.count(),
    "chain": itertools.chain(xs),
    "islice": itertools.islice(xs, 1),
    "cycle": itertools.cycle(xs),
    "product": itertools.product(xs),
    "accumulate": itertools.accumulate(xs),
    "pairwise": itertools.pairwise(xs),
}
for label, it in made.items():
    t = type(it)
    print(f"{label:15} {t.__name__:22} {t.__module__:10} {t}")
print(type(zip()) is type(zip([1])), type(iter([])) is type(iter("a")))
print(type(itertools.count(5)) is type(itertools.count()), repr(type(map(abs, xs))))



class Local:
    pass


# the module a class belongs to: built-in types, the program's own, a standard module's
print(int.__module__, Local.__module__, type(Local()).__module__, asyncio.Lock.__module__)


async def main():
    # the same inside a task, where the loop hands the iterator over
    await asyncio.sleep(0)
    return [type(x).__name__ for x in (zip(), enumerate(xs), iter(xs))]


print(asyncio.run(main()))
