import asyncio


async def worker(done):
    print("current:", asyncio.current_task().get_name())
    await done.wait()


async def main():
    print("current:", asyncio.current_task().get_name())
    done = asyncio.Event()
    workers = [
        asyncio.create_task(worker(done), name=f"worker-{i}")
        for i in range(1, 4)
    ]
    await asyncio.sleep(0)

    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all_tasks():", ", ".join(names))

    done.set()
    await asyncio.gather(*workers)


asyncio.run(main())
