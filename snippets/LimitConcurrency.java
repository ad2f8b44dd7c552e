///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION asyncio.Semaphore as java.util.concurrent.Semaphore

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

public class LimitConcurrency {

    // tag::main[]
    static final Semaphore limit = new Semaphore(2);
    static final AtomicInteger running = new AtomicInteger();
    static final AtomicInteger maxRunning = new AtomicInteger();

    static int job(int n) throws InterruptedException {
        limit.acquire();
        try {
            maxRunning.accumulateAndGet(
                    running.incrementAndGet(), Math::max);
            Thread.sleep(Duration.ofMillis(500));
            return n * n;
        } finally {
            running.decrementAndGet();
            limit.release();
        }
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--extra-release")) {
            limit.release(); // a bug: one release() too many
            System.out.println("extra release: accepted");
        }
        long start = System.nanoTime();
        var results = new ArrayList<Integer>();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<Future<Integer>>();
            for (int n = 1; n <= 6; n++) {
                int i = n;
                futures.add(ex.submit(() -> job(i)));
            }
            for (var f : futures) {
                results.add(f.get());
            }
        }
        System.out.println("results: " + results);
        System.out.println("max at once: " + maxRunning.get());
        System.out.println("elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
