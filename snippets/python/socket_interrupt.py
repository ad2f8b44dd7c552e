import asyncio


# A task waiting in reader.read() is cancelled at that await; the
# connection itself stays open (Java's classic socket closes, or its
# platform thread is not woken at all).
async def main():
    server = await asyncio.start_server(
        lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    task = asyncio.create_task(reader.read(1))  # nothing comes
    await asyncio.sleep(0.2)  # it is blocked
    task.cancel()
    try:
        await task
        outcome = "read returned"
    except asyncio.CancelledError:
        outcome = "CancelledError"
    print(f"task cancelled: {outcome}, "
          f"connection closed: {writer.is_closing()}")
    writer.close()
    server.close()


asyncio.run(main())
