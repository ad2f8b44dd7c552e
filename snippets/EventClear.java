///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION Event.clear as a resettable gate; an unbounded Semaphore

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;

public class EventClear {

    static long start;

    // tag::main[]
    // the JDK has no resettable event: a flag and a monitor
    static final class Event {
        private boolean set;

        synchronized void set() {
            set = true;
            notifyAll();
        }

        synchronized void clear() {
            set = false;
        }

        synchronized void await() throws InterruptedException {
            while (!set) {
                wait();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        // warm up (first virtual thread), then time
        Thread.ofVirtual().start(() -> {}).join();
        start = System.nanoTime();
        var event = new Event();
        event.set();
        event.await();
        System.out.println("early passed elapsed: " + since());
        event.clear();
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(Duration.ofMillis(400));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            event.set();
        });
        event.await();
        System.out.println("late passed elapsed: " + since());

        var permits = new Semaphore(2);
        permits.acquire();
        permits.release();
        permits.release(); // one more than was acquired
        System.out.println("permits after an extra release: "
                + permits.availablePermits());
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
