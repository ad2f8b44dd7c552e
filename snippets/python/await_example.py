import asyncio
import time


async def return_zero():
    await asyncio.sleep(1)
    return 0


async def main():
    start = time.perf_counter()
    result = await return_zero()
    print("return_zero() returned", result)
    print(f"elapsed: {time.perf_counter() - start:.2f}s")
    return result


print("main() returned", asyncio.run(main()))
