///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION asyncio.Event as a CountDownLatch(1): one signal frees all

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

public class EventLatch {

    // tag::main[]
    static final int WORKERS = 4;

    public static void main(String[] args) throws Exception {
        var ready = new CountDownLatch(1);
        long start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 1; n <= WORKERS; n++) {
                int id = n;
                ex.submit(() -> {
                    ready.await(); // event.wait()
                    System.out.println("worker " + id
                            + " starts at " + secondsSince(start));
                    Thread.sleep(Duration.ofMillis(500)); // work
                    return null;
                });
            }
            Thread.sleep(Duration.ofMillis(500));
            System.out.println("set at " + secondsSince(start));
            ready.countDown(); // event.set()
        }
        System.out.println("elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
