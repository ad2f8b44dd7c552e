import asyncio
import time
from asyncio.subprocess import DEVNULL, PIPE, STDOUT


async def run(n):
    child = await asyncio.create_subprocess_exec(
        "sh", "-c", f"sleep 1; echo child {n} done",
        stdout=PIPE, stderr=STDOUT)
    output, _ = await child.communicate()
    code = child.returncode
    return f"{output.decode().strip()} (exit {code})"


async def wait_exit():
    child = await asyncio.create_subprocess_exec(
        "sleep", "1", stdout=DEVNULL)
    return await child.wait()


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(run(n) for n in (1, 2, 3)))
    for result in results:
        print(result)
    print(f"output elapsed: {time.perf_counter() - start:.2f}s")

    start = time.perf_counter()
    codes = await asyncio.gather(*(wait_exit() for _ in range(3)))
    print(f"exit codes: {codes}")
    print(f"exit elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
