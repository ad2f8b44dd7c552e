import asyncio
import time

start = time.perf_counter()


def since():
    return f"{time.perf_counter() - start:.2f}s"


async def job(name, seconds, error=None):
    await asyncio.sleep(seconds)
    if error:
        raise error
    return name


async def main():
    global start
    start = time.perf_counter()
    outcomes = await asyncio.gather(
        job("a", 0.2, ValueError("a failed")),
        job("b", 0.3, TimeoutError("b failed")),
        job("c", 0.5),
        return_exceptions=True)
    errors = [o for o in outcomes if isinstance(o, Exception)]
    try:
        if errors:
            raise ExceptionGroup("jobs failed", errors)
    except* ValueError as group:
        print(f"joined elapsed: {since()}")
        print(f"failures: {len(errors)}")
        for e in group.exceptions:
            print(f"value error: {e}")
    except* TimeoutError as group:
        for e in group.exceptions:
            print(f"timeout: {e}")


asyncio.run(main())
