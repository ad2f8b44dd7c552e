///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION async for as a loop over items a virtual thread produces

import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;

public class AsyncFor {

    // tag::main[]
    static final int END = -1;

    static class AsyncCounter implements Iterable<Integer> {
        final BlockingQueue<Integer> queue =
                new LinkedBlockingQueue<>();

        AsyncCounter(int stop) {
            Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 1; i <= stop; i++) {
                        Thread.sleep(Duration.ofMillis(500));
                        queue.put(i);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    queue.add(END);
                }
            });
        }

        @Override // __aiter__; hasNext() waits like __anext__
        public Iterator<Integer> iterator() {
            return Stream.generate(this::take)
                    .takeWhile(item -> item != END)
                    .iterator();
        }

        Integer take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return END;
            }
        }
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        for (int item : new AsyncCounter(3)) {
            String at = secondsSince(start);
            System.out.println("item " + item + " at " + at);
        }
        System.out.println("elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
