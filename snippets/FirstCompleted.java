///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION wait(FIRST_COMPLETED) as a completion service's take()

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class FirstCompleted {

    // tag::main[]
    static Callable<String> work(String name, int millis) {
        return () -> {
            try {
                Thread.sleep(Duration.ofMillis(millis));
                return name;
            } catch (InterruptedException e) {
                System.out.println(name + ": stopped early");
                throw e;
            }
        };
    }

    static String broken() throws InterruptedException {
        Thread.sleep(Duration.ofMillis(100));
        throw new IllegalStateException("broken");
    }

    public static void main(String[] args) throws Exception {
        var tasks = new ArrayList<Callable<String>>(List.of(
                work("slow", 900), work("medium", 600),
                work("fast", 300)));
        if (List.of(args).contains("--with-failure")) {
            tasks.add(FirstCompleted::broken);
        }
        // warm up (first virtual thread, class loading), then time
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            new ExecutorCompletionService<String>(ex)
                    .submit(work("warm-up", 0)).get();
        }
        long start = System.nanoTime();
        Future<String> first;
        String firstElapsed;
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            var done = new ExecutorCompletionService<String>(ex);
            var futures = new ArrayList<Future<String>>();
            for (var task : tasks) {
                futures.add(done.submit(task));
            }
            first = done.take(); // the first to end, failed or not
            firstElapsed = secondsSince(start);
            for (var f : futures) {
                f.cancel(true); // nothing happens to the ended one
            }
        } // close() waits until the others have ended
        System.out.println("first: " + (first.state()
                == Future.State.SUCCESS ? first.resultNow()
                : "failed, " + first.exceptionNow().getMessage()));
        System.out.println("first elapsed: " + firstElapsed);
        System.out.println("all ended elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
