///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION asyncio.to_thread: in Java, just block on a virtual thread

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class ToThread {

    // tag::main[]
    static int blockingIo(int n) throws InterruptedException {
        Thread.sleep(Duration.ofMillis(500)); // a blocking library call
        return n;
    }

    static List<Integer> callThree(ExecutorService ex)
            throws Exception {
        var calls = new ArrayList<Future<Integer>>();
        for (int n = 1; n <= 3; n++) {
            int id = n;
            calls.add(ex.submit(() -> blockingIo(id)));
        }
        var results = new ArrayList<Integer>();
        for (var call : calls) {
            results.add(call.get());
        }
        return results;
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (var loop = Executors.newSingleThreadExecutor()) {
            System.out.println("results: " + callThree(loop));
        }
        System.out.println("one thread elapsed: "
                + secondsSince(start));

        start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            System.out.println("results: " + callThree(ex));
        }
        System.out.println("thread per call elapsed: "
                + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
