///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION wait(FIRST_EXCEPTION): take results until one fails

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class WaitFirstException {

    static long start;

    // tag::main[]
    static String job(String name, int millis, boolean fails)
            throws InterruptedException {
        Thread.sleep(Duration.ofMillis(millis));
        if (fails) {
            throw new IllegalStateException(name + " failed");
        }
        return name;
    }

    public static void main(String[] args) throws Exception {
        // warm up (first virtual thread, class loading), then time
        try (var warm = Executors.newVirtualThreadPerTaskExecutor()) {
            new ExecutorCompletionService<String>(warm)
                    .submit(() -> "").get();
        }
        start = System.nanoTime();
        try (var exec = Executors.newVirtualThreadPerTaskExecutor()) {
            var service = new ExecutorCompletionService<String>(exec);
            var names = new LinkedHashMap<Future<String>, String>();
            names.put(service.submit(() -> job("fast", 200, false)),
                    "fast");
            names.put(service.submit(() -> job("bad", 400, true)),
                    "bad");
            names.put(service.submit(() -> job("slow", 1500, false)),
                    "slow");
            var done = new TreeSet<String>();
            while (done.size() < names.size()) {
                Future<String> f = service.take();
                done.add(names.get(f));
                if (f.state() == Future.State.FAILED) {
                    System.out.println("error: "
                            + f.exceptionNow().getMessage());
                    break;
                }
            }
            System.out.println("returned elapsed: " + since());
            System.out.println("done: " + String.join(", ", done));
            names.forEach((f, name) -> {
                if (!done.contains(name)) {
                    System.out.println("pending: " + name);
                    f.cancel(true);
                }
            });
        }
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
