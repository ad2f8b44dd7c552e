import asyncio
import time

start = time.perf_counter()
# QueueShutDown is Python 3.13+; before it, a poison pill
SHUT_DOWN = getattr(asyncio, "QueueShutDown", ())
STOP = None


def since():
    return f"{time.perf_counter() - start:.2f}s"


async def worker(queue, handled):
    while True:
        try:
            item = await queue.get()
        except SHUT_DOWN:
            return
        if item is STOP:
            return
        await asyncio.sleep(0.3)
        handled.append(item)
        queue.task_done()


async def main():
    global start
    start = time.perf_counter()
    queue = asyncio.Queue()
    handled = []
    workers = [asyncio.create_task(worker(queue, handled))
               for _ in range(2)]
    for i in range(4):
        queue.put_nowait(i)
    await queue.join()
    print(f"handled: {len(handled)}")
    print(f"first join elapsed: {since()}")
    for i in range(4, 6):
        queue.put_nowait(i)
    await queue.join()
    print(f"handled: {len(handled)}")
    print(f"second join elapsed: {since()}")
    alive = sum(not w.done() for w in workers)
    print(f"workers alive after join: {alive}")
    if hasattr(queue, "shutdown"):
        queue.shutdown()
        how = "Queue.shutdown()"
    else:
        for _ in workers:
            queue.put_nowait(STOP)
        how = "poison pill"
    await asyncio.gather(*workers)
    print(f"workers stopped by: {how}")


asyncio.run(main())
