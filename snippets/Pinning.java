///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//JAVA_OPTIONS -Djdk.virtualThreadScheduler.parallelism=1
//DESCRIPTION What still pins a carrier: not synchronized, but static {}

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

public class Pinning {

    // tag::main[]
    static String load(String name) {
        try {
            Thread.sleep(Duration.ofMillis(500)); // e.g. read a file
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return name;
    }

    static class A { static final String NAME = load("A"); }
    static class B { static final String NAME = load("B"); }
    static class C { static final String NAME = load("C"); }
    static class D { static final String NAME = load("D"); }

    static String timeAll(List<Callable<String>> tasks)
            throws InterruptedException {
        long start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            ex.invokeAll(tasks);
        }
        return secondsSince(start);
    }

    public static void main(String[] args) throws Exception {
        var locked = new ArrayList<Callable<String>>();
        for (int i = 0; i < 50; i++) {
            var monitor = new Object();
            locked.add(() -> {
                synchronized (monitor) {
                    return load("locked");
                }
            });
        }
        System.out.println("sleep in a lock elapsed: "
                + timeAll(locked));

        List<Callable<String>> initializers = List.of(
                () -> A.NAME, () -> B.NAME, () -> C.NAME, () -> D.NAME);
        System.out.println("sleep in an initializer elapsed: "
                + timeAll(initializers));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
