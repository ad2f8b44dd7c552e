import os
import threading
import time

WORK_PER_CORE = 500_000
MASK = (1 << 64) - 1


def mix(x):
    x = (x * 0x9E3779B97F4A7C15) & MASK
    return x ^ (x >> 29)


# The same total work, split among `tasks` threads
def run(tasks, total):
    sums = [0] * tasks

    def work(task):
        lo = total * task // tasks
        hi = total * (task + 1) // tasks
        sums[task] = sum(mix(i) for i in range(lo, hi))

    threads = [threading.Thread(target=work, args=(task,))
               for task in range(tasks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(sums) & MASK


count = 0  # the counting thread's progress
stop = False


# One thread counts; the main thread, while it runs, looks whether the
# count moves within a few microseconds. Under the GIL it never does:
# the two threads take turns.
def seen_together(checks):
    global stop

    def counter():
        global count
        while not stop:
            count += 1

    thread = threading.Thread(target=counter)
    thread.start()
    done = moved = 0
    while done < checks:
        start = time.perf_counter_ns()
        before = count
        while time.perf_counter_ns() - start < 20_000:
            pass  # 20 microseconds of running, on this thread
        counted = count != before
        # counted only if this thread was not paused meanwhile
        if time.perf_counter_ns() - start < 1_000_000:
            done += 1
            moved += counted
    stop = True
    thread.join()
    return 100 * moved / checks


def seconds_since(start):
    return time.perf_counter() - start


cores = os.cpu_count()
total = WORK_PER_CORE * cores
print("cores:", cores)
run(cores, total // 10)  # warm up, as the Java twin does

one = few = many = float("inf")
results = set()
for _ in range(5):  # keep the best
    start = time.perf_counter()
    results.add(run(1, total))
    one = min(one, seconds_since(start))
    start = time.perf_counter()
    results.add(run(cores, total))
    few = min(few, seconds_since(start))
    start = time.perf_counter()
    results.add(run(4 * cores, total))
    many = min(many, seconds_since(start))
print(f"one thread: {one:.3f}s")
print(f"a thread per core: {few:.3f}s")
print(f"4 threads per core: {many:.3f}s")
print("same result:", len(results) == 1)
print(f"parallel speed-up: {one / few:.2f}x")
print(f"4x more threads than cores: {many / few:.2f}x the time")
together = seen_together(20_000)
print(f"two threads seen running at once: {together:.0f}% of checks")
