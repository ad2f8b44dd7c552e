///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION async for as a loop over items a virtual thread produces

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

public class AsyncFor {

    // tag::main[]
    static final int END = -1;

    // A producer on a virtual thread; close() stops it
    static class AsyncCounter implements AutoCloseable {
        final BlockingQueue<Integer> queue =
                new LinkedBlockingQueue<>();
        final Thread producer;

        AsyncCounter(int stop) {
            producer = Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 1; i <= stop; i++) {
                        Thread.sleep(Duration.ofMillis(500));
                        queue.put(i);
                    }
                    queue.put(END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // closed
                }
            });
        }

        // __anext__: waits for the next item, END after the last
        int next() throws InterruptedException {
            return queue.take();
        }

        @Override
        public void close() throws InterruptedException {
            producer.interrupt();
            producer.join();
        }
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (var counter = new AsyncCounter(3)) {
            for (int item; (item = counter.next()) != END; ) {
                System.out.println("item " + item + " elapsed: "
                        + secondsSince(start));
            }
        }
        System.out.println("elapsed: " + secondsSince(start));

        var counter = new AsyncCounter(3);
        try (counter) {
            for (int item; (item = counter.next()) != END; ) {
                System.out.println("first item: " + item);
                break; // close() stops the producer
            }
        }
        System.out.println("producer stopped: "
                + !counter.producer.isAlive());
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
