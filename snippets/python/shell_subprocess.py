import asyncio
import time
from asyncio.subprocess import PIPE


async def main():
    upper = await asyncio.create_subprocess_shell(
        "tr a-z A-Z", stdin=PIPE, stdout=PIPE)
    out, _ = await upper.communicate(input=b"hello")
    print(f"upper: {out.decode().strip()}")

    start = time.perf_counter()
    slow = await asyncio.create_subprocess_shell("exec sleep 3")
    try:
        await asyncio.wait_for(slow.wait(), timeout=0.5)
    except TimeoutError:
        slow.kill()
        await slow.wait()
    print(f"killed elapsed: {time.perf_counter() - start:.2f}s")
    print(f"return code: {slow.returncode}")

    child = await asyncio.create_subprocess_shell("exec sleep 3")
    waiting = asyncio.create_task(child.wait())
    await asyncio.sleep(0.2)
    waiting.cancel()
    await asyncio.gather(waiting, return_exceptions=True)
    alive = "yes" if child.returncode is None else "no"
    print(f"child alive after cancelling the wait: {alive}")
    child.kill()
    await child.wait()


asyncio.run(main())
