import asyncio
import time

WORKERS = 4


def seconds_since(start):
    return f"{time.perf_counter() - start:.2f}s"


async def worker(n, ready, start):
    await ready.wait()
    print(f"worker {n} starts at {seconds_since(start)}")
    await asyncio.sleep(0.5)  # work


async def main():
    ready = asyncio.Event()
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for n in range(1, WORKERS + 1):
            tg.create_task(worker(n, ready, start))
        await asyncio.sleep(0.5)
        print(f"set at {seconds_since(start)}")
        ready.set()
    print(f"elapsed: {seconds_since(start)}")


asyncio.run(main())
