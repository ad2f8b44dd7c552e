///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION wait(FIRST_COMPLETED) as invokeAny; the others are stopped

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

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

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        String first;
        String firstElapsed;
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            first = ex.invokeAny(List.of(work("slow", 900),
                    work("medium", 600), work("fast", 300)));
            firstElapsed = secondsSince(start);
        } // close() waits until the other two have ended
        System.out.println("first: " + first);
        System.out.println("first elapsed: " + firstElapsed);
        System.out.println("all ended elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
