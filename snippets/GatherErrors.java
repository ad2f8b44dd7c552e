///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION One failure among three: allOf waits for all, then fails

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;

public class GatherErrors {

    static long start;

    // tag::main[]
    static String task(String name, double seconds, boolean fails) {
        sleep(seconds);
        if (fails) {
            System.out.println(name + " failed elapsed: " + since());
            throw new IllegalStateException(name + " failed");
        }
        System.out.println(name + " done elapsed: " + since());
        return name;
    }

    public static void main(String[] args) {
        start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            var a = CompletableFuture.supplyAsync(
                    () -> task("a", 0.2, true), ex);
            var b = CompletableFuture.supplyAsync(
                    () -> task("b", 0.8, true), ex);
            var c = CompletableFuture.supplyAsync(
                    () -> task("c", 1.0, false), ex);
            try {
                CompletableFuture.allOf(a, b, c).join();
            } catch (CompletionException e) {
                System.out.println("allOf raised: "
                        + e.getCause().getMessage());
                System.out.println("raised elapsed: " + since());
            }
            System.out.println("c cancelled: " + c.isCancelled());
        }
    }
    // end::main[]

    static void sleep(double seconds) {
        try {
            Thread.sleep(Duration.ofMillis((long) (seconds * 1000)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
