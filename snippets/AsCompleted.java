///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION as_completed as ExecutorCompletionService.take()

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Executors;

public class AsCompleted {

    // tag::main[]
    static String work(String name, int millis)
            throws InterruptedException {
        Thread.sleep(Duration.ofMillis(millis));
        return name;
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            var done = new ExecutorCompletionService<String>(ex);
            done.submit(() -> work("slow", 900));
            done.submit(() -> work("medium", 600));
            done.submit(() -> work("fast", 300));
            for (int i = 0; i < 3; i++) {
                String name = done.take().get();
                System.out.println(name + " elapsed: "
                        + secondsSince(start));
            }
        }
        System.out.println("all elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
