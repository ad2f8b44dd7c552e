///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION Threads lose updates to an int; AtomicInteger keeps all

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

public class RaceCondition {

    // tag::main[]
    static final int THREADS = 8;
    static final int TIMES = 200;

    // volatile: each read and write reaches memory, yet not as one
    static volatile int unsafeCounter;
    static final AtomicInteger safeCounter = new AtomicInteger();

    static boolean virtual; // program argument "virtual"
    static boolean pause = true; // program argument "no-pause"

    // A short wait between read and write, where others get in
    static void pause() {
        if (!pause) {
            return;
        }
        try {
            Thread.sleep(Duration.ofMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void unsafeIncrement() {
        int value = unsafeCounter; // read
        pause();
        unsafeCounter = value + 1; // write
    }

    static void safeIncrement() {
        pause();
        safeCounter.incrementAndGet(); // read and write as one
    }

    static void runThreads(Runnable increment)
            throws InterruptedException {
        var go = new CountDownLatch(1);
        var builder = virtual ? Thread.ofVirtual()
                : Thread.ofPlatform();
        var threads = new ArrayList<Thread>();
        for (int t = 0; t < THREADS; t++) {
            threads.add(builder.start(() -> {
                try {
                    go.await(); // all start together
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < TIMES; i++) {
                    increment.run();
                }
            }));
        }
        go.countDown();
        for (var thread : threads) {
            thread.join();
        }
    }

    public static void main(String[] args) throws Exception {
        var options = List.of(args);
        virtual = options.contains("virtual");
        pause = !options.contains("no-pause");
        System.out.println("mode: " + (virtual ? "virtual" : "platform")
                + " threads");
        System.out.println("pause between read and write: " + pause);
        int expected = THREADS * TIMES;
        System.out.println("expected: " + expected);

        runThreads(RaceCondition::unsafeIncrement);
        System.out.println("unsafe counter: " + unsafeCounter
                + " of " + expected);

        runThreads(RaceCondition::safeIncrement);
        System.out.println("safe counter: " + safeCounter.get()
                + " of " + expected);
    }
    // end::main[]
}
