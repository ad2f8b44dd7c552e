# The tutorial calls this file asyncio.py; that name would shadow
# the asyncio module when run, hence async_example.py.
import asyncio
import time


async def task(n):
    print(f"task {n} start")
    await asyncio.sleep(1)
    return f"task {n} done"


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(task(1), task(2), task(3))
    for result in results:
        print(result)
    print(f"elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
