import asyncio
import time

start = time.perf_counter()


def since():
    return f"{time.perf_counter() - start:.2f}s"


async def busy(checks):
    end = time.perf_counter() + 0.5  # 0.5 s of CPU
    while time.perf_counter() < end:
        if checks:
            await asyncio.sleep(0)  # a point where cancel can land
    print("loop: ran to the end")


async def run(checks):
    global start
    start = time.perf_counter()
    task = asyncio.create_task(busy(checks))
    await asyncio.sleep(0.1)
    print(f"cancel elapsed: {since()}")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("loop: saw the cancel")
    label = "checking" if checks else "unchecked"
    print(f"{label} elapsed: {since()}")


async def main():
    await run(False)
    await run(True)


asyncio.run(main())
