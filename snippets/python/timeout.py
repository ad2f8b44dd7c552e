import asyncio
import time


async def work(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"{name} work: done")
        return name
    except asyncio.CancelledError:
        print(f"{name} work: stopped early")
        raise


async def main():
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.5):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(work("fast", 0.1))
                tg.create_task(work("slow", 1.5))
            print("all finished")
    except TimeoutError:
        print("timed out")
    print(f"elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
