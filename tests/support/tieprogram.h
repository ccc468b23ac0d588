#pragma once

// docs/runtime.md, "Equal deadlines": two tasks tick with sleep(1) while main waits for the first with a
// 3 s timeout, then cancels the second. The ticks due at 3 s were armed at the loop's third wake-up, the
// timeout before any, so plain python3 fires the timeout alone and prints no "b 3".
namespace testing {

inline constexpr const char *kTicksAndTimeoutProgram = "import asyncio\n"
                                                       "async def tick(name):\n"
                                                       "    i = 0\n"
                                                       "    while True:\n"
                                                       "        print(name, i)\n"
                                                       "        i += 1\n"
                                                       "        await asyncio.sleep(1)\n"
                                                       "async def main():\n"
                                                       "    t1 = asyncio.create_task(tick('a'), name='a')\n"
                                                       "    t2 = asyncio.create_task(tick('b'), name='b')\n"
                                                       "    try:\n"
                                                       "        await asyncio.wait_for(t1, timeout=3)\n"
                                                       "    except asyncio.TimeoutError:\n"
                                                       "        print('timeout')\n"
                                                       "    t2.cancel()\n"
                                                       "asyncio.run(main())\n";

} // namespace testing
