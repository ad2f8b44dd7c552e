import asyncio
import time

RUNNERS = 3


def seconds_since(start):
    return f"{time.perf_counter() - start:.2f}s"


async def runner(n, barrier, start):
    await asyncio.sleep(0.25 * n)  # get ready
    print(f"runner {n} arrives")
    index = await barrier.wait()
    if index == RUNNERS - 1:  # the last to arrive
        print(f"barrier opens at {seconds_since(start)}")
    await asyncio.sleep(0.25)  # run together
    print(f"runner {n} done")


async def main():
    start = time.perf_counter()
    barrier = asyncio.Barrier(RUNNERS)
    async with asyncio.TaskGroup() as tg:
        for n in range(1, RUNNERS + 1):
            tg.create_task(runner(n, barrier, start))
    print(f"elapsed: {seconds_since(start)}")


asyncio.run(main())
