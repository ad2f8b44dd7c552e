///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25
//PREVIEW
//DESCRIPTION StructuredTaskScope forks inherit a ScopedValue binding

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

public class ScopedValueFork {

    // tag::main[]
    static final ScopedValue<String> REQUEST_ID =
            ScopedValue.newInstance();

    static String seen() {
        return REQUEST_ID.orElse("unbound");
    }

    static String work(int n) throws InterruptedException {
        Thread.sleep(Duration.ofMillis(500));
        return "fork " + n + " sees: " + seen();
    }

    static List<String> handle() throws Exception {
        var lines = new ArrayList<String>();
        try (var scope = StructuredTaskScope.open(
                Joiner.<String>allSuccessfulOrThrow())) {
            for (int n = 1; n <= 3; n++) {
                int k = n;
                scope.fork(() -> work(k));
            }
            scope.join().map(Subtask::get).forEach(lines::add);
        }
        Thread.ofVirtual()
                .start(() -> lines.add("plain thread sees: " + seen()))
                .join();
        return lines;
    }

    public static void main(String[] args) throws Exception {
        System.out.println("main before: " + seen());
        long start = System.nanoTime();
        List<String> lines = ScopedValue.where(REQUEST_ID, "req-42")
                .call(ScopedValueFork::handle);
        lines.forEach(System.out::println);
        System.out.println("elapsed: " + secondsSince(start));
        System.out.println("main after: " + seen());
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
