///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION Barrier.abort as CyclicBarrier.reset: waiters are let go

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import static java.util.concurrent.TimeUnit.SECONDS;

public class BarrierAbort {

    static long start;

    // tag::main[]
    static void party(String name, CyclicBarrier barrier)
            throws InterruptedException {
        try {
            barrier.await(2, SECONDS);
            System.out.println(name + " passed");
        } catch (BrokenBarrierException | TimeoutException e) {
            System.out.println(name + " broken elapsed: " + since());
        }
    }

    public static void main(String[] args) throws Exception {
        start = System.nanoTime();
        var barrier = new CyclicBarrier(3);
        try (var exec = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String name : new String[] {"a", "b"}) {
                exec.submit(() -> {
                    party(name, barrier);
                    return null;
                });
            }
            // the third party never comes: let the waiters go
            Thread.sleep(Duration.ofMillis(400));
            barrier.reset();
        }
        System.out.println("broken now: " + barrier.isBroken());
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
