///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION timeout_at and reschedule as a deadline moved per chunk

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import static java.util.concurrent.TimeUnit.NANOSECONDS;

public class TimeoutReschedule {

    static long start;

    // tag::main[]
    static final long IDLE = Duration.ofMillis(500).toNanos();

    public static void main(String[] args) throws Exception {
        start = System.nanoTime();
        var chunks = new LinkedBlockingQueue<Integer>();
        Thread stream = Thread.ofVirtual().start(() -> {
            try {
                for (int i = 0; i < 3; i++) {
                    Thread.sleep(Duration.ofMillis(300));
                    chunks.put(i);
                }
                Thread.sleep(Duration.ofSeconds(10)); // it stalls
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        int received = 0;
        long deadline = System.nanoTime() + IDLE; // timeout_at
        while (true) {
            Integer chunk = chunks.poll(
                    deadline - System.nanoTime(), NANOSECONDS);
            if (chunk == null) {
                System.out.println("timed out elapsed: " + since());
                break;
            }
            received++;
            deadline = System.nanoTime() + IDLE; // reschedule
        }
        stream.interrupt();
        System.out.println("chunks received: " + received);
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
