# Task a awaits itself, task b awaits a. CPython 3.11's Task (the C one, _asyncio) throws "Task cannot
# await on itself" into a at its next step, leaving a marked as awaited; b runs in between, and its await
# of a fails at once with "await wasn't used with future" (the C Future's iterator), so b prints first.
# The text after the first colon is the task's repr, with the file's path: only the part before it is
# printed.
import asyncio

tasks = {}


async def awaits_itself():
    try:
        await tasks["a"]
    except RuntimeError as e:
        print("a:", str(e).split(":")[0])
        raise


async def awaits_a():
    try:
        await tasks["a"]
    except RuntimeError as e:
        print("b:", str(e).split(":")[0])


async def awaits_a_later():
    await asyncio.sleep(0.1)
    try:
        await tasks["a"]
    except RuntimeError as e:
        print("c (a is done by now):", str(e).split(":")[0])


async def main():
    tasks["a"] = asyncio.create_task(awaits_itself(), name="a")
    tasks["b"] = asyncio.create_task(awaits_a(), name="b")
    tasks["c"] = asyncio.create_task(awaits_a_later(), name="c")
    for name in "abc":
        try:
            print(name, "returned", await tasks[name])
        except RuntimeError as e:
            print(name, "raised", str(e).split(":")[0])


asyncio.run(main())
