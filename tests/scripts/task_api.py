# Task methods: names, done/result/exception, done callbacks, current_task and all_tasks.
import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n * 10


async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name())
    t = asyncio.create_task(work(1), name="worker")
    print(t.get_name(), t.done(), len(asyncio.all_tasks()))
    t.add_done_callback(lambda task: print("callback: done with", task.result()))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t
    await asyncio.sleep(0)
    print(t.done(), t.result(), t.exception(), t.cancelled())
    t.set_name("renamed")
    print(t.get_name())
    u = asyncio.create_task(work(1))
    print(u.get_name().startswith("Task-"))
    await u


asyncio.run(main())
