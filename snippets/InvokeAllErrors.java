///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION invokeAll waits for all; each failure stays in its Future

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

public class InvokeAllErrors {

    static long start;

    // tag::main[]
    static String task(String name, double seconds, boolean fails)
            throws InterruptedException {
        Thread.sleep(Duration.ofMillis((long) (seconds * 1000)));
        if (fails) {
            System.out.println(name + " failed elapsed: " + since());
            throw new IllegalStateException(name + " failed");
        }
        System.out.println(name + " done elapsed: " + since());
        return name;
    }

    public static void main(String[] args) throws Exception {
        start = System.nanoTime();
        List<Callable<String>> tasks = List.of(
                () -> task("a", 0.2, true),
                () -> task("b", 0.8, true),
                () -> task("c", 1.0, false));
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var future : ex.invokeAll(tasks)) {
                System.out.println(switch (future.state()) {
                    case SUCCESS -> "SUCCESS " + future.resultNow();
                    case FAILED -> "FAILED " + future.exceptionNow();
                    default -> future.state().toString();
                });
            }
            System.out.println("elapsed: " + since());
        }
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
