///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25
//PREVIEW
//DESCRIPTION asyncio.timeout as a StructuredTaskScope with a timeout

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;

public class ScopeTimeout {

    // tag::main[]
    static String work(String name, Duration d)
            throws InterruptedException {
        try {
            Thread.sleep(d);
            System.out.println(name + " work: done");
            return name;
        } catch (InterruptedException e) {
            System.out.println(name + " work: stopped early");
            throw e;
        }
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (var scope = StructuredTaskScope.open(
                Joiner.<String>allSuccessfulOrThrow(),
                cfg -> cfg.withTimeout(Duration.ofMillis(500)))) {
            scope.fork(() -> work("fast", Duration.ofMillis(100)));
            scope.fork(() -> work("slow", Duration.ofMillis(1500)));
            scope.join();
            System.out.println("all finished");
        } catch (StructuredTaskScope.TimeoutException e) {
            System.out.println("timed out");
        }
        System.out.println("elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
