import asyncio, time
def slow():
    print("slow starts")
    time.sleep(5)
    print("slow ends")
async def main():
    asyncio.get_running_loop().run_in_executor(None, slow)
    await asyncio.sleep(1)
    raise RuntimeError("main fails")
asyncio.run(main())
