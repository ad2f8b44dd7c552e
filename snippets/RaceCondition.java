///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION Threads lose updates to an int; AtomicInteger keeps all

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

public class RaceCondition {

    // tag::main[]
    static final int THREADS = 8;
    static final int TIMES = 1_250_000;

    // volatile: each ++ reads and writes memory, yet not atomically
    static volatile int unsafeCounter;
    static final AtomicInteger safeCounter = new AtomicInteger();

    static void runThreads(Runnable increment)
            throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (int t = 0; t < THREADS; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < TIMES; i++) {
                    increment.run();
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
    }

    public static void main(String[] args) throws Exception {
        int expected = THREADS * TIMES;
        System.out.println("expected: " + expected);

        runThreads(() -> unsafeCounter++);
        System.out.println("unsafe counter: " + unsafeCounter
                + " of " + expected);

        runThreads(safeCounter::incrementAndGet);
        System.out.println("safe counter: " + safeCounter.get()
                + " of " + expected);
    }
    // end::main[]
}
