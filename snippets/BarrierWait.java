///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION asyncio.Barrier as a CyclicBarrier: all go when all arrive

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

public class BarrierWait {

    // tag::main[]
    static final int RUNNERS = 3;
    static final long start = System.nanoTime();
    static final CyclicBarrier barrier = new CyclicBarrier(RUNNERS,
            () -> System.out.println("barrier opens at "
                    + secondsSince(start)));

    static void runner(int n) throws Exception {
        Thread.sleep(Duration.ofMillis(250 * n)); // get ready
        System.out.println("runner " + n + " arrives");
        barrier.await();
        Thread.sleep(Duration.ofMillis(250)); // run together
        System.out.println("runner " + n + " done");
    }

    public static void main(String[] args) throws Exception {
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 1; n <= RUNNERS; n++) {
                int id = n;
                ex.submit(() -> {
                    runner(id);
                    return null;
                });
            }
        }
        System.out.println("elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
