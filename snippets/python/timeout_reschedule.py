import asyncio
import time

start = time.perf_counter()
IDLE = 0.5


def since():
    return f"{time.perf_counter() - start:.2f}s"


async def stream():
    for i in range(3):
        await asyncio.sleep(0.3)
        yield i
    await asyncio.sleep(10)


async def main():
    global start
    start = time.perf_counter()
    loop = asyncio.get_running_loop()
    received = 0
    try:
        async with asyncio.timeout_at(loop.time() + IDLE) as cm:
            async for chunk in stream():
                received += 1
                cm.reschedule(loop.time() + IDLE)
    except TimeoutError:
        print(f"timed out elapsed: {since()}")
    print(f"chunks received: {received}")


asyncio.run(main())
