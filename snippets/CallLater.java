///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION call_soon, call_later, call_at as a scheduled executor

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.NANOSECONDS;

public class CallLater {

    static long start;

    // tag::main[]
    static void fire(String name, CountDownLatch left) {
        System.out.println(name + " fired elapsed: " + since());
        left.countDown();
    }

    public static void main(String[] args) throws Exception {
        // warm up (the executor's classes, its thread), then time
        try (var warm = Executors.newSingleThreadScheduledExecutor()) {
            warm.schedule(() -> {}, 0, MILLISECONDS).get();
        }
        start = System.nanoTime();
        var left = new CountDownLatch(4);
        try (var loop = Executors.newSingleThreadScheduledExecutor()) {
            // call_later: a delay from now
            loop.schedule(() -> fire("later 0.6", left),
                    600, MILLISECONDS);
            // call_at: an absolute deadline on the monotonic clock
            long at = System.nanoTime() + 400_000_000L;
            loop.schedule(() -> fire("at +0.4", left),
                    at - System.nanoTime(), NANOSECONDS);
            loop.schedule(() -> fire("later 0.2", left),
                    200, MILLISECONDS);
            // call_soon: next turn of the loop
            loop.execute(() -> fire("soon", left));
            left.await();
        }
        System.out.println("all fired elapsed: " + since());
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
