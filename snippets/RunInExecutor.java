///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION run_in_executor and wrap_future as CompletableFuture

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class RunInExecutor {

    // tag::main[]
    static String blocking(String name) {
        try {
            Thread.sleep(Duration.ofMillis(500));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return name;
    }

    static <T> T waitFor(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        }
    }

    public static void main(String[] args) throws Exception {
        try (var pool = Executors.newFixedThreadPool(3);
             var waiters =
                     Executors.newVirtualThreadPerTaskExecutor()) {
            long start = System.nanoTime();
            // run_in_executor(pool, ...) and run_in_executor(None, ...)
            var a = CompletableFuture.supplyAsync(
                    () -> blocking("a"), pool);
            var b = CompletableFuture.supplyAsync(() -> blocking("b"));
            // wrap_future: a plain Future has no callbacks, so a
            // (virtual) thread waits on it and completes a new one
            Future<String> plain = pool.submit(() -> blocking("c"));
            var c = CompletableFuture.supplyAsync(
                    () -> waitFor(plain), waiters);
            var results = List.of(a.join(), b.join(), c.join());
            System.out.println("results: " + results);
            System.out.println("elapsed: " + secondsSince(start));
        }
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
