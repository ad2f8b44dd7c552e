///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION asyncio.Queue as a bounded BlockingQueue: two consumers

import java.time.Duration;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

public class ProducerConsumer {

    // tag::main[]
    static final int ITEMS = 8;
    static final int CONSUMERS = 2;
    static final int DONE = -1; // the poison pill

    static void consume(BlockingQueue<Integer> queue,
            Queue<Integer> handled) throws InterruptedException {
        while (true) {
            int item = queue.take();
            if (item == DONE) {
                return;
            }
            Thread.sleep(Duration.ofMillis(250)); // handle it
            handled.add(item);
        }
    }

    public static void main(String[] args) throws Exception {
        var queue = new ArrayBlockingQueue<Integer>(2);
        var handled = new ConcurrentLinkedQueue<Integer>();
        long start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CONSUMERS; c++) {
                ex.submit(() -> {
                    consume(queue, handled);
                    return null;
                });
            }
            for (int item = 1; item <= ITEMS; item++) {
                queue.put(item); // waits while the queue is full
            }
            System.out.println("producer done at "
                    + secondsSince(start));
            for (int c = 0; c < CONSUMERS; c++) {
                queue.put(DONE);
            }
        } // close() waits for the consumers to finish
        System.out.println("handled: "
                + handled.stream().sorted().toList());
        System.out.println("elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
