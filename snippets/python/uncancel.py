import asyncio
import time

start = time.perf_counter()


def since():
    return f"{time.perf_counter() - start:.2f}s"


async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"cancel arrived elapsed: {since()}")
        print(f"cancelling: {me.cancelling()}")
        me.uncancel()
        print(f"after uncancel: {me.cancelling()}")
    await asyncio.sleep(0.3)
    print(f"finished elapsed: {since()}")
    return "finished"


async def main():
    global start
    start = time.perf_counter()
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.2)
    task.cancel()
    print(f"result: {await task}")
    print(f"cancelled: {task.cancelled()}")


asyncio.run(main())
