import asyncio
import time


class AsyncCounter:
    def __init__(self, stop):
        self.current = 0
        self.stop = stop

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current < self.stop:
            await asyncio.sleep(0.5)
            self.current += 1
            return self.current
        raise StopAsyncIteration


async def main():
    start = time.perf_counter()
    async for item in AsyncCounter(3):
        elapsed = time.perf_counter() - start
        print(f"item {item} elapsed: {elapsed:.2f}s")
    print(f"elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
