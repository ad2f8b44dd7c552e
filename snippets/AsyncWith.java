///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION async with as try-with-resources on a slow AutoCloseable

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;

public class AsyncWith {

    // tag::main[]
    static final Duration HALF_SECOND = Duration.ofMillis(500);

    static class AsyncAdd implements AutoCloseable {
        final int sum;

        // __aenter__
        AsyncAdd(int a, int b) throws InterruptedException {
            System.out.println("enter");
            Thread.sleep(HALF_SECOND);
            sum = a + b;
        }

        @Override // __aexit__
        public void close() {
            try {
                Thread.sleep(HALF_SECOND);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("exit");
        }
    }

    static void asyncMain() throws InterruptedException {
        long start = System.nanoTime();
        try (var add = new AsyncAdd(1, 2)) {
            System.out.println("body: " + add.sum);
        }
        System.out.println("elapsed: " + secondsSince(start));

        try (var _ = new AsyncAdd(1, 2)) {
            System.out.println("body: throws");
            throw new IllegalStateException("boom");
        } catch (IllegalStateException e) {
            System.out.println("caught: " + e.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            ex.submit(() -> {
                asyncMain();
                return null;
            }).get();
        }
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
