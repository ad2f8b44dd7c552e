///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25
//PREVIEW
//DESCRIPTION asyncio.gather as a StructuredTaskScope: 4 waits, 1 s

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

public class Gather {

    // tag::main[]
    static int returnZero() throws InterruptedException {
        Thread.sleep(Duration.ofSeconds(1));
        return 0;
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (var scope = StructuredTaskScope.open(
                Joiner.<Integer>allSuccessfulOrThrow())) {
            for (int i = 0; i < 4; i++) {
                scope.fork(Gather::returnZero);
            }
            var results = scope.join().map(Subtask::get).toList();
            System.out.println("results: " + results);
        }
        System.out.println("elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
