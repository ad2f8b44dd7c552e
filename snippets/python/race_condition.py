import asyncio
import sys
import threading
import time

THREADS = 8
TIMES = 200

counter = 0
lock = threading.Lock()
use_asyncio = "asyncio" in sys.argv  # program argument "asyncio"
pause = "no-pause" not in sys.argv  # program argument "no-pause"


# A short wait between read and write, where others get in
def unsafe_work(start):
    global counter
    start.wait()
    for _ in range(TIMES):
        value = counter  # read
        if pause:
            time.sleep(0.001)
        counter = value + 1  # write


def safe_work(start):
    global counter
    start.wait()
    for _ in range(TIMES):
        if pause:
            time.sleep(0.001)
        with lock:  # read and write as one
            counter += 1


def run_threads(work):
    start = threading.Barrier(THREADS)
    threads = [threading.Thread(target=work, args=(start,))
               for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


# The same on one thread: coroutines switch only at an await
async def unsafe_task():
    global counter
    for _ in range(TIMES):
        value = counter  # read
        if pause:
            await asyncio.sleep(0.001)
        counter = value + 1  # write


async def safe_task(alock):
    global counter
    for _ in range(TIMES):
        if pause:
            await asyncio.sleep(0.001)
        async with alock:
            counter += 1


async def run_tasks(work, *args):
    await asyncio.gather(*(work(*args) for _ in range(THREADS)))


expected = THREADS * TIMES
print("mode:", "asyncio" if use_asyncio else "threading")
print("pause between read and write:", pause)
print("expected:", expected)
if use_asyncio:
    asyncio.run(run_tasks(unsafe_task))
else:
    run_threads(unsafe_work)
print(f"unsafe counter: {counter} of {expected}")
counter = 0
if use_asyncio:
    asyncio.run(run_tasks(safe_task, asyncio.Lock()))
else:
    run_threads(safe_work)
print(f"safe counter: {counter} of {expected}")
