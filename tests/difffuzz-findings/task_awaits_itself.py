# Task a awaits itself, task b awaits a.  CPython 3.11's default C Task (_asyncio) resumes b while
# a is still pending, so b gets "await wasn't used with future" (Lib/asyncio/futures.py,
# Future.__await__) and prints first; a gets "Task cannot await on itself: <repr>".  The pure-Python
# Task of Lib/asyncio/tasks.py (asyncio.tasks._PyTask) gives both tasks "Task cannot await on
# itself", a first -- what Awaitscope prints -- so the rule lives in Modules/_asynciomodule.c
# (task_step_impl), not in Lib/asyncio.  Only the text before the first colon is printed: the
# repr after it shows the installation's paths.  The fuzzer met this before its join() helper
# refused to await the current task.
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


async def main():
    tasks["a"] = asyncio.create_task(awaits_itself(), name="a")
    tasks["b"] = asyncio.create_task(awaits_a(), name="b")
    await asyncio.gather(tasks["a"], tasks["b"], return_exceptions=True)


asyncio.run(main())
