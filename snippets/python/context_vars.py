import asyncio
import contextvars
import time

request_id = contextvars.ContextVar("request_id", default="-")


def log(message):
    return f"[{request_id.get()}] {message}"


async def handle(user):
    await asyncio.sleep(0.5)  # other requests run
    lines = [log(f"hello {user}")]
    token = request_id.set(request_id.get() + "/audit")
    lines.append(log("audited"))
    request_id.reset(token)
    lines.append(log("done"))
    return " ".join(lines)


async def request(rid):
    request_id.set(rid)  # only this task's copy changes
    return await handle(f"user-{rid}")


async def main():
    print(log("start"))
    start = time.perf_counter()
    replies = await asyncio.gather(
        *(request(rid) for rid in ("r1", "r2", "r3")))
    for reply in replies:
        print(reply)
    print(f"elapsed: {time.perf_counter() - start:.2f}s")
    print(log("end"))


asyncio.run(main())
