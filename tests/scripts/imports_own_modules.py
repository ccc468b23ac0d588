# A program that imports modules of its own from its folder, as the book's listings import `util`.
import asyncio

import ownmodules
import ownmodules.work as work
from ownmodules import pause, timed
from ownmodules.cycle_a import partner
from ownmodules.ns.leaf import WHERE

print(ownmodules.__name__, ownmodules.LOADED, work.__name__)
print(pause.__module__, timed.__module__, pause.__name__)
print(work.Job, type(work.Job("x")).__name__, work.WorkFailed.__module__)
print("cycle:", partner(), ownmodules.cycle_b.partner(), ownmodules.cycle_b.SEEN_FROM_A)
print("namespace:", WHERE)

for attempt in range(2):
    try:
        import ownmodules.broken
    except RuntimeError as e:
        print("import failed:", e, "| not imported:", not hasattr(ownmodules, "broken"))

try:
    import ownmodules.bad_syntax
except SyntaxError as e:
    print("syntax error in a module:", type(e).__name__)

try:
    import ownmodules.missing
except ModuleNotFoundError as e:
    print(e)

try:
    from ownmodules import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])


@timed("main")
async def main():
    first = asyncio.create_task(pause(1.5))
    await pause(1)
    print("counter seen through the module:", work.counter, "and set from here:", end=" ")
    work.counter = 10
    print(work.count())
    await first
    await asyncio.create_task(work.fail(0.5), name="failing")


asyncio.run(main())
