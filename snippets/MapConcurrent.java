///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION Gatherers.mapConcurrent: at most n at once, in order

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Gatherers;
import java.util.stream.Stream;

public class MapConcurrent {

    static long start;

    // tag::main[]
    record Job(int n, double seconds) {}

    static final AtomicInteger running = new AtomicInteger();
    static final AtomicInteger maxRunning = new AtomicInteger();

    static String run(Job job) {
        maxRunning.accumulateAndGet(
                running.incrementAndGet(), Math::max);
        String started = since();
        try {
            sleep(job.seconds());
        } finally {
            running.decrementAndGet();
        }
        return "job " + job.n() + " started elapsed: " + started;
    }

    public static void main(String[] args) {
        // warm up (first virtual thread, class loading), then time
        Stream.of(0).gather(Gatherers.mapConcurrent(1, i -> i))
                .toList();
        start = System.nanoTime();
        var jobs = Stream.of(new Job(1, 0.8), new Job(2, 0.4),
                new Job(3, 0.4), new Job(4, 0.4), new Job(5, 0.4));
        jobs.gather(Gatherers.mapConcurrent(3, MapConcurrent::run))
                .forEach(System.out::println);
        System.out.println("max at once: " + maxRunning.get());
        System.out.println("elapsed: " + since());
    }
    // end::main[]

    static void sleep(double seconds) {
        try {
            Thread.sleep(Duration.ofMillis((long) (seconds * 1000)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
