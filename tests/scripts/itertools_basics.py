# itertools: infinite and terminating iterators, groupby and the combinatoric generators.
import asyncio
import itertools
from itertools import count, cycle, repeat, chain, islice, product, permutations, combinations

print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(cycle("abc"), 7)), list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), list(islice(repeat(0), 4)), list(repeat(1, 0)))
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice("abcdefgh", 2, 6)), list(islice(range(10), 1, None, 3)), list(islice(range(3), 0)))
print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=2))), list(product()))
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2))[:5], len(list(permutations(range(5), 3))))
print(list(combinations("abcd", 2)), list(combinations(range(3), 5)))
print(list(itertools.combinations_with_replacement("ab", 2)))
for key, group in itertools.groupby("aaabccdda"):
    print(key, list(group))
data = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
print([(k, [n for _, n in g]) for k, g in itertools.groupby(data, key=lambda p: p[0])])
print([k for k, _ in itertools.groupby([1, 1, 2, 3, 3])])
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
print(list(itertools.accumulate([1, 2], initial=100)), list(itertools.accumulate([])))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.zip_longest([1, 2], [])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(6))), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.pairwise([1])))
ids = count(1)
print(next(ids), next(ids), next(ids))


async def worker(name, delay, ids):
    await asyncio.sleep(delay)
    return f"{name}-{next(ids)}"


async def main():
    ids = count(100)
    names = islice(cycle(["a", "b"]), 5)
    print(await asyncio.gather(*(worker(n, d, ids) for n, d in zip(names, count(0.5, -0.1)))))


asyncio.run(main())
