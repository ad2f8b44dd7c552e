///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION asyncio.run(main()) as a try-with-resources executor

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class AsyncioRun {

    // tag::main[]
    static int returnZero() throws InterruptedException {
        Thread.sleep(Duration.ofSeconds(1));
        return 0;
    }

    static List<Integer> asyncMain(ExecutorService ex)
            throws InterruptedException {
        Callable<Integer> task = AsyncioRun::returnZero;
        return ex.invokeAll(Collections.nCopies(4, task)).stream()
                .map(Future::resultNow)
                .toList();
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        List<Integer> results;
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            results = ex.submit(() -> asyncMain(ex)).get();
        } // close() waits for every task; asyncio.run would
          // instead cancel tasks left over when main() returns
        System.out.println("results: " + results);
        System.out.println("elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
