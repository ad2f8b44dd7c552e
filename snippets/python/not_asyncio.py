import time


def task(n):
    print(f"task {n} start")
    time.sleep(1)
    return f"task {n} done"


def main():
    start = time.perf_counter()
    for n in range(1, 4):
        print(task(n))
    print(f"elapsed: {time.perf_counter() - start:.2f}s")


main()
