import asyncio
import gc
import weakref

background = set()


def fire_and_forget(coro):
    task = asyncio.create_task(coro)
    background.add(task)
    task.add_done_callback(background.discard)
    return task


async def wait_forever():
    await asyncio.get_running_loop().create_future()


async def background_job():
    try:
        await asyncio.sleep(10)
        print("background job: done")
    finally:
        print("background job: finally")


async def main():
    dropped = weakref.ref(asyncio.create_task(wait_forever()))
    kept = weakref.ref(fire_and_forget(wait_forever()))
    await asyncio.sleep(0.1)
    gc.collect()
    print("unreferenced task alive:", dropped() is not None)
    print("task kept in a set alive:", kept() is not None)

    fire_and_forget(background_job())
    await asyncio.sleep(0.1)
    print("main returns")


asyncio.run(main())
