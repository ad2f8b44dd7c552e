import asyncio
import contextvars
import threading
import time

request_id = contextvars.ContextVar("request_id")


def seen():
    return request_id.get("unbound")


async def work(n):
    await asyncio.sleep(0.5)
    return f"fork {n} sees: {seen()}"


async def handle():
    lines = list(await asyncio.gather(*(work(n) for n in (1, 2, 3))))
    plain = threading.Thread(
        target=lambda: lines.append(f"plain thread sees: {seen()}"))
    plain.start()
    plain.join()
    return lines


async def request():
    request_id.set("req-42")
    return await handle()


async def main():
    print(f"main before: {seen()}")
    start = time.perf_counter()
    lines = await asyncio.create_task(request())
    for line in lines:
        print(line)
    print(f"elapsed: {time.perf_counter() - start:.2f}s")
    print(f"main after: {seen()}")


asyncio.run(main())
