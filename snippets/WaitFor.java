///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION wait_for as get(timeout) plus cancel(true)

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class WaitFor {

    // tag::main[]
    static String slowWork() throws InterruptedException {
        try {
            Thread.sleep(Duration.ofSeconds(1));
            System.out.println("slow work: done");
            return "result";
        } catch (InterruptedException e) {
            System.out.println("slow work: stopped early");
            throw e;
        }
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            var future = ex.submit(WaitFor::slowWork);
            try {
                future.get(300, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                System.out.println("timed out; state: "
                        + future.state());
            }
        } // close() waits for the task to end
        System.out.println("timeout only elapsed: "
                + secondsSince(start));

        start = System.nanoTime();
        Future<String> future;
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            future = ex.submit(WaitFor::slowWork);
            try {
                future.get(300, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true); // interrupts its thread
            }
        }
        System.out.println("state: " + future.state());
        System.out.println("timeout and cancel elapsed: "
                + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
