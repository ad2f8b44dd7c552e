import asyncio
import time

start = time.perf_counter()
limit = asyncio.Semaphore(3)
running = 0
max_running = 0


def since():
    return f"{time.perf_counter() - start:.2f}s"


async def run(n, seconds):
    global running, max_running
    async with limit:
        running += 1
        max_running = max(max_running, running)
        started = since()
        await asyncio.sleep(seconds)
        running -= 1
    return f"job {n} started elapsed: {started}"


async def main():
    jobs = [(1, 0.8), (2, 0.4), (3, 0.4), (4, 0.4), (5, 0.4)]
    results = await asyncio.gather(*(run(n, s) for n, s in jobs))
    for line in results:
        print(line)
    print("max at once:", max_running)
    print(f"elapsed: {since()}")


asyncio.run(main())
