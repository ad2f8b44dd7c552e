import asyncio
import time

start = time.perf_counter()


def since():
    return f"{time.perf_counter() - start:.2f}s"


async def job(name, seconds, fails):
    await asyncio.sleep(seconds)
    if fails:
        raise RuntimeError(f"{name} failed")
    return name


async def main():
    global start
    start = time.perf_counter()
    tasks = [
        asyncio.create_task(job("fast", 0.2, False), name="fast"),
        asyncio.create_task(job("bad", 0.4, True), name="bad"),
        asyncio.create_task(job("slow", 1.5, False), name="slow"),
    ]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in done:
        if t.exception():
            print(f"error: {t.exception()}")
    print(f"returned elapsed: {since()}")
    print("done:", ", ".join(sorted(t.get_name() for t in done)))
    for t in pending:
        print(f"pending: {t.get_name()}")
        t.cancel()
    await asyncio.wait(pending)


asyncio.run(main())
