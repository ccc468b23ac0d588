# Locks, events, semaphores and queues belong to the loop of their first wait (mixins.py:9-21), not to one
# given when they are made: made and used without waiting before asyncio.run, they work; kept for a second
# asyncio.run they work until they have to wait, and then raise RuntimeError. Their reprs and a queue's str
# as locks.py and queues.py print them (addresses cut off).
import asyncio


def state(obj):
    text = repr(obj)
    return text[text.index("["):] if "[" in text else text[text.index("maxsize"):]


queue = asyncio.Queue(maxsize=3)
for i in range(3):
    queue.put_nowait(i)
print(queue.qsize(), queue.empty(), queue.full(), str(queue))
try:
    queue.put_nowait(99)
except asyncio.QueueFull:
    print("QueueFull before the loop runs")
print(queue.get_nowait(), str(queue))
queue.task_done()
print(str(queue))

event = asyncio.Event()
print(event.is_set(), state(event))
event.set()
print(event.is_set(), state(event))

sem = asyncio.Semaphore(2)
print(sem.locked(), state(sem))
sem.release()
print(state(sem))
bounded = asyncio.BoundedSemaphore(1)
try:
    bounded.release()
except ValueError as e:
    print("ValueError:", e)

lock = asyncio.Lock()
print(lock.locked(), state(lock))
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

print(str(asyncio.LifoQueue()), str(asyncio.PriorityQueue(5)))
condition = asyncio.Condition()
print(state(condition))
barrier = asyncio.Barrier(2)
print(state(barrier))


async def first():
    while not queue.empty():
        print("got", await queue.get())
        queue.task_done()
    await event.wait()
    async with sem:
        async with lock:
            print("inside:", state(lock), state(sem))
    gate = asyncio.Event()

    async def opener():
        await asyncio.sleep(0.1)
        print("while a task waits:", state(gate))
        gate.set()

    opening = asyncio.create_task(opener())
    await gate.wait()  # gate is now bound to this loop
    await opening
    return gate


gate = asyncio.run(first())
print("after the first run:", state(gate))


async def second():
    gate.clear()
    print("clear and is_set need no loop:", gate.is_set())
    try:
        await asyncio.wait_for(gate.wait(), 0.1)
    except RuntimeError as e:
        message = str(e)
        print("RuntimeError:", message[message.index("["):])
    # Never bound to the first loop (it never had to wait there): it binds to this one.
    await queue.put("again")
    print("got", await queue.get(), str(queue))


asyncio.run(second())
