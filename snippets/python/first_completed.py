import asyncio
import time


async def work(name, seconds):
    try:
        await asyncio.sleep(seconds)
        return name
    except asyncio.CancelledError:
        print(f"{name}: stopped early")
        raise


async def main():
    start = time.perf_counter()
    tasks = [
        asyncio.create_task(work("slow", 0.9)),
        asyncio.create_task(work("medium", 0.6)),
        asyncio.create_task(work("fast", 0.3)),
    ]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED)
    first = done.pop().result()
    first_elapsed = time.perf_counter() - start
    for task in pending:
        task.cancel()
    await asyncio.wait(pending)
    print("first:", first)
    print(f"first elapsed: {first_elapsed:.2f}s")
    print(f"all ended elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
