import asyncio


async def return_zero():
    print("return_zero() runs")
    return 0


async def main():
    later = return_zero()
    print("created:", later)
    print("awaiting it:")
    print("result:", await later)

    now = asyncio.create_task(return_zero())
    await asyncio.sleep(0.5)
    print("not awaited yet, done:", now.done())
    print("result:", await now)


asyncio.run(main())
