package dev.asyncguide.serve;

import dev.asyncguide.core.Cli;
import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.ProcessRunner;
import dev.asyncguide.core.ProcessRunner.Result;
import dev.asyncguide.snippet.Expectation;
import dev.asyncguide.snippet.Expectation.Side;
import dev.asyncguide.snippet.OutputCheck;
import dev.asyncguide.snippet.Snippet;
import dev.asyncguide.snippet.SnippetRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The runs a reader starts from a page: a known snippet or its Python
 * twin, as it is in snippets/ or as the reader edited it (a scratch copy
 * in a temporary folder; snippets/ is never written). Each run goes
 * through the one {@link SnippetRunner} (./jbang or python3, the
 * snippet's time limit, the output cap), streams its lines as they come,
 * and ends with the verdict of the snippet's {@code .expect}, from the
 * same {@link OutputCheck} as the capture stage. At most
 * {@link #AT_ONCE} run at a time; stopping one, or closing this, kills
 * its whole process tree at once.
 */
final class Runs implements AutoCloseable {

    /** Runs at the same time, on a machine that may have two cores. */
    static final int AT_ONCE = 3;

    /** The most code a reader may send (characters). */
    static final int MAX_CODE = 100_000;

    /** A run that cannot start: an HTTP status and a reason a reader can read. */
    static final class Refused extends Exception {
        final int status;
        final String code;

        Refused(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    private final Path root;
    private final SnippetRunner runner;
    private final Semaphore slots = new Semaphore(AT_ONCE);
    private final Map<String, Run> live = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Consumer<String> log;
    private volatile boolean closed;

    Runs(Path root, Consumer<String> log) {
        this.root = root.toAbsolutePath().normalize();
        this.runner = new SnippetRunner(this.root);
        this.log = log;
    }

    /** One run: its events (maps, in order; the last has type "end"). */
    final class Run {
        final String id;
        final Snippet snippet;
        final Side side;
        /** The program's file as the reader knows it (snippets/...), even
         *  when an edited copy runs. */
        final Path file;
        final boolean edited;
        final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
        private volatile Process process;
        private volatile boolean stopped;
        private volatile String stopReason = "";
        private Thread thread;
        /** Every process of the run seen so far: one that its parent left
         *  behind is still killed at the end (a handle knows its process's
         *  start time, so a reused pid is never hit). */
        private final java.util.Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();

        private Run(String id, Snippet snippet, Side side, Path file, boolean edited) {
            this.id = id;
            this.snippet = snippet;
            this.side = side;
            this.file = file;
            this.edited = edited;
        }

        /** Kills the run's whole process tree now; {@code why} (empty when
         *  the reader pressed Stop) is told to the page. */
        void stop(String why) {
            if (stopped) {
                return;
            }
            stopReason = why;
            stopped = true;
            killAll();
            thread.interrupt();
        }

        /** Kills the tree as it is now and every process seen before. */
        private void killAll() {
            Process p = process;
            if (p != null) {
                seen.addAll(processes());
                ProcessRunner.killTree(p);
            }
            seen.forEach(ProcessHandle::destroyForcibly);
        }

        /** The run's processes now: the program and all it started. */
        List<ProcessHandle> processes() {
            Process p = process;
            if (p == null) {
                return List.of();
            }
            return Stream.concat(Stream.of(p.toHandle()), p.descendants()).toList();
        }

        void join(Duration d) throws InterruptedException {
            thread.join(d);
        }

        private void body(Path file, Path shown, Expectation exp, Path scratch) {
            long start = System.nanoTime();
            Map<String, Object> last = null;
            try {
                var spec = runner.runSpec(file, side, exp.timeout())
                        .onLine(line -> events.add(Map.of("type", "line", "text", line)))
                        .onStart(p -> {
                            process = p;
                            if (stopped) {
                                ProcessRunner.killTree(p);
                            }
                        });
                Thread.ofVirtual().start(this::watch);
                Result r = ProcessRunner.run(spec);
                if (stopped) {
                    last = end("stopped", List.of(), "", r.exitCode(), start);
                } else if (!r.ok()) {
                    last = end("failed", List.of(SnippetRunner.runFailure(shown, r,
                            exp.timeout())), r.stderr(), r.exitCode(), start);
                } else {
                    var wrong = OutputCheck.mismatches(exp, side, r.stdout());
                    last = end(wrong.isEmpty() ? "passed" : "failed", wrong, r.stderr(), 0, start);
                }
            } catch (InterruptedException e) {
                last = end("stopped", List.of(), "", -1, start);
            } catch (IOException e) {
                last = end("failed", List.of(Diagnostic.at(shown, 1, "cannot run: "
                        + e.getMessage())), "", -1, start);
            } catch (RuntimeException e) {
                Diagnostic d = Cli.diagnose(e);
                last = end("failed", List.of(d != null ? d
                        : Diagnostic.at(shown, 1, "internal error: " + e)), "", -1, start);
            } finally {
                killAll(); // nothing outlives its run
                if (scratch != null) {
                    deleteQuietly(scratch);
                }
                live.remove(id);
                slots.release(); // before the page hears the end: it may run again at once
                events.add(last != null ? last : end("failed", List.of(Diagnostic.at(shown, 1,
                        "the run ended unexpectedly")), "", -1, start));
            }
        }

        /** Notes the run's processes while it runs. */
        private void watch() {
            try {
                while (thread.isAlive()) {
                    seen.addAll(processes());
                    TimeUnit.MILLISECONDS.sleep(100);
                }
            } catch (InterruptedException e) {
                // the run is over
            }
        }

        /** The last event of a run: its status, verdict and what it printed on stderr. */
        private Map<String, Object> end(String status, List<Diagnostic> problems, String stderr,
                                        int exit, long start) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("type", "end");
            e.put("status", status);
            if (status.equals("stopped") && !stopReason.isEmpty()) {
                e.put("reason", stopReason);
            }
            e.put("problems", problems.stream().map(Diagnostic::getMessage).toList());
            e.put("stderr", tail(stderr));
            e.put("exitCode", exit);
            e.put("seconds", Math.round((System.nanoTime() - start) / 1e7) / 100.0);
            e.put("expect", Diagnostic.shown(snippet.expectFile()));
            log.accept("run " + id + " " + Diagnostic.shown(file) + (edited ? " (edited)" : "")
                    + ": " + status + (stopReason.isEmpty() ? "" : " (" + stopReason + ")")
                    + (problems.isEmpty() ? "" : ": " + problems.getFirst()));
            return e;
        }
    }

    /**
     * Starts a run of snippet {@code name} ({@code java} or {@code python}
     * side), of {@code code} instead of the file when the reader edited it.
     */
    Run start(String name, String sideName, Optional<String> code) throws Refused {
        if (closed) {
            throw new Refused(503, "closing", "the server is stopping");
        }
        Side side = switch (sideName == null ? "" : sideName) {
            case "java" -> Side.JAVA;
            case "python" -> Side.PYTHON;
            default -> throw new Refused(400, "bad-request", "side must be java or python");
        };
        Snippet snippet = known(name);
        if (code.isPresent() && code.get().length() > MAX_CODE) {
            throw new Refused(413, "too-long", "the code is longer than " + MAX_CODE
                    + " characters");
        }
        Expectation exp;
        try {
            exp = snippet.expectation(root);
        } catch (IOException | Diagnostic e) {
            throw new Refused(409, "bad-expect", e.getMessage());
        }
        if (!slots.tryAcquire()) {
            throw new Refused(429, "busy", AT_ONCE + " runs are going already: stop one,"
                    + " or wait until one ends");
        }
        Path shown = side == Side.JAVA ? snippet.source() : exp.python();
        Run run = new Run(HexFormat.of().formatHex(randomBytes()), snippet, side, shown,
                code.isPresent());
        Path scratch = null;
        try {
            Path file = root.resolve(shown);
            if (code.isPresent()) {
                scratch = Files.createTempDirectory("asyncguide-run-");
                file = scratch.resolve(shown.getFileName().toString());
                Files.writeString(file, code.get());
            }
            Path scratchDir = scratch;
            Path runFile = file;
            run.thread = Thread.ofPlatform().name("run-" + run.id).daemon()
                    .unstarted(() -> run.body(runFile, shown, exp, scratchDir));
            live.put(run.id, run);
            run.thread.start();
            return run;
        } catch (IOException | RuntimeException e) {
            live.remove(run.id);
            slots.release();
            if (scratch != null) {
                deleteQuietly(scratch);
            }
            throw new Refused(500, "cannot-start", "cannot start the run: " + e.getMessage());
        }
    }

    private Snippet known(String name) throws Refused {
        try {
            return Snippet.all(root).stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new Refused(404, "unknown",
                            "no snippet " + name + " in " + Snippet.FOLDER + "/"));
        } catch (IOException | Diagnostic e) {
            throw new Refused(409, "bad-snippets", e.getMessage());
        }
    }

    Optional<Run> get(String id) {
        return Optional.ofNullable(id == null ? null : live.get(id));
    }

    /** Every run going now. */
    List<Run> live() {
        return List.copyOf(live.values());
    }

    /** Stops every run and waits for their processes to be gone. */
    @Override
    public void close() {
        closed = true;
        List<Run> runs = live();
        runs.forEach(r -> r.stop("the server stopped"));
        for (Run r : runs) {
            try {
                r.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits until every run has ended (tests). */
    boolean idle(Duration d) throws InterruptedException {
        long until = System.nanoTime() + d.toNanos();
        while (!live.isEmpty()) {
            if (System.nanoTime() > until) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return true;
    }

    private byte[] randomBytes() {
        byte[] b = new byte[8];
        random.nextBytes(b);
        return b;
    }

    /** The end of a long stderr: the part that says what went wrong. */
    private static String tail(String stderr) {
        List<String> lines = new ArrayList<>(stderr.lines().toList());
        if (lines.size() > 40) {
            lines = lines.subList(lines.size() - 40, lines.size());
        }
        String t = String.join("\n", lines);
        return t.length() > 8000 ? t.substring(t.length() - 8000) : t;
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder: the system cleans it up
        }
    }
}
