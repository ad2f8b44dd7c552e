///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION create_task as a virtual thread: it starts at once

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

public class CreateTask {

    // tag::main[]
    static String work(String name) throws InterruptedException {
        Thread.sleep(Duration.ofMillis(500));
        return name;
    }

    static boolean startsWhileCreatorBusy()
            throws InterruptedException {
        var started = new AtomicBoolean();
        Thread task = Thread.ofVirtual().start(() -> started.set(true));
        long busy = System.nanoTime();
        while (!started.get() && System.nanoTime() - busy < 300e6) {
            Thread.onSpinWait(); // keep the CPU, never wait
        }
        boolean seen = started.get();
        task.join();
        return seen;
    }

    public static void main(String[] args) throws Exception {
        System.out.println("started while main kept the CPU: "
                + startsWhileCreatorBusy());
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            var creator = ex.submit(CreateTask::startsWhileCreatorBusy);
            System.out.println("started while a virtual thread kept "
                    + "the CPU: " + creator.get());
        }

        long start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            var a = ex.submit(() -> work("a"));
            var b = ex.submit(() -> work("b"));
            var c = ex.submit(() -> work("c"));
            System.out.println("tasks created");
            var results = List.of(a.get(), b.get(), c.get());
            System.out.println("results: " + results);
        }
        System.out.println("elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
