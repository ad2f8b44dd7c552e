import asyncio

level = 0


async def wait_for_level(changed, n):
    async with changed:
        await changed.wait_for(lambda: level >= n)
        print(f"waiter {n} sees level {level}")


async def main():
    global level
    changed = asyncio.Condition()
    async with asyncio.TaskGroup() as tg:
        for n in range(3, 0, -1):
            tg.create_task(wait_for_level(changed, n))
        for step in range(1, 4):
            await asyncio.sleep(0.25)
            async with changed:
                level = step
                print(f"level {level}")
                changed.notify_all()


asyncio.run(main())
