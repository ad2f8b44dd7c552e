///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION Child processes at once: ProcessBuilder and onExit()

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class Subprocesses {

    // tag::main[]
    static String run(int n) throws Exception {
        Process child = new ProcessBuilder(
                "sh", "-c", "sleep 1; echo child " + n + " done")
                .redirectErrorStream(true)
                .start();
        try (var in = child.getOutputStream();
             var out = child.getInputStream()) {
            byte[] output = out.readAllBytes();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                throw new TimeoutException("child " + n);
            }
            return new String(output, StandardCharsets.UTF_8).strip()
                    + " (exit " + child.exitValue() + ")";
        } finally {
            child.destroy(); // does nothing once it has exited
        }
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        var results = new ArrayList<Future<String>>();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 1; n <= 3; n++) {
                int k = n;
                results.add(ex.submit(() -> run(k)));
            }
            for (var result : results) {
                System.out.println(result.get());
            }
        }
        System.out.println("output elapsed: " + secondsSince(start));

        start = System.nanoTime();
        var exits = new ArrayList<CompletableFuture<Integer>>();
        for (int n = 1; n <= 3; n++) {
            Process child = new ProcessBuilder("sleep", "1")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectErrorStream(true)
                    .start();
            child.getOutputStream().close(); // no input for it
            exits.add(child.onExit().thenApply(Process::exitValue)
                    .orTimeout(10, TimeUnit.SECONDS));
        }
        List<Integer> codes =
                exits.stream().map(CompletableFuture::join).toList();
        System.out.println("exit codes: " + codes);
        System.out.println("exit elapsed: " + secondsSince(start));
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
