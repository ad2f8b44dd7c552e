///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION Three 1-second waits run one after another take 3 s

import java.time.Duration;
import java.util.Locale;

public class NotAsync {

    // tag::main[]
    static String task(int n) throws InterruptedException {
        System.out.println("task " + n + " start");
        Thread.sleep(Duration.ofSeconds(1));
        return "task " + n + " done";
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        for (int n = 1; n <= 3; n++) {
            System.out.println(task(n));
        }
        System.out.println("elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
