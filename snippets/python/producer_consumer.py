import asyncio
import time

ITEMS = 8
CONSUMERS = 2


def seconds_since(start):
    return f"{time.perf_counter() - start:.2f}s"


async def consume(queue, handled):
    while True:
        item = await queue.get()
        await asyncio.sleep(0.25)  # handle it
        handled.append(item)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    handled = []
    start = time.perf_counter()
    consumers = [asyncio.create_task(consume(queue, handled))
                 for _ in range(CONSUMERS)]
    for item in range(1, ITEMS + 1):
        await queue.put(item)  # waits while the queue is full
    print(f"producer done at {seconds_since(start)}")
    await queue.join()  # every item got its task_done()
    for consumer in consumers:
        consumer.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(f"handled: {sorted(handled)}")
    print(f"elapsed: {seconds_since(start)}")


asyncio.run(main())
