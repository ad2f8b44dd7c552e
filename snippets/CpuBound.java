///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION CPU work: threads help up to the core count, not beyond

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.stream.LongStream;

public class CpuBound {

    // tag::main[]
    static final long WORK_PER_CORE = 300_000_000L;

    static long work(long from, long to) {
        long sum = 0;
        for (long i = from; i < to; i++) {
            long x = i * 0x9E3779B97F4A7C15L;
            sum += x ^ (x >>> 29);
        }
        return sum;
    }

    // The same total work, split among `tasks` threads
    static long run(int tasks, long total)
            throws InterruptedException {
        var sums = new long[tasks];
        var threads = new ArrayList<Thread>();
        for (int t = 0; t < tasks; t++) {
            int task = t;
            long from = total * t / tasks;
            long to = total * (t + 1) / tasks;
            threads.add(Thread.ofPlatform().start(
                    () -> sums[task] = work(from, to)));
        }
        for (var thread : threads) {
            thread.join();
        }
        return LongStream.of(sums).sum();
    }

    static volatile long count; // the counting thread's progress
    static volatile boolean stop;

    // One thread counts; the main thread, while it runs, looks whether
    // the count moves within a few microseconds. If it does, the two
    // threads ran at the same moment, on two cores. However busy the
    // machine, this happens; threads taking turns never show it.
    static double seenTogether(int checks) throws InterruptedException {
        var counter = Thread.ofPlatform().start(() -> {
            while (!stop) {
                count++;
            }
        });
        int done = 0;
        int moved = 0;
        while (done < checks) {
            long start = System.nanoTime();
            long before = count;
            while (System.nanoTime() - start < 2_000) {
                // 2 microseconds of running, on this thread
            }
            boolean counted = count != before;
            // counted only if this thread was not paused meanwhile
            if (System.nanoTime() - start < 100_000) {
                done++;
                if (counted) {
                    moved++;
                }
            }
        }
        stop = true;
        counter.join();
        return 100.0 * moved / checks;
    }

    public static void main(String[] args) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        long total = WORK_PER_CORE * cores;
        System.out.println("cores: " + cores);
        for (int i = 0; i < 2_000; i++) { // warm up the JIT
            work(0, 10_000);
        }

        double one = Double.MAX_VALUE;
        double few = Double.MAX_VALUE;
        double many = Double.MAX_VALUE;
        var results = new HashSet<Long>();
        for (int round = 0; round < 5; round++) { // keep the best
            long start = System.nanoTime();
            results.add(run(1, total));
            one = Math.min(one, secondsSince(start));
            start = System.nanoTime();
            results.add(run(cores, total));
            few = Math.min(few, secondsSince(start));
            start = System.nanoTime();
            results.add(run(4 * cores, total));
            many = Math.min(many, secondsSince(start));
        }
        var out = System.out;
        out.printf(Locale.ROOT, "one thread: %.3fs%n", one);
        out.printf(Locale.ROOT, "a thread per core: %.3fs%n", few);
        out.printf(Locale.ROOT, "4 threads per core: %.3fs%n", many);
        out.println("same result: " + (results.size() == 1));
        out.printf(Locale.ROOT, "parallel speed-up: %.2fx%n",
                one / few);
        out.printf(Locale.ROOT,
                "4x more threads than cores: %.2fx the time%n",
                many / few);
        out.printf(Locale.ROOT,
                "two threads seen running at once: %.0f%% of checks%n",
                seenTogether(200_000));
    }
    // end::main[]

    static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
