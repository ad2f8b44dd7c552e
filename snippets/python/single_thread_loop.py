import asyncio
import threading
import time


async def timer(n):
    await asyncio.sleep(1)
    thread = threading.current_thread().name
    print(f"timer {n} on {thread}")


async def main():
    start = time.perf_counter()
    await asyncio.gather(timer(1), timer(2), timer(3))
    print(f"elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
