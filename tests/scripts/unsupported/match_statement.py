import asyncio


async def main(x):
    match x:
        case 1:
            print("one")


asyncio.run(main(1))
