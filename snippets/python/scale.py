import asyncio
import time

TASKS = 100_000


async def wait_one_second():
    await asyncio.sleep(1)
    return 1


# The process's peak resident set (VmHWM), Linux only, as the Java twin
def peak_megabytes():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return -1


async def main():
    start = time.perf_counter()
    done = sum(await asyncio.gather(
        *(wait_one_second() for _ in range(TASKS))))
    print(f"tasks: {TASKS}, done: {done}")
    print(f"elapsed: {time.perf_counter() - start:.2f}s")
    print(f"peak memory: {peak_megabytes()} MB")


asyncio.run(main())
