import asyncio


async def which_loop():
    await asyncio.sleep(0.1)
    return asyncio.get_running_loop()


def yes(flag):
    return "yes" if flag else "no"


def main():
    with asyncio.Runner() as runner:
        first = runner.run(which_loop())
        second = runner.run(which_loop())
        print("same loop both runs:", yes(first is second))
        print("closed inside:", yes(first.is_closed()))
    print("closed after:", yes(first.is_closed()))
    a = asyncio.run(which_loop())
    b = asyncio.run(which_loop())
    print("two asyncio.run calls, same loop:", yes(a is b))


main()
