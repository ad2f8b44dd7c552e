import asyncio
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/slow":
            time.sleep(1)  # a slow database or API
        body = b"ok"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


# An HTTP GET on asyncio's own streams: the loop waits, no thread
async def get(port, path):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Connection: close\r\n\r\n".encode())
        await writer.drain()
        response = await reader.read()  # until the server closes
        return response.split(b"\r\n\r\n", 1)[1].decode()
    finally:
        writer.close()
        await writer.wait_closed()


async def main(port):
    await get(port, "/fast")  # warm up

    start = time.perf_counter()
    for i in range(1, 4):
        print(f"call {i}:", await get(port, "/slow"))
    print(f"sequential elapsed: {time.perf_counter() - start:.2f}s")

    start = time.perf_counter()
    answers = await asyncio.gather(
        *(get(port, "/slow") for _ in range(3)))
    for i, answer in enumerate(answers, 1):
        print(f"call {i}:", answer)
    print(f"concurrent elapsed: {time.perf_counter() - start:.2f}s")


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
try:
    asyncio.run(main(server.server_port))
finally:
    server.shutdown()
    server.server_close()
