///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION run_coroutine_threadsafe: hand work to a loop thread

import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import static java.util.concurrent.TimeUnit.MILLISECONDS;

public class Threadsafe {

    // tag::main[]
    static String name() {
        return Thread.currentThread().getName();
    }

    // like `await asyncio.sleep(0.5)`: a timer, no thread waits
    static CompletableFuture<String> work(
            int n, ScheduledExecutorService loop) {
        var result = new CompletableFuture<String>();
        loop.schedule(() -> result.complete(n + " on " + name()),
                500, MILLISECONDS);
        return result;
    }

    public static void main(String[] args) throws Exception {
        try (var loop = Executors.newSingleThreadScheduledExecutor(
                task -> new Thread(task, "loop-thread"))) {
            long start = System.nanoTime();
            var futures = new ArrayList<CompletableFuture<String>>();
            for (int n = 1; n <= 2; n++) {
                int id = n;
                // run_coroutine_threadsafe: start it on the loop
                futures.add(CompletableFuture
                        .supplyAsync(() -> work(id, loop), loop)
                        .thenCompose(f -> f));
            }
            for (var f : futures) {
                System.out.println("result: " + f.get());
            }
            System.out.println("elapsed: " + secondsSince(start));
            // call_soon_threadsafe: a callback on the loop thread
            loop.submit(() -> System.out.println(
                    "callback on " + name())).get();
            System.out.println("main on " + name());
        }
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
