///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25
//PREVIEW
//DESCRIPTION gather(return_exceptions=True) as Joiner.awaitAll()

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;

public class ReturnExceptions {

    static long start;

    // tag::main[]
    static String task(String name, double seconds, boolean fails)
            throws InterruptedException {
        Thread.sleep(Duration.ofMillis((long) (seconds * 1000)));
        if (fails) {
            System.out.println(name + " failed elapsed: " + since());
            throw new IllegalStateException(name + " failed");
        }
        System.out.println(name + " done elapsed: " + since());
        return name;
    }

    public static void main(String[] args) throws Exception {
        start = System.nanoTime();
        try (var scope = StructuredTaskScope.open(
                Joiner.<String>awaitAll())) {
            var a = scope.fork(() -> task("a", 0.2, true));
            var b = scope.fork(() -> task("b", 0.8, true));
            var c = scope.fork(() -> task("c", 1.0, false));
            scope.join();
            for (var subtask : List.of(a, b, c)) {
                System.out.println(switch (subtask.state()) {
                    case SUCCESS -> "SUCCESS " + subtask.get();
                    case FAILED -> "FAILED " + subtask.exception();
                    case UNAVAILABLE -> "UNAVAILABLE";
                });
            }
        }
        System.out.println("elapsed: " + since());
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
