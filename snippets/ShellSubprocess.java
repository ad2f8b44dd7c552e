///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION create_subprocess_shell, communicate, kill on timeout

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import static java.util.concurrent.TimeUnit.MILLISECONDS;

public class ShellSubprocess {

    // tag::main[]
    static Process shell(String command) throws Exception {
        return new ProcessBuilder("sh", "-c", command).start();
    }

    public static void main(String[] args) throws Exception {
        // communicate(input=...): write stdin, close it, read stdout
        Process upper = shell("tr a-z A-Z");
        try (var in = upper.getOutputStream()) {
            in.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(upper.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        System.out.println("upper: " + out.strip());

        // a timeout that kills the child
        long start = System.nanoTime();
        Process slow = shell("exec sleep 3");
        if (!slow.waitFor(500, MILLISECONDS)) {
            slow.destroyForcibly();
            slow.waitFor();
        }
        System.out.println("killed elapsed: " + secondsSince(start));
        System.out.println("exit value: " + slow.exitValue());

        // interrupting the thread that waits does not stop the child
        Process child = shell("exec sleep 3");
        Thread waiting = Thread.ofVirtual().start(() -> {
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(Duration.ofMillis(200));
        waiting.interrupt();
        waiting.join();
        System.out.println("child alive after cancelling the wait: "
                + (child.isAlive() ? "yes" : "no"));
        child.destroyForcibly().waitFor();
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
