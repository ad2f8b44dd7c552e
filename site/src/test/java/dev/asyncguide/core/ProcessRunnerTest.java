package dev.asyncguide.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The one process runner: time limit, output cap, whole tree killed. */
class ProcessRunnerTest {

    static ProcessRunner.Spec sh(String script) {
        return ProcessRunner.Spec.of(Path.of(""), List.of("bash", "-c", script));
    }

    @Test
    void linesArriveAsTheyArePrinted() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        var r = ProcessRunner.run(sh("echo one; sleep 0.3; echo two").onLine(seen::add));
        assertTrue(r.ok());
        assertEquals(List.of("one", "two"), r.stdout());
        assertEquals(List.of("one", "two"), seen);
    }

    @Test
    void stderrLinesArriveApartFromStdout() throws Exception {
        List<String> out = new CopyOnWriteArrayList<>();
        List<String> err = new CopyOnWriteArrayList<>();
        var r = ProcessRunner.run(sh("echo out; echo err >&2; sleep 0.3; echo err2 >&2")
                .onLine(out::add).onErrorLine(err::add));
        assertTrue(r.ok());
        assertEquals(List.of("out"), out);
        assertEquals(List.of("err", "err2"), err);
        assertEquals("err\nerr2\n", r.stderr());
    }

    @Test
    void aRunPastItsTimeLimitIsKilledWithItsChildren() throws Exception {
        // the child prints its pid, then both sleep; neither may survive
        var r = ProcessRunner.run(sh("sleep 60 & echo $!; wait").timeout(Duration.ofSeconds(1)));
        assertTrue(r.timedOut());
        long child = Long.parseLong(r.stdout().getFirst().strip());
        Thread.sleep(200);
        assertFalse(running(child), "child " + child + " survived");
        assertTrue(r.wallSeconds() < 10, "took " + r.wallSeconds());
    }

    @Test
    void aRunPastTheOutputCapIsKilled() throws Exception {
        var r = ProcessRunner.run(sh("yes again").outputCap(64 * 1024)
                .timeout(Duration.ofSeconds(30)));
        assertTrue(r.capped());
        assertFalse(r.ok());
        assertTrue(r.wallSeconds() < 10, "took " + r.wallSeconds());
        assertTrue(r.stdout().size() <= 64 * 1024 / 6 + 1, "kept " + r.stdout().size() + " lines");
    }

    /** Alive and not a zombie: a killed child whose parent died too waits,
     *  dead, for an init that may never reap it (as in a container). */
    static boolean running(long pid) throws Exception {
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (!java.nio.file.Files.exists(stat)) {
            return false;
        }
        String s = java.nio.file.Files.readString(stat);
        return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
    }

    @Test
    void anEmptyValueRemovesAVariable() throws Exception {
        var r = ProcessRunner.run(sh("echo \"[${HOME:-unset}]\"").env(java.util.Map.of("HOME", "")));
        assertEquals(List.of("[unset]"), r.stdout());
    }
}
