import asyncio
import platform
import sys
import time
import tracemalloc


async def wait_one_second():
    await asyncio.sleep(1)
    return 1


# Memory per task while `tasks` tasks all wait, traced by tracemalloc
async def wait_all(tasks):
    go = asyncio.Event()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    waiters = [asyncio.create_task(go.wait()) for _ in range(tasks)]
    await asyncio.sleep(0)  # every task runs up to its wait
    memory = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    go.set()
    await asyncio.gather(*waiters)
    return memory // tasks


async def main(tasks):
    await wait_all(1_000)  # warm-up, as the Java twin
    start = time.perf_counter()
    done = sum(await asyncio.gather(
        *(wait_one_second() for _ in range(tasks))))
    elapsed = time.perf_counter() - start
    print(f"python: {platform.python_version()}")
    print(f"tasks: {tasks}, done: {done}")
    print(f"elapsed: {elapsed:.2f}s")
    print(f"per task: {await wait_all(tasks)} bytes")


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
