import asyncio
import time


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.2)
        yield i


async def square(x):
    await asyncio.sleep(0.2)
    return x * x


def since(start):
    return f"{time.perf_counter() - start:.2f}s"


async def main():
    start = time.perf_counter()
    squares = [i * i async for i in ticks(3)]
    print(f"async comprehension: {squares}")
    print(f"generator elapsed: {since(start)}")

    start = time.perf_counter()
    awaited = [await square(i) for i in range(3)]
    print(f"awaited in a comprehension: {awaited}")
    print(f"one by one elapsed: {since(start)}")

    start = time.perf_counter()
    gathered = await asyncio.gather(*(square(i) for i in range(3)))
    print(f"gathered: {gathered}")
    print(f"gathered elapsed: {since(start)}")


asyncio.run(main())
