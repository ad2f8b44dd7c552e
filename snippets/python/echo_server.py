import asyncio
import time


async def handle(reader, writer):
    line = await reader.readline()
    await asyncio.sleep(0.5)  # a slow reply
    writer.write(line)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ask(port, text):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{text}\n".encode())
    await writer.drain()
    reply = (await reader.readline()).decode().rstrip("\n")
    writer.close()
    await writer.wait_closed()
    return reply


async def main():
    server = await asyncio.start_server(
        handle, "127.0.0.1", 0, backlog=200)
    port = server.sockets[0].getsockname()[1]

    start = time.perf_counter()
    replies = await asyncio.gather(
        *(ask(port, f"hello {i}") for i in range(100)))
    echoed = sum(reply == f"hello {i}"
                 for i, reply in enumerate(replies))
    print(f"echoed: {echoed} of 100")
    print(f"elapsed: {time.perf_counter() - start:.2f}s")

    server.close()
    await server.wait_closed()
    print(f"server closed: {not server.is_serving()}")


asyncio.run(main())
