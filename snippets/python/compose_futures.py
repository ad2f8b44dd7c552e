import asyncio
import time


async def fetch_user(uid):
    await asyncio.sleep(0.3)
    if uid < 0:
        raise LookupError(f"no user {uid}")
    return f"user{uid}"


async def fetch_orders(user):
    await asyncio.sleep(0.3)
    return f"{user}: 2 orders"


async def orders_of(uid):  # thenCompose
    return await fetch_orders(await fetch_user(uid))


async def orders_or_default(uid):  # exceptionally
    try:
        return await orders_of(uid)
    except LookupError:
        return "no orders"


async def describe(uid):  # handle
    try:
        result = await orders_of(uid)
    except LookupError as e:
        return f"failed: {e}"
    return f"ok: {result}"


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        orders_of(1), orders_or_default(-1), describe(2), describe(-2))
    for r in results:
        print(r)
    print(f"elapsed: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
