import asyncio
import sys
import threading
import time

blocking = "blocking" in sys.argv  # program argument "blocking"


def timer(n, done):
    if blocking:
        time.sleep(1)  # holds the one thread for 1 s
    thread = threading.current_thread().name
    print(f"timer {n} on {thread}")
    done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    timers = []
    for n in range(1, 4):
        done = loop.create_future()
        loop.call_later(1, timer, n, done)
        timers.append(done)
    await asyncio.gather(*timers)
    print(f"elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
