import asyncio
import resource
import time

TASKS = 100_000


async def wait_one_second():
    await asyncio.sleep(1)
    return 1


async def main():
    start = time.perf_counter()
    done = sum(await asyncio.gather(
        *(wait_one_second() for _ in range(TASKS))))
    print(f"tasks: {TASKS}, done: {done}")
    print(f"elapsed: {time.perf_counter() - start:.2f}s")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory: {peak_kb // 1024} MB")


asyncio.run(main())
