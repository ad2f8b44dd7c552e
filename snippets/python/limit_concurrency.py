import asyncio
import sys
import time

if "--bounded" in sys.argv[1:]:
    limit = asyncio.BoundedSemaphore(2)
else:
    limit = asyncio.Semaphore(2)
running = 0
max_running = 0


async def job(n):
    global running, max_running
    async with limit:
        running += 1
        max_running = max(max_running, running)
        await asyncio.sleep(0.5)
        running -= 1
        return n * n


async def main():
    if "--extra-release" in sys.argv[1:]:
        try:
            limit.release()  # a bug: one release() too many
            print("extra release: accepted")
        except ValueError as e:
            print("extra release: ValueError,", e)
    start = time.perf_counter()
    results = await asyncio.gather(*(job(n) for n in range(1, 7)))
    print("results:", results)
    print("max at once:", max_running)
    print(f"elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
