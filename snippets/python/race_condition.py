import threading

THREADS = 2
TIMES = 400_000

counter = 0
lock = threading.Lock()
start = threading.Barrier(THREADS)


def plus_one(value):
    return value + 1


# CPython switches threads only at calls and loop jumps, so a bare
# counter += 1 rarely loses updates; the call between read and write
# here leaves room for a switch.
def unsafe_work():
    global counter
    start.wait()
    for _ in range(TIMES):
        counter = plus_one(counter)


def safe_work():
    global counter
    start.wait()
    for _ in range(TIMES):
        with lock:
            counter = plus_one(counter)


def run_threads(work):
    threads = [threading.Thread(target=work) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


expected = THREADS * TIMES
print("expected:", expected)
run_threads(unsafe_work)
print(f"unsafe counter: {counter} of {expected}")
counter = 0
run_threads(safe_work)
print(f"safe counter: {counter} of {expected}")
