import asyncio
import time

start = time.perf_counter()


def since():
    return f"{time.perf_counter() - start:.2f}s"


async def task(name, seconds, fails):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{name} cancelled elapsed: {since()}")
        raise
    if fails:
        print(f"{name} failed elapsed: {since()}")
        raise ValueError(f"{name} failed")
    print(f"{name} done elapsed: {since()}")
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(task("a", 0.2, True))
            group.create_task(task("b", 0.8, True))
            group.create_task(task("c", 1.0, False))
    except ExceptionGroup as e:
        print(f"ExceptionGroup: {list(e.exceptions)}")
        print(f"raised elapsed: {since()}")


asyncio.run(main())
