package dev.asyncguide.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one external program (jbang, python3, git) and waits for it, within a
 * time limit and an output cap; when either is passed, or the caller is
 * interrupted, the whole process tree is killed; whatever it leaves behind
 * is killed when it exits (see {@link ProcessFamily}). Standard input is empty.
 * Output is read as it comes, so a listener sees each line at once.
 */
public final class ProcessRunner {

    /** What one run did. Output is UTF-8 text, cut at the cap. */
    public record Result(List<String> command, int exitCode, List<String> stdout,
                         String stderr, boolean timedOut, boolean capped,
                         double wallSeconds) {
        public boolean ok() {
            return !timedOut && !capped && exitCode == 0;
        }
    }

    /** What to run and within which limits. An {@code env} value that is
     *  empty removes the variable. {@code onStart} is handed the process as
     *  soon as it runs (to list or kill its tree from outside the run). */
    public record Spec(List<String> command, Path dir, Map<String, String> env,
                       Duration timeout, long outputCap, Consumer<String> onLine,
                       Consumer<String> onErrorLine, Consumer<Process> onStart) {
        public Spec {
            command = List.copyOf(command);
            env = Map.copyOf(env);
        }

        public static Spec of(Path dir, List<String> command) {
            return new Spec(command, dir, Map.of(), Duration.ofMinutes(2),
                    Long.MAX_VALUE, line -> {}, line -> {}, p -> {});
        }

        public Spec env(Map<String, String> e) {
            return new Spec(command, dir, e, timeout, outputCap, onLine, onErrorLine, onStart);
        }

        public Spec timeout(Duration t) {
            return new Spec(command, dir, env, t, outputCap, onLine, onErrorLine, onStart);
        }

        public Spec outputCap(long bytes) {
            return new Spec(command, dir, env, timeout, bytes, onLine, onErrorLine, onStart);
        }

        public Spec onLine(Consumer<String> listener) {
            return new Spec(command, dir, env, timeout, outputCap, listener, onErrorLine, onStart);
        }

        /** Each line the program writes on stderr, as it comes. */
        public Spec onErrorLine(Consumer<String> listener) {
            return new Spec(command, dir, env, timeout, outputCap, onLine, listener, onStart);
        }

        public Spec onStart(Consumer<Process> listener) {
            return new Spec(command, dir, env, timeout, outputCap, onLine, onErrorLine, listener);
        }
    }

    private ProcessRunner() {}

    /** Runs; an I/O error starting the program (not found) is an IOException. */
    public static Result run(Spec spec) throws IOException, InterruptedException {
        var pb = new ProcessBuilder(spec.command())
                .directory(spec.dir().toAbsolutePath().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        spec.env().forEach((k, v) -> {
            if (v.isEmpty()) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        long start = System.nanoTime();
        ProcessFamily.Member family = ProcessFamily.start(pb);
        Process p = family.process();
        FAMILIES.put(p.pid(), family);
        try {
            return wait(spec, p, start);
        } finally {
            ProcessFamily.kill(family); // nothing it started outlives it
            FAMILIES.remove(p.pid());
        }
    }

    private static Result wait(Spec spec, Process p, long start) throws InterruptedException {
        try {
            spec.onStart().accept(p);
        } catch (RuntimeException e) {
            killTree(p);
            throw e;
        }
        var out = new Capped(spec.outputCap(), spec.onLine());
        var err = new Capped(spec.outputCap(), spec.onErrorLine());
        Thread outReader = Thread.ofVirtual().start(() -> out.drain(p.getInputStream(), p));
        Thread errReader = Thread.ofVirtual().start(() -> err.drain(p.getErrorStream(), p));
        boolean done;
        try {
            done = p.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            killTree(p);
            throw e;
        }
        // what it left behind would hold its output open: killed before reading to the end
        killTree(p);
        p.waitFor(10, TimeUnit.SECONDS);
        outReader.join(Duration.ofSeconds(10));
        errReader.join(Duration.ofSeconds(10));
        double wall = (System.nanoTime() - start) / 1e9;
        boolean capped = out.capped || err.capped;
        return new Result(spec.command(), done && !capped ? p.exitValue() : -1,
                out.text().lines().toList(), err.text(), !done && !capped, capped, wall);
    }

    private static final Map<Long, ProcessFamily.Member> FAMILIES = new ConcurrentHashMap<>();

    /** Kills a process and every process it started: its whole family
     *  ({@link ProcessFamily}) when it runs through here, else its tree. */
    public static void killTree(Process p) {
        ProcessFamily.Member family = FAMILIES.get(p.pid());
        if (family != null && family.process() == p) {
            ProcessFamily.kill(family);
            return;
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    /** One output stream, kept up to a cap; passing the cap kills the run. */
    private static final class Capped {
        private final long cap;
        private final Consumer<String> onLine;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        volatile boolean capped;

        Capped(long cap, Consumer<String> onLine) {
            this.cap = cap;
            this.onLine = onLine;
        }

        void drain(InputStream in, Process p) {
            byte[] buf = new byte[8192];
            long total = 0;
            try (in) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    if (total + n > cap) {
                        capped = true;
                        killTree(p);
                        break;
                    }
                    total += n;
                    synchronized (this) {
                        kept.write(buf, 0, n);
                    }
                    for (int i = 0; i < n; i++) {
                        if (buf[i] == '\n') {
                            onLine.accept(line.toString(StandardCharsets.UTF_8));
                            line.reset();
                        } else {
                            line.write(buf[i]);
                        }
                    }
                }
                if (line.size() > 0 && !capped) {
                    onLine.accept(line.toString(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the process was killed while we read: keep what came
            }
        }

        synchronized String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows")
                ? "NUL" : "/dev/null");
    }
}
