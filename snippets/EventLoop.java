///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION get_event_loop, run_until_complete, close as an executor

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class EventLoop {

    // tag::main[]
    static int returnZero() throws InterruptedException {
        Thread.sleep(Duration.ofSeconds(1));
        return 0;
    }

    static List<Integer> asyncMain(ExecutorService loop)
            throws InterruptedException {
        Callable<Integer> task = EventLoop::returnZero;
        return loop.invokeAll(Collections.nCopies(4, task)).stream()
                .map(Future::resultNow)
                .toList();
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        // loop = asyncio.get_event_loop()
        ExecutorService loop =
                Executors.newVirtualThreadPerTaskExecutor();
        try {
            // loop.run_until_complete(main())
            Future<List<Integer>> main =
                    loop.submit(() -> asyncMain(loop));
            System.out.println("results: " + main.get());
        } finally {
            // loop.close(), even when main() failed
            loop.close();
        }
        System.out.println("closed: " + loop.isTerminated());
        System.out.println("elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
