import asyncio
import time

start = time.perf_counter()


def since():
    return f"{time.perf_counter() - start:.2f}s"


async def save():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("save: cancelled")
        raise
    print(f"save elapsed: {since()}")
    return "saved"


async def main():
    saving = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(saving), timeout=0.2)
    except TimeoutError as e:
        print(f"waiter: gave up, {type(e).__name__}")
        print(f"waiter elapsed: {since()}")
    print("saving still running:", "no" if saving.done() else "yes")
    print("result:", await saving)


asyncio.run(main())
