import asyncio
import time

start = time.perf_counter()


def since():
    return f"{time.perf_counter() - start:.2f}s"


async def later(completion, *args):
    await asyncio.sleep(0.5)
    completion(*args)


async def main():
    global start
    start = time.perf_counter()
    loop = asyncio.get_running_loop()
    answer = loop.create_future()
    failure = asyncio.Future()
    asyncio.create_task(later(answer.set_result, 42))
    asyncio.create_task(
        later(failure.set_exception, ValueError("no answer")))
    print(f"done before: {answer.done()}")
    print(f"result: {await answer}")
    print(f"waited elapsed: {since()}")
    try:
        await failure
    except ValueError as e:
        print(f"failure: {e}")
    try:
        answer.set_result(7)
    except asyncio.InvalidStateError:
        print("second set_result: InvalidStateError")
    print(f"result stays: {answer.result()}")


asyncio.run(main())
