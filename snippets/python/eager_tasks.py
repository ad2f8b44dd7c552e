import asyncio
import sys

CACHE = {"a": 1}


async def lookup(key):
    if key in CACHE:
        return CACHE[key]
    await asyncio.sleep(0.1)
    return 0


async def main():
    lazy = asyncio.create_task(lookup("a"))
    print(f"lazy: done at creation: {lazy.done()}")
    await lazy
    if sys.version_info >= (3, 12):
        loop = asyncio.get_running_loop()
        loop.set_task_factory(asyncio.eager_task_factory)
        eager = asyncio.create_task(lookup("a"))
        print(f"eager: done at creation: {eager.done()}")
    else:
        print("eager: eager_task_factory needs Python 3.12+")


asyncio.run(main())
