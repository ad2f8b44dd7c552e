import asyncio
import time


def seconds_since(start):
    return f"{time.perf_counter() - start:.2f}s"


async def load_locked(lock):
    async with lock:
        await asyncio.sleep(0.5)  # e.g. read a file


class Config:
    def __init__(self):
        time.sleep(0.5)  # __init__ cannot await


async def make_config():
    return Config()


async def time_all(coroutines):
    start = time.perf_counter()
    await asyncio.gather(*coroutines)
    return seconds_since(start)


async def main():
    locked = [load_locked(asyncio.Lock()) for _ in range(50)]
    print("sleep in a lock elapsed:", await time_all(locked))

    initializers = [make_config() for _ in range(4)]
    print("sleep in an initializer elapsed:",
          await time_all(initializers))


asyncio.run(main())
