///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION CompletableFuture.cancel(true) does not stop the work

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

public class CancelCompletableFuture {

    static long start;

    // tag::main[]
    static String work() {
        try {
            Thread.sleep(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            System.out.println("work: interrupted");
            Thread.currentThread().interrupt();
            return "stopped";
        }
        System.out.println("work: finished anyway");
        System.out.println("work elapsed: " + since());
        return "done";
    }

    public static void main(String[] args) throws Exception {
        start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            var future = CompletableFuture.supplyAsync(
                    CancelCompletableFuture::work, ex);
            Thread.sleep(Duration.ofMillis(200));
            future.cancel(true);
            try {
                future.join();
            } catch (CancellationException e) {
                System.out.println("main: future cancelled");
                System.out.println("cancel elapsed: " + since());
            }
        } // close() waits for the work, which goes on regardless
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
