///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION asyncio.shield: time out on a copy(), the work goes on

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class Shield {

    static long start;

    // tag::main[]
    static String save() {
        try {
            Thread.sleep(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            System.out.println("save: interrupted");
            Thread.currentThread().interrupt();
            return "not saved";
        }
        System.out.println("save elapsed: " + since());
        return "saved";
    }

    public static void main(String[] args) {
        start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            var saving =
                    CompletableFuture.supplyAsync(Shield::save, ex);
            var waitedOn = List.of(args).contains("--no-copy")
                    ? saving // the waiter's timeout completes saving
                    : saving.copy();
            try {
                waitedOn.orTimeout(200, TimeUnit.MILLISECONDS).join();
            } catch (CompletionException e) {
                System.out.println("waiter: gave up, "
                        + e.getCause().getClass().getSimpleName());
                System.out.println("waiter elapsed: " + since());
            }
            System.out.println("saving still running: "
                    + (saving.isDone() ? "no" : "yes"));
            System.out.println("result: " + saving.handle((r, e) ->
                    e == null ? r
                            : "lost, " + e.getClass().getSimpleName())
                    .join());
        }
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
