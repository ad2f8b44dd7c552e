import asyncio
import time

start = time.perf_counter()


def since():
    return f"{time.perf_counter() - start:.2f}s"


def fire(name, left, done):
    print(f"{name} fired elapsed: {since()}")
    left[0] -= 1
    if left[0] == 0:
        done.set_result(None)


async def main():
    global start
    start = time.perf_counter()
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    left = [4]
    loop.call_later(0.6, fire, "later 0.6", left, done)
    loop.call_at(loop.time() + 0.4, fire, "at +0.4", left, done)
    loop.call_later(0.2, fire, "later 0.2", left, done)
    loop.call_soon(fire, "soon", left, done)
    await done
    print(f"all fired elapsed: {since()}")


asyncio.run(main())
