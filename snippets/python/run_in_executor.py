import asyncio
import concurrent.futures
import time


def blocking(name):
    time.sleep(0.5)
    return name


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        start = time.perf_counter()
        a = loop.run_in_executor(pool, blocking, "a")
        b = loop.run_in_executor(None, blocking, "b")
        plain = pool.submit(blocking, "c")
        c = asyncio.wrap_future(plain)
        results = await asyncio.gather(a, b, c)
        print("results:", "[" + ", ".join(results) + "]")
        print(f"elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
