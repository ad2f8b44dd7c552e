import asyncio
import time


async def slow_work():
    try:
        await asyncio.sleep(1)
        print("slow work: done")
        return "result"
    except asyncio.CancelledError:
        print("slow work: stopped early")
        raise


async def main():
    start = time.perf_counter()
    task = asyncio.create_task(slow_work())
    done, pending = await asyncio.wait({task}, timeout=0.3)
    if pending:
        print("timed out; done:", task.done())
    await task
    print(f"timeout only elapsed: {time.perf_counter() - start:.2f}s")

    start = time.perf_counter()
    task = asyncio.create_task(slow_work())
    try:
        await asyncio.wait_for(task, timeout=0.3)
    except TimeoutError:
        print("timed out; cancelled:", task.cancelled())
    elapsed = time.perf_counter() - start
    print(f"timeout and cancel elapsed: {elapsed:.2f}s")


asyncio.run(main())
