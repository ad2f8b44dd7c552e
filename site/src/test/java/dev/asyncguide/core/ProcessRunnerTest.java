package dev.asyncguide.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
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

    /** Within a few seconds, none of these runs (zombies are dead). */
    static void gone(List<Long> pids) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until) {
            boolean any = false;
            for (long pid : pids) {
                any |= running(pid);
            }
            if (!any) {
                return;
            }
            Thread.sleep(50);
        }
        for (long pid : pids) {
            assertFalse(running(pid), "pid " + pid + " outlived its run");
        }
    }

    static List<Long> pids(List<String> lines) {
        return lines.stream().filter(l -> l.matches("\\d+")).map(Long::valueOf).toList();
    }

    @Test
    void whatARunLeavesBehindDiesWithIt() throws Exception {
        // a double fork, a new session (setsid), and a new session with an
        // empty environment: each prints its pid, and the run exits at once
        var r = ProcessRunner.run(sh("""
                sh -c 'sleep 7777 & echo $!'
                setsid sleep 7777 & echo $!
                env -i setsid -f sh -c 'echo $$; exec sleep 7777'
                sleep 0.3
                """).timeout(Duration.ofSeconds(20)));
        assertTrue(r.ok(), r.toString());
        List<Long> left = pids(r.stdout());
        assertEquals(3, left.size(), r.stdout().toString());
        // they held its output open: the run did not wait for them
        assertTrue(r.wallSeconds() < 5, "took " + r.wallSeconds());
        gone(left);
    }

    /** A run is a process group of its own, so it is killed as one, but in
     *  this JVM's session: Linux shares the CPU between sessions first, and
     *  a session of its own would let no run's nice count against another's
     *  (and gave CpuBound's two threads one core beside two CPU hogs). */
    @Test
    void aRunIsAGroupOfItsOwnInThisSession() throws Exception {
        assumeTrue(ProcessFamily.contained(), "no bash/setpriv here");
        // a child that still lives while the run reads its /proc/PID/stat
        var run = ProcessRunner.run(sh("sleep 0.5 & cat /proc/$!/stat")
                .timeout(Duration.ofSeconds(20)));
        assertTrue(run.ok(), run.toString());
        long[] child = groupAndSession(run.stdout().getFirst());
        long[] jvm = groupAndSession(Files.readString(Path.of("/proc/self/stat")));
        assertNotEquals(jvm[0], child[0], "the run's group is the JVM's own");
        assertEquals(jvm[1], child[1], "the run left the JVM's session");
    }

    /** Process group and session from a /proc/PID/stat line. */
    static long[] groupAndSession(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(f[2]), Long.parseLong(f[3])};
    }

    /** Killing what a run left behind never loses what it printed (seen:
     *  Process.destroyForcibly closes the pipes before they are read). */
    @Test
    void aQuickRunsOutputIsNeverLost() throws Exception {
        List<Thread> threads = new java.util.ArrayList<>();
        List<String> lost = new CopyOnWriteArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 15; i++) {
                    try {
                        var r = ProcessRunner.run(ProcessRunner.Spec.of(Path.of(""),
                                List.of("printf", "one\\ntwo\\n")));
                        if (!r.stdout().equals(List.of("one", "two"))) {
                            lost.add(r.toString());
                        }
                    } catch (Exception e) {
                        lost.add(e.toString());
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), lost);
    }

    @Test
    void aRunPastItsTimeLimitTakesWhatItLeftBehind() throws Exception {
        var r = ProcessRunner.run(sh("""
                sh -c 'sleep 7777 & echo $!'
                setsid sleep 7777 & echo $!
                sleep 60
                """).timeout(Duration.ofSeconds(1)));
        assertTrue(r.timedOut());
        gone(pids(r.stdout()));
    }

    /** The parent-death signal follows the thread that forked: every run
     *  is forked by one platform thread that lives as long as the JVM, not
     *  by the caller (a virtual thread's carrier may end at any time). */
    @Test
    void runsAreForkedByTheLongLivedLauncherThread() throws Exception {
        assumeTrue(ProcessFamily.contained(), "no setsid/setpriv here");
        List<String> forkers = new CopyOnWriteArrayList<>();
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                ProcessRunner.run(sh("sleep 0.5").onStart(p -> forkers.addAll(forker(p.pid()))));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        t.join();
        assertEquals(List.of("process-launche"), forkers); // comm: 15 characters at most
    }

    /** The names of this JVM's threads that have {@code pid} as a child. */
    static List<String> forker(long pid) {
        List<String> names = new java.util.ArrayList<>();
        try (var tasks = java.nio.file.Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String children = java.nio.file.Files.readString(task.resolve("children"));
                if (List.of(children.trim().split(" ")).contains(Long.toString(pid))) {
                    names.add(java.nio.file.Files.readString(task.resolve("comm")).strip());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
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
