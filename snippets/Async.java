///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION The same three 1-second waits at once take 1 s

import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class Async {

    // tag::main[]
    static String task(int n) throws InterruptedException {
        System.out.println("task " + n + " start");
        Thread.sleep(Duration.ofSeconds(1));
        return "task " + n + " done";
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            var tasks = new ArrayList<Future<String>>();
            for (int n = 1; n <= 3; n++) {
                int id = n;
                tasks.add(ex.submit(() -> task(id)));
            }
            for (var task : tasks) {
                System.out.println(task.get());
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
