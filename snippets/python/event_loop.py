import asyncio
import time


async def return_zero():
    await asyncio.sleep(1)
    return 0


async def main():
    return await asyncio.gather(
        return_zero(),
        return_zero(),
        return_zero(),
        return_zero(),
    )


start = time.perf_counter()
# The tutorial has loop = asyncio.get_event_loop(): without a running
# loop that warns on 3.12 and 3.13 and fails on 3.14, so make one.
loop = asyncio.new_event_loop()
print("results:", loop.run_until_complete(main()))
loop.close()
print("closed:", loop.is_closed())
print(f"elapsed: {time.perf_counter() - start:.2f}s")
