import asyncio
import time

start = time.perf_counter()


def since():
    return f"{time.perf_counter() - start:.2f}s"


async def main():
    global start
    start = time.perf_counter()
    event = asyncio.Event()
    event.set()
    await event.wait()
    print(f"early passed elapsed: {since()}")
    event.clear()
    asyncio.get_running_loop().call_later(0.4, event.set)
    await event.wait()
    print(f"late passed elapsed: {since()}")

    permits = asyncio.BoundedSemaphore(2)
    await permits.acquire()
    permits.release()
    try:
        permits.release()
    except ValueError as e:
        print(f"extra release: ValueError: {e}")


asyncio.run(main())
