import asyncio
import threading
import time


def name():
    return threading.current_thread().name


async def work(n):
    await asyncio.sleep(0.5)
    return f"{n} on {name()}"


def main():
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever,
                              name="loop-thread")
    thread.start()
    start = time.perf_counter()
    futures = [asyncio.run_coroutine_threadsafe(work(n), loop)
               for n in (1, 2)]
    for f in futures:
        print("result:", f.result())
    print(f"elapsed: {time.perf_counter() - start:.2f}s")
    done = threading.Event()

    def callback():
        print(f"callback on {name()}")
        done.set()

    loop.call_soon_threadsafe(callback)
    done.wait()
    print(f"main on {name()}")
    loop.call_soon_threadsafe(loop.stop)
    thread.join()
    loop.close()


main()
