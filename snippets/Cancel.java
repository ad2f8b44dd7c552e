///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION Task.cancel() as Future.cancel(true): an interrupt

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class Cancel {

    // tag::main[]
    static void worker() {
        System.out.println("worker: started");
        try {
            Thread.sleep(Duration.ofSeconds(1));
            System.out.println("worker: finished");
        } catch (InterruptedException e) {
            System.out.println("worker: InterruptedException");
            Thread.currentThread().interrupt(); // keep the cancel
        } finally {
            System.out.println("worker: cleanup in finally");
        }
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Future<?> task;
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            task = ex.submit(Cancel::worker);
            Thread.sleep(Duration.ofMillis(200));
            task.cancel(true);
            try {
                task.get();
            } catch (CancellationException e) {
                System.out.println("main: get() threw "
                        + "CancellationException");
            }
        } // close() waits until the worker has really stopped
        System.out.println("main: state " + task.state());
        System.out.println("elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
