import asyncio
import time

start = time.perf_counter()


def since():
    return f"{time.perf_counter() - start:.2f}s"


async def party(name, barrier):
    try:
        async with asyncio.timeout(2):
            await barrier.wait()
        print(f"{name} passed")
    except (asyncio.BrokenBarrierError, TimeoutError):
        print(f"{name} broken elapsed: {since()}")


async def main():
    global start
    start = time.perf_counter()
    barrier = asyncio.Barrier(3)
    async with asyncio.TaskGroup() as group:
        for name in ("a", "b"):
            group.create_task(party(name, barrier))
        await asyncio.sleep(0.4)
        await barrier.abort()
    print(f"broken now: {barrier.broken}")


asyncio.run(main())
