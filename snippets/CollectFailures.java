///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25
//PREVIEW
//DESCRIPTION ExceptionGroup, except* as a Joiner keeping all failures

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.FailedException;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.TimeoutException;

public class CollectFailures {

    static long start;

    // tag::main[]
    // waits for all, never cancels; throws one exception that
    // carries every failure as a suppressed exception
    static final class AllFailures<T> implements Joiner<T, List<T>> {
        private final Queue<Subtask<? extends T>> done =
                new ConcurrentLinkedQueue<>();

        @Override
        public boolean onComplete(Subtask<? extends T> subtask) {
            done.add(subtask);
            return false; // keep the others running
        }

        @Override
        public List<T> result() throws Exception {
            var results = new ArrayList<T>();
            var group = new Exception("jobs failed");
            for (var s : done) {
                switch (s.state()) {
                    case SUCCESS -> results.add(s.get());
                    case FAILED -> group.addSuppressed(s.exception());
                    case UNAVAILABLE -> { }
                }
            }
            if (group.getSuppressed().length > 0) {
                throw group;
            }
            return results;
        }
    }

    static String job(String name, int millis, Exception error)
            throws Exception {
        Thread.sleep(Duration.ofMillis(millis));
        if (error != null) {
            throw error;
        }
        return name;
    }

    public static void main(String[] args) throws Exception {
        // warm up (first virtual thread, scope classes), then time
        try (var warm = StructuredTaskScope.open()) {
            warm.fork(() -> null);
            warm.join();
        }
        start = System.nanoTime();
        try (var scope = StructuredTaskScope.open(
                new AllFailures<String>())) {
            scope.fork(() -> job("a", 200,
                    new IllegalArgumentException("a failed")));
            scope.fork(() -> job("b", 300,
                    new TimeoutException("b failed")));
            scope.fork(() -> job("c", 500, null));
            scope.join();
        } catch (FailedException e) {
            System.out.println("joined elapsed: " + since());
            var group = e.getCause();
            System.out.println("failures: "
                    + group.getSuppressed().length);
            // except*: one handler per kind of failure
            for (Throwable t : group.getSuppressed()) {
                switch (t) {
                    case IllegalArgumentException x ->
                            System.out.println("value error: "
                                    + x.getMessage());
                    case TimeoutException x ->
                            System.out.println("timeout: "
                                    + x.getMessage());
                    default -> throw e;
                }
            }
        }
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
