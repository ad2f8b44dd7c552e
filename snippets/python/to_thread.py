import asyncio
import time


def seconds_since(start):
    return f"{time.perf_counter() - start:.2f}s"


def blocking_io(n):
    time.sleep(0.5)  # a blocking library call
    return n


async def in_the_loop(n):
    return blocking_io(n)  # holds the event loop's one thread


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(in_the_loop(n) for n in (1, 2, 3)))
    print("results:", results)
    print(f"one thread elapsed: {seconds_since(start)}")

    start = time.perf_counter()
    results = await asyncio.gather(
        *(asyncio.to_thread(blocking_io, n) for n in (1, 2, 3)))
    print("results:", results)
    print(f"thread per call elapsed: {seconds_since(start)}")


asyncio.run(main())
