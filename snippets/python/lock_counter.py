import asyncio

TASKS = 10
TIMES = 1_000

counter = 0


async def add():
    global counter
    value = counter
    await asyncio.sleep(0)  # another task may run here
    counter = value + 1


async def locked_add(lock):
    async with lock:
        await add()


async def run_tasks(add):
    global counter
    counter = 0

    async def task():
        for _ in range(TIMES):
            await add()

    async with asyncio.TaskGroup() as tg:
        for _ in range(TASKS):
            tg.create_task(task())


async def main():
    expected = TASKS * TIMES
    await run_tasks(add)
    print(f"unsafe counter: {counter} of {expected}")
    lock = asyncio.Lock()
    await run_tasks(lambda: locked_add(lock))
    print(f"locked counter: {counter} of {expected}")

    async with lock:
        try:
            await asyncio.wait_for(lock.acquire(), timeout=0.1)
            print("lock again while holding it: ok")
        except TimeoutError:
            print("lock again while holding it: timed out")


asyncio.run(main())
