import asyncio
import time


async def work(name):
    await asyncio.sleep(0.5)
    return name


async def main():
    started = False

    async def mark_started():
        nonlocal started
        started = True

    task = asyncio.create_task(mark_started())
    busy = time.perf_counter()
    while not started and time.perf_counter() - busy < 0.3:
        pass  # keep the CPU, never await
    print("started while main kept the CPU:", started)
    await task

    start = time.perf_counter()
    a = asyncio.create_task(work("a"))
    b = asyncio.create_task(work("b"))
    c = asyncio.create_task(work("c"))
    print("tasks created")
    results = [await a, await b, await c]
    print("results:", results)
    print(f"elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
