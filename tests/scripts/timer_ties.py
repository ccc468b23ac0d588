# Timers due at the same moment (docs/runtime.md, "Equal deadlines"). Each part prints what plain python3
# prints on a real clock in most runs, where a delay counts from the late wake-up at which it was armed.
# Where two deadlines differ by less than a millisecond (halves_and_one, more_sleeps_come_later) some real
# runs print two of the lines the other way round, more of them on a busy machine.
import asyncio


async def tick(name):
    i = 0
    while True:
        print(name, i)
        i += 1
        await asyncio.sleep(1)


async def timeout_before_the_third_tick():
    # The timeout was armed at 0 s, the ticks due at 3 s after the loop's sleep at 2 s.
    t1 = asyncio.create_task(tick("a"))
    t2 = asyncio.create_task(tick("b"))
    try:
        await asyncio.wait_for(t1, timeout=3)
    except asyncio.TimeoutError:
        print("timeout")
    t2.cancel()
    await asyncio.sleep(0)
    print("a cancelled:", t1.cancelled(), "b cancelled:", t2.cancelled())


async def job(i):
    await asyncio.sleep(1)
    asyncio.get_running_loop().call_soon(print, "callback", i)
    print("result", i)


async def armed_together_fire_together():
    # Three timers armed in one pass: all three results before any callback they scheduled.
    await asyncio.gather(job(1), job(2), job(3))


async def half_and_half():
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.5)
    print("half and half woke at 1")
    await asyncio.sleep(0)
    print("half and half after sleep(0)")


async def one_second():
    await asyncio.sleep(1)
    print("one second woke at 1")
    await asyncio.sleep(0)
    print("one second after sleep(0)")


async def halves_and_one():
    # Both are due at 1 s. The second half-second was armed at a wake-up late by under a millisecond; the
    # wake-up at 1 s starts from that same moment and rounds its wait up, so both fire together.
    await asyncio.gather(half_and_half(), one_second())


async def sleeper(name, parts):
    for part in parts:
        await asyncio.sleep(part)
    print(name, "woke at 1")
    await asyncio.sleep(0)
    print(name, "after sleep(0)")


async def more_sleeps_come_later():
    # All four reach 1 s; each sleep adds its wake-up's lateness, so they come out one wake-up each, the
    # one with the most sleeps last.
    await asyncio.gather(sleeper("one", [1]), sleeper("halves", [0.5] * 2), sleeper("quarters", [0.25] * 4),
                         sleeper("tenths", [0.1] * 10))


async def setter(event):
    await asyncio.sleep(1)
    await asyncio.sleep(1)
    event.set()
    print("set")


async def watcher(event):
    await asyncio.sleep(2)
    print("watcher: is_set", event.is_set())


async def an_event_set_at_the_same_moment():
    event = asyncio.Event()
    await asyncio.gather(watcher(event), setter(event))


async def call_later_zero_after_a_tie():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(1, print, "first at 1")
    await asyncio.sleep(0.5)
    loop.call_later(0.5, print, "second at 1")
    loop.call_later(0, print, "zero delay at 0.5")
    await asyncio.sleep(1)
    print("done at", round(loop.time() - start, 1))


async def set_later(flag, parts):
    for part in parts:
        await asyncio.sleep(part)
    flag.append("set")


async def busy_loop_still_reaches_a_waiting_timer():
    # The flag's timer is reached at 3 s but waits (three sleeps of lateness); the poller below keeps the
    # loop busy with sleep(0) from 3 s on, and still sees the flag after some passes, as on a real clock.
    flag = []
    setter = asyncio.create_task(set_later(flag, [1, 1, 1]))
    await asyncio.sleep(3)
    spins = 0
    while not flag:
        spins += 1
        await asyncio.sleep(0)
    print("flag seen after spinning:", spins > 0)
    await setter


for part in (timeout_before_the_third_tick, armed_together_fire_together, halves_and_one,
             more_sleeps_come_later, an_event_set_at_the_same_moment, call_later_zero_after_a_tie,
             busy_loop_still_reaches_a_waiting_timer):
    print("--", part.__name__)
    asyncio.run(part())
