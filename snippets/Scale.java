///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION 100 000 virtual threads wait 1 s each: time, heap per task

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

public class Scale {

    // tag::main[]
    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0
                ? Integer.parseInt(args[0]) : 100_000;
        waitAll(1_000);                  // warm-up: load the classes
        var done = new AtomicInteger();
        long start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < tasks; i++) {
                ex.submit(() -> {
                    Thread.sleep(Duration.ofSeconds(1));
                    return done.incrementAndGet();
                });
            }
        }
        String elapsed = seconds(System.nanoTime() - start);
        System.out.println("java: " + Runtime.version().feature());
        System.out.println("tasks: " + tasks + ", done: " + done);
        System.out.println("elapsed: " + elapsed);
        System.out.println("per task: " + waitAll(tasks) + " bytes");
    }

    /** Heap per task while `tasks` virtual threads all wait. */
    static long waitAll(int tasks) throws Exception {
        var waiting = new CountDownLatch(tasks);
        var go = new CountDownLatch(1);
        long before = usedHeap();
        long heap;
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < tasks; i++) {
                ex.submit(() -> {
                    waiting.countDown();
                    go.await();
                    return null;
                });
            }
            waiting.await();              // all of them parked
            heap = usedHeap() - before;
            go.countDown();
        }
        return heap / tasks;
    }

    /** The heap still in use after a full collection. */
    static long usedHeap() {
        var rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
    // end::main[]

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2fs", nanos / 1e9);
    }
}
