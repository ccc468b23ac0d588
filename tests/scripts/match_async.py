# match statements in coroutines: `await` in the subject, in guards and in case bodies; workers taking
# different cases run side by side on the virtual clock.
import asyncio
import dataclasses


@dataclasses.dataclass
class Job:
    title: str
    seconds: float


@dataclasses.dataclass
class Stop:
    reason: str


def now():
    return round(asyncio.get_running_loop().time(), 2)


async def is_slow(job):
    await asyncio.sleep(0.1)
    return job.seconds >= 1


async def worker(name, queue):
    handled = 0
    while True:
        match await queue.get():
            case Job(title, seconds) as job if await is_slow(job):
                print(f"{now()} {name}: slow job {title}")
                await asyncio.sleep(seconds)
                print(f"{now()} {name}: finished {title}")
            case Job(title, seconds):
                await asyncio.sleep(seconds)
                print(f"{now()} {name}: quick job {title}")
            case {"ping": n} | [n, "ping"]:
                print(f"{now()} {name}: ping {n}")
                continue
            case Stop(reason):
                print(f"{now()} {name}: stopping ({reason}) after {handled} jobs")
                return name, handled
            case other:
                print(f"{now()} {name}: cannot handle {other!r}")
        handled += 1


async def producer(queue):
    for item in [Job("a", 2), Job("b", 0.5), {"ping": 1}, Job("c", 1), [2, "ping"], "junk", Job("d", 0.2)]:
        await queue.put(item)
        await asyncio.sleep(0.05)
    for _ in range(2):
        await queue.put(Stop("no more work"))


async def fetch(kind, delay):
    await asyncio.sleep(delay)
    return {"kind": kind, "delay": delay}


async def dispatch(kind, delay):
    # the subject, a guard and a body each wait
    match await fetch(kind, delay):
        case {"kind": "fast", "delay": d} if d < await fetch_limit():
            return f"fast within the limit ({d})"
        case {"kind": "fast"}:
            return "fast but over the limit"
        case {"kind": "nested", "delay": d}:
            match await fetch("inner", d):
                case {"kind": "inner"}:
                    await asyncio.sleep(d)
                    return f"nested, waited {2 * d}"
        case {"kind": k}:
            return f"unknown kind {k}"


async def fetch_limit():
    await asyncio.sleep(0.01)
    return 0.5


async def ticks():
    for i in range(3):
        await asyncio.sleep(0.2)
        yield i


async def numbers():
    # no await inside this match: it runs on the synchronous evaluator inside a coroutine
    seen = []
    async for tick in ticks():
        match tick:
            case 0:
                seen.append("zero")
            case n if n % 2:
                seen.append(f"odd {n}")
            case n:
                seen.append(f"even {n}")
    return seen


def labels(values):
    # a generator: `yield` inside a case body
    for v in values:
        match v:
            case int(n):
                yield f"int {n}"
            case str(s):
                yield f"str {s}"
                yield f"again {s}"


async def failing_guard():
    async def check(x):
        await asyncio.sleep(0.1)
        return 1 / x

    match 0:
        case n if await check(n):
            return "not reached"


async def main():
    queue = asyncio.Queue()
    results = await asyncio.gather(worker("w1", queue), worker("w2", queue), producer(queue))
    print(now(), "workers:", results[:2])
    print(now(), await asyncio.gather(dispatch("fast", 0.2), dispatch("fast", 0.7), dispatch("nested", 0.3),
                                     dispatch("odd", 0.1)))
    print(now(), await numbers())
    print(now(), list(labels([1, "x", 2.5, 3])))
    try:
        await failing_guard()
    except ZeroDivisionError as e:
        print(now(), "the guard raised:", e)


asyncio.run(main())
