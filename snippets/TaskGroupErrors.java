///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25
//PREVIEW
//DESCRIPTION TaskGroup as allSuccessfulOrThrow: first failure cancels

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.FailedException;
import java.util.concurrent.StructuredTaskScope.Joiner;

public class TaskGroupErrors {

    static long start;

    // tag::main[]
    static String task(String name, double seconds, boolean fails)
            throws InterruptedException {
        try {
            Thread.sleep(Duration.ofMillis((long) (seconds * 1000)));
        } catch (InterruptedException e) {
            System.out.println(name + " cancelled elapsed: " + since());
            throw e;
        }
        if (fails) {
            System.out.println(name + " failed elapsed: " + since());
            throw new IllegalStateException(name + " failed");
        }
        System.out.println(name + " done elapsed: " + since());
        return name;
    }

    public static void main(String[] args) throws Exception {
        // warm up (first virtual thread, scope classes), then time
        try (var warm = StructuredTaskScope.open()) {
            warm.fork(() -> null);
            warm.join();
        }
        start = System.nanoTime();
        try (var scope = StructuredTaskScope.open(
                Joiner.<String>allSuccessfulOrThrow())) {
            scope.fork(() -> task("a", 0.2, true));
            scope.fork(() -> task("b", 0.8, true));
            scope.fork(() -> task("c", 1.0, false));
            scope.join();
        } catch (FailedException e) {
            System.out.println("FailedException: " + e.getCause());
            System.out.println("raised elapsed: " + since());
        }
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
