import asyncio
import time


async def return_zero():
    await asyncio.sleep(1)
    return 0


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        return_zero(),
        return_zero(),
        return_zero(),
        return_zero(),
    )
    print("results:", results)
    print(f"elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
