///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION Task.uncancel as clearing the interrupt status on purpose

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

public class Uncancel {

    static long start;

    // tag::main[]
    static int pending() {
        return Thread.currentThread().isInterrupted() ? 1 : 0;
    }

    static String worker() {
        try {
            Thread.sleep(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the request stays
            System.out.println("cancel arrived elapsed: " + since());
            System.out.println("cancelling: " + pending());
            Thread.interrupted(); // uncancel: clear it on purpose
            System.out.println("after uncancel: " + pending());
        }
        try {
            Thread.sleep(Duration.ofMillis(300)); // carries on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("finished elapsed: " + since());
        return "finished";
    }

    public static void main(String[] args) throws Exception {
        // warm up (first virtual thread), then time
        Thread.ofVirtual().start(() -> {}).join();
        start = System.nanoTime();
        var result = new CompletableFuture<String>();
        Thread task = Thread.ofVirtual()
                .start(() -> result.complete(worker()));
        Thread.sleep(Duration.ofMillis(200));
        task.interrupt();
        System.out.println("result: " + result.get());
        System.out.println("cancelled: " + result.isCancelled());
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
