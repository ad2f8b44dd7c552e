import asyncio
import sys
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
    if "--no-shield" in sys.argv[1:]:
        waited_on = saving  # the timeout cancels saving itself
    else:
        waited_on = asyncio.shield(saving)
    try:
        await asyncio.wait_for(waited_on, timeout=0.2)
    except TimeoutError as e:
        print(f"waiter: gave up, {type(e).__name__}")
        print(f"waiter elapsed: {since()}")
    print("saving still running:", "no" if saving.done() else "yes")
    try:
        result = await saving
    except asyncio.CancelledError as e:
        result = f"lost, {type(e).__name__}"
    print("result:", result)


asyncio.run(main())
