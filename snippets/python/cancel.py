import asyncio
import time


async def worker():
    print("worker: started")
    try:
        await asyncio.sleep(1)
        print("worker: finished")
    except asyncio.CancelledError:
        print("worker: CancelledError")
        raise
    finally:
        print("worker: cleanup in finally")


async def main():
    start = time.perf_counter()
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: await raised CancelledError")
    print("main: cancelled", task.cancelled())
    print(f"elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
