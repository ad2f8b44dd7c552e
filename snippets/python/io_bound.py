import asyncio
import threading
import time
import urllib.request
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


def get(url):
    with urllib.request.urlopen(url) as response:
        return response.read().decode()


async def main(base):
    slow = base + "/slow"
    await asyncio.to_thread(get, base + "/fast")  # warm up

    start = time.perf_counter()
    for i in range(1, 4):
        print(f"call {i}:", await asyncio.to_thread(get, slow))
    print(f"sequential elapsed: {time.perf_counter() - start:.2f}s")

    start = time.perf_counter()
    answers = await asyncio.gather(
        *(asyncio.to_thread(get, slow) for _ in range(3)))
    for i, answer in enumerate(answers, 1):
        print(f"call {i}:", answer)
    print(f"concurrent elapsed: {time.perf_counter() - start:.2f}s")


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
try:
    asyncio.run(main(f"http://127.0.0.1:{server.server_port}"))
finally:
    server.shutdown()
    server.server_close()
