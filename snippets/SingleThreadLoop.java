///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION One thread runs three 1-second timers in about 1 s

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

public class SingleThreadLoop {

    // tag::main[]
    static boolean blocking; // program argument "blocking"

    static void timer(int n) {
        if (blocking) { // holds the one thread for 1 s
            try {
                Thread.sleep(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String thread = Thread.currentThread().getName();
        System.out.println("timer " + n + " on " + thread);
    }

    public static void main(String[] args) throws Exception {
        blocking = List.of(args).contains("blocking");
        ThreadFactory named = task -> new Thread(task, "event-loop");
        long start = System.nanoTime();
        try (var loop =
                Executors.newSingleThreadScheduledExecutor(named)) {
            var timers = new ArrayList<ScheduledFuture<?>>();
            for (int n = 1; n <= 3; n++) {
                int id = n;
                timers.add(loop.schedule(
                        () -> timer(id), 1, TimeUnit.SECONDS));
            }
            for (var timer : timers) {
                timer.get();
            }
        }
        System.out.println("elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
