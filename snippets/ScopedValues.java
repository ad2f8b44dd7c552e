///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION contextvars as a ScopedValue: one request id per task

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class ScopedValues {

    // tag::main[]
    static final ScopedValue<String> REQUEST_ID =
            ScopedValue.newInstance();

    static String log(String message) {
        return "[" + REQUEST_ID.orElse("-") + "] " + message;
    }

    static String handle(String user) throws InterruptedException {
        Thread.sleep(Duration.ofMillis(500)); // other requests run
        var lines = new ArrayList<String>();
        lines.add(log("hello " + user));
        ScopedValue.where(REQUEST_ID, REQUEST_ID.get() + "/audit")
                .run(() -> lines.add(log("audited")));
        lines.add(log("done"));
        return String.join(" ", lines);
    }

    public static void main(String[] args) throws Exception {
        System.out.println(log("start"));
        long start = System.nanoTime();
        var replies = new ArrayList<Future<String>>();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String id : List.of("r1", "r2", "r3")) {
                replies.add(ex.submit(() -> ScopedValue
                        .where(REQUEST_ID, id)
                        .call(() -> handle("user-" + id))));
            }
            for (var reply : replies) {
                System.out.println(reply.get());
            }
        }
        System.out.println("elapsed: " + secondsSince(start));
        System.out.println(log("end"));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
