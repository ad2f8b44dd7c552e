import asyncio
import time

start = time.perf_counter()


def since():
    return f"{time.perf_counter() - start:.2f}s"


def work():
    time.sleep(1)  # a blocking call in a worker thread
    print("work: finished anyway")
    print(f"work elapsed: {since()}")
    return "done"


async def main():
    future = asyncio.create_task(asyncio.to_thread(work))
    await asyncio.sleep(0.2)
    future.cancel()
    try:
        await future
    except asyncio.CancelledError:
        print("main: future cancelled")
        print(f"cancel elapsed: {since()}")
    # asyncio.run() then waits for the worker thread to end


asyncio.run(main())
