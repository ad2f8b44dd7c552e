import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def spin():
    end = time.perf_counter() + 0.5  # 0.5 s of CPU
    while time.perf_counter() < end:
        pass


async def spin_in_the_loop():
    spin()


async def spin_with_yields():
    end = time.perf_counter() + 0.5
    while time.perf_counter() < end:
        await asyncio.sleep(0)


async def ticks_while(work):
    busy = True
    ticks = 0

    async def heartbeat():
        nonlocal ticks
        while busy:
            await asyncio.sleep(0.1)
            if busy:
                ticks += 1

    beat = asyncio.create_task(heartbeat())
    try:
        await work()
    finally:
        busy = False
    await beat
    return ticks


async def main():
    print("ticks while spinning:",
          await ticks_while(spin_in_the_loop))
    print("ticks while giving way each turn:",
          await ticks_while(spin_with_yields))
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(2) as pool:
        print("ticks while a pool spins:",
              await ticks_while(
                  lambda: loop.run_in_executor(pool, spin)))


if __name__ == "__main__":
    asyncio.run(main())
