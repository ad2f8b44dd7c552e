import asyncio
import time

start = time.perf_counter()


def since():
    return f"{time.perf_counter() - start:.2f}s"


async def task(name, seconds, fails):
    await asyncio.sleep(seconds)
    if fails:
        print(f"{name} failed elapsed: {since()}")
        raise ValueError(f"{name} failed")
    print(f"{name} done elapsed: {since()}")
    return name


async def main():
    a = asyncio.create_task(task("a", 0.2, True))
    b = asyncio.create_task(task("b", 0.8, True))
    c = asyncio.create_task(task("c", 1.0, False))
    try:
        await asyncio.gather(a, b, c)
    except ValueError as e:
        print(f"gather raised: {e}")
        print(f"raised elapsed: {since()}")
    await asyncio.wait([b, c])  # they are still running
    print("c cancelled:", c.cancelled())


asyncio.run(main())
