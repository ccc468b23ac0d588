# collections.deque: both ends, maxlen dropping from the other end, indexing, rotate, the errors and
# reprs of CPython 3.11, mutation during iteration, a deque inside itself, and a deque as a task queue.
import asyncio
from collections import deque
import collections

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 2 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft("ab")
print(d)
d.rotate(2)
print("rotate(2)", d)
d.rotate(-3)
print("rotate(-3)", d)
d[1] = "x"
d.insert(2, "inserted")
print(d, d.index(3), d.count(4))
d.remove("x")
d.reverse()
print(d, list(d), bool(d), bool(deque()))

last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), end=" ")
print()
print(last3, last3.maxlen, deque().maxlen)
last3.appendleft(-1)
print(last3)
print(deque("abc", 2), deque(range(5), maxlen=0))

e = deque()
for op in (e.pop, e.popleft):
    try:
        op()
    except IndexError as err:
        print("IndexError:", err)
for bad in (lambda: e[0], lambda: e.remove(1), lambda: deque([1]).index(7),
            lambda: last3.insert(0, 9), lambda: deque(maxlen=-1), lambda: e.append()):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)

try:
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)
except RuntimeError as err:
    print("RuntimeError:", err)

c = deque([1, [2]])
c2 = c.copy()
c2[1].append(3)
print(c == c2, c is c2, c == deque([1, [2, 3]]), c == [1, [2, 3]], c)
selfref = deque([1])
selfref.append(selfref)
print(selfref)
a, b = deque(), deque()
a.append(b)
b.append(a)
print(a, b)
for what in (lambda: a == b, lambda: a in b):
    try:
        print(what())
    except RecursionError as err:
        print("RecursionError:", err)
deep = deque([1])
for i in range(100000):
    deep = deque([deep])
try:
    print(len(repr(deep)))
except RecursionError as err:
    print("RecursionError:", err)
twice = deque([1, 2])
twice.extend(twice)
print(twice)
twice.clear()
print(twice, type(twice), collections.deque is deque)


async def worker(name, jobs):
    while jobs:
        job = jobs.popleft()
        await asyncio.sleep(job)
        print(f"{name} finished a {job}s job")


async def main():
    jobs = deque([0.3, 0.1, 0.2, 0.4])
    await asyncio.gather(worker("w1", jobs), worker("w2", jobs))
    print("left:", jobs)


asyncio.run(main())
