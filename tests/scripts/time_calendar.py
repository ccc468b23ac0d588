# time's calendar functions on the program's clock: it starts at the Unix epoch, local time is UTC.
import asyncio
import time

print(time.localtime())
print(time.gmtime(86400 * 365 + 3661))
t = time.localtime()
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t[0], len(t))
print(time.strftime("%Y-%m-%d %H:%M:%S"), time.strftime("%a %d %b %Y, %I:%M %p", time.gmtime(1700000000)))
print(time.ctime(), time.ctime(1234567890))
time.sleep(3725.5)
print(time.strftime("%H:%M:%S"), time.localtime().tm_sec)
print(time.mktime(time.gmtime(1000000)))


async def tick(n):
    await asyncio.sleep(n * 60)
    return time.strftime("%H:%M")


async def main():
    print(await asyncio.gather(tick(1), tick(2)))


asyncio.run(main())
