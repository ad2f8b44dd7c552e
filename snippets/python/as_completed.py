import asyncio
import time


async def work(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    start = time.perf_counter()
    tasks = [
        asyncio.create_task(work("slow", 0.9)),
        asyncio.create_task(work("medium", 0.6)),
        asyncio.create_task(work("fast", 0.3)),
    ]
    for next_done in asyncio.as_completed(tasks):
        name = await next_done
        print(f"{name} elapsed: {time.perf_counter() - start:.2f}s")
    print(f"all elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
