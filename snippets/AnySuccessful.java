///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25
//PREVIEW
//DESCRIPTION The first successful result of a StructuredTaskScope

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;

public class AnySuccessful {

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
        long start = System.nanoTime();
        String first;
        String firstElapsed;
        try (var scope = StructuredTaskScope.open(
                Joiner.<String>anySuccessfulResultOrThrow())) {
            scope.fork(AnySuccessful::broken);
            scope.fork(work("slow", 900));
            scope.fork(work("fast", 300));
            first = scope.join();
            firstElapsed = secondsSince(start);
        } // close() waits until the slow one has ended
        System.out.println("first success: " + first);
        System.out.println("first elapsed: " + firstElapsed);
        System.out.println("all ended elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
