import asyncio


async def main():
    by_priority = asyncio.PriorityQueue()
    by_priority.put_nowait((3, "low"))
    by_priority.put_nowait((1, "urgent"))
    by_priority.put_nowait((2, "normal"))
    order = []
    while not by_priority.empty():
        order.append((await by_priority.get())[1])
    print(f"priority order: [{', '.join(order)}]")

    lifo = asyncio.LifoQueue()
    for s in ("first", "second", "third"):
        lifo.put_nowait(s)
    order = [await lifo.get() for _ in range(lifo.qsize())]
    print(f"lifo order: [{', '.join(order)}]")

    small = asyncio.Queue(maxsize=2)
    small.put_nowait("a")
    small.put_nowait("b")
    try:
        small.put_nowait("c")
    except asyncio.QueueFull:
        print("put_nowait on a full queue: QueueFull")
    while not small.empty():
        small.get_nowait()
    try:
        small.get_nowait()
    except asyncio.QueueEmpty:
        print("get_nowait on an empty queue: QueueEmpty")


asyncio.run(main())
