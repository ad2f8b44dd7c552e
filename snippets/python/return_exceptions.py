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
    results = await asyncio.gather(
        task("a", 0.2, True),
        task("b", 0.8, True),
        task("c", 1.0, False),
        return_exceptions=True,
    )
    for result in results:
        print(repr(result))
    print(f"elapsed: {since()}")


asyncio.run(main())
