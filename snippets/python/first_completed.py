import asyncio
import sys
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
    coros = [work("slow", 0.9), work("medium", 0.6), work("fast", 0.3)]
    if "--with-failure" in sys.argv[1:]:
        coros.append(broken())
    start = time.perf_counter()
    tasks = [asyncio.create_task(coro) for coro in coros]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED)
    first = done.pop()  # the first to end, failed or not
    first_elapsed = time.perf_counter() - start
    for task in pending:
        task.cancel()
    await asyncio.wait(pending)
    if first.exception() is None:
        print("first:", first.result())
    else:
        print("first: failed,", first.exception())
    print(f"first elapsed: {first_elapsed:.2f}s")
    print(f"all ended elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
