///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION 100 000 virtual threads each wait 1 s: time and memory

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

public class Scale {

    // tag::main[]
    static final int TASKS = 100_000;

    public static void main(String[] args) throws Exception {
        var done = new AtomicInteger();
        long start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < TASKS; i++) {
                ex.submit(() -> {
                    Thread.sleep(Duration.ofSeconds(1));
                    return done.incrementAndGet();
                });
            }
        }
        System.out.println("tasks: " + TASKS + ", done: " + done);
        System.out.println("elapsed: " + secondsSince(start));
        System.out.println("peak memory: " + peakMegabytes() + " MB");
    }
    // end::main[]

    /** The process's peak resident set (VmHWM), Linux only. */
    static long peakMegabytes() throws IOException {
        for (String line : Files.readAllLines(
                Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                String kb = line.replaceAll("\\D", "");
                return Long.parseLong(kb) / 1024;
            }
        }
        return -1;
    }

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
