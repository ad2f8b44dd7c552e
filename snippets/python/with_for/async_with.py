import asyncio
import time


class AsyncAdd:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    async def __aenter__(self):
        print("enter")
        await asyncio.sleep(0.5)
        return self.a + self.b

    async def __aexit__(self, exc_type, exc_value, traceback):
        await asyncio.sleep(0.5)
        print("exit")


async def main():
    start = time.perf_counter()
    async with AsyncAdd(1, 2) as result:
        print("body:", result)
    print(f"elapsed: {time.perf_counter() - start:.2f}s")

    try:
        async with AsyncAdd(1, 2):
            print("body: raises")
            raise ValueError("boom")
    except ValueError as e:
        print("caught:", e)


asyncio.run(main())
