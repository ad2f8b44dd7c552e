import asyncio
import time


async def work(name, seconds):
    try:
        await asyncio.sleep(seconds)
        return name
    except asyncio.CancelledError:
        print(f"{name}: stopped early")
        raise


async def broken():
    await asyncio.sleep(0.1)
    raise RuntimeError("broken")


async def main():
    start = time.perf_counter()
    pending = {
        asyncio.create_task(broken(), name="broken"),
        asyncio.create_task(work("slow", 0.9), name="slow"),
        asyncio.create_task(work("fast", 0.3), name="fast"),
    }
    succeeded = []
    while pending and not succeeded:
        done, pending = await asyncio.wait(
            pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task.exception() is None:
                succeeded.append(task)
            else:
                print("completed first, failed:", task.get_name())
    first_elapsed = time.perf_counter() - start
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.wait(pending)
    if not succeeded:  # like Java's FailedException
        raise RuntimeError("every task failed")
    print("first success:", succeeded[0].result())
    print(f"first elapsed: {first_elapsed:.2f}s")
    print(f"all ended elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
