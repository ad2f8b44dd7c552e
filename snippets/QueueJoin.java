///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION task_done and join as a Phaser; a poison pill to stop

import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicInteger;

public class QueueJoin {

    static long start;

    // tag::main[]
    static final int STOP = -1; // the poison pill
    static final LinkedBlockingQueue<Integer> QUEUE =
            new LinkedBlockingQueue<>();
    static final Phaser UNFINISHED = new Phaser(1); // main's party
    static final AtomicInteger HANDLED = new AtomicInteger();

    static void worker() throws InterruptedException {
        while (true) {
            int item = QUEUE.take();
            if (item == STOP) {
                return;
            }
            Thread.sleep(Duration.ofMillis(300));
            HANDLED.incrementAndGet();
            UNFINISHED.arriveAndDeregister(); // task_done()
        }
    }

    static void put(int item) throws InterruptedException {
        UNFINISHED.register();
        QUEUE.put(item);
    }

    public static void main(String[] args) throws Exception {
        start = System.nanoTime();
        try (var exec = Executors.newVirtualThreadPerTaskExecutor()) {
            var workers = new ArrayList<Future<?>>();
            for (int w = 0; w < 2; w++) {
                workers.add(exec.submit(() -> {
                    worker();
                    return null;
                }));
            }
            for (int i = 0; i < 4; i++) {
                put(i);
            }
            UNFINISHED.arriveAndAwaitAdvance(); // join()
            System.out.println("handled: " + HANDLED.get());
            System.out.println("first join elapsed: " + since());
            for (int i = 4; i < 6; i++) {
                put(i);
            }
            UNFINISHED.arriveAndAwaitAdvance();
            System.out.println("handled: " + HANDLED.get());
            System.out.println("second join elapsed: " + since());
            long alive = workers.stream()
                    .filter(f -> !f.isDone()).count();
            System.out.println("workers alive after join: " + alive);
            for (int w = 0; w < 2; w++) {
                QUEUE.put(STOP);
            }
        }
        System.out.println("workers stopped by: poison pill");
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
