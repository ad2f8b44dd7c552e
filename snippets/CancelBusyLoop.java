///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION A loop that never checks cannot be cancelled

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;

public class CancelBusyLoop {

    static long start;

    // tag::main[]
    static void busy(boolean checks) {
        long end = System.nanoTime() + 500_000_000L; // 0.5 s of CPU
        while (System.nanoTime() < end) {
            if (checks && Thread.currentThread().isInterrupted()) {
                System.out.println("loop: saw the interrupt");
                return;
            }
        }
        System.out.println("loop: ran to the end");
    }

    static void run(boolean checks) throws InterruptedException {
        start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            var task = ex.submit(() -> busy(checks));
            Thread.sleep(Duration.ofMillis(100));
            System.out.println("cancel elapsed: " + since());
            task.cancel(true);
        }
        String label = checks ? "checking" : "unchecked";
        System.out.println(label + " elapsed: " + since());
    }

    public static void main(String[] args) throws Exception {
        run(false);
        run(true);
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
