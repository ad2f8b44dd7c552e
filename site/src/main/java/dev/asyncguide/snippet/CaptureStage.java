package dev.asyncguide.snippet;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.ProcessRunner.Result;
import dev.asyncguide.snippet.CaptureStore.Capture;
import dev.asyncguide.snippet.Expectation.Side;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one capture stage, for the build, {@code ./build.sh snippet} and the
 * test suite alike: for every snippet and its Python twin, run (or reuse
 * a stored run) → check against the {@code .expect} → save. A run that
 * fails its check is never saved, so no page can show it. A stored run is
 * reused while the program, and what it runs on, are unchanged; it is
 * checked again every time, so editing only an {@code .expect} re-checks
 * without running anything.
 *
 * <p>Runs are scheduled for the least wall time their timings allow:
 * compile first (two at a time), then sleep-bound programs side by side,
 * then {@code @alone} ones one by one.
 */
public final class CaptureStage {

    /**
     * A snippet's outcome: both captures, or what is wrong (one line each).
     * {@code printed} is what each program printed, passing or not, for
     * the author's eyes; only the captures may reach a page.
     */
    public record Outcome(Snippet snippet, Optional<Expectation> expectation,
                          Optional<Capture> java, Optional<Capture> python,
                          List<Diagnostic> problems, Map<Side, List<String>> printed) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /** Programs run this many at a time (the rest of the CPU goes to
     *  JBang's launchers). */
    static final int SIDE_BY_SIDE = 6;

    private final Path root;
    private final SnippetRunner runner;
    private final CaptureStore store;
    private final Consumer<String> progress;

    public CaptureStage(Path root, Consumer<String> progress) {
        this.root = root.toAbsolutePath().normalize();
        this.runner = new SnippetRunner(this.root);
        this.store = new CaptureStore(this.root.resolve("target/snippet-runs"));
        this.progress = progress;
    }

    /** One program of a snippet: the Java script or its Python twin. */
    private record Part(Snippet snippet, Expectation exp, Side side, String key,
                        String runtime) {
        Path file() {
            return side == Side.JAVA ? snippet.source() : exp.python();
        }

        String storeName() {
            return snippet.name() + (side == Side.JAVA ? "" : ".python");
        }
    }

    /**
     * Every snippet in {@code snippets/}; {@code fresh} runs them all again
     * instead of reusing stored runs. Python twins are skipped (and said
     * so) only where python3 is missing.
     */
    public Map<String, Outcome> captureAll(boolean fresh) throws Exception {
        return capture(Snippet.all(root), fresh);
    }

    public Map<String, Outcome> capture(List<Snippet> snippets, boolean fresh)
            throws Exception {
        if (snippets.isEmpty()) {
            return Map.of();
        }
        String jdk = "JDK " + Runtime.version();
        String javaRuntime = jdk + ", " + runner.jbangVersion();
        Optional<String> python = runner.pythonVersion();
        if (python.isEmpty()) {
            progress.accept("warning: python3 not found: the Python twins are not run,"
                    + " and pages show no output for them");
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Map<Part, Capture> captured = new LinkedHashMap<>();
        List<Part> toRun = new ArrayList<>();
        for (Snippet s : snippets) {
            Expectation exp = s.expectation(root);
            List<Part> parts = new ArrayList<>();
            parts.add(new Part(s, exp, Side.JAVA,
                    CaptureStore.key(root.resolve(s.source()), javaRuntime), javaRuntime));
            if (python.isPresent()) {
                parts.add(new Part(s, exp, Side.PYTHON,
                        CaptureStore.key(root.resolve(exp.python()), python.get()), python.get()));
            }
            for (Part p : parts) {
                Optional<Capture> stored = fresh ? Optional.empty()
                        : store.load(p.storeName(), p.key(), Diagnostic.shown(p.file()));
                stored.ifPresentOrElse(c -> captured.put(p, c), () -> toRun.add(p));
            }
        }
        progress.accept(snippets.size() + " snippets: " + captured.size() + " runs reused, "
                + toRun.size() + " to run");
        Map<Part, Diagnostic> failed = new LinkedHashMap<>();
        Map<Part, List<String>> printed = new LinkedHashMap<>();
        runAll(toRun, captured, failed, printed);
        captured.forEach((p, c) -> printed.putIfAbsent(p, c.stdout()));

        for (Snippet s : snippets) {
            List<Diagnostic> problems = new ArrayList<>();
            Expectation exp = null;
            Capture java = null;
            Capture py = null;
            for (var e : captured.entrySet()) {
                Part p = e.getKey();
                if (!p.snippet().equals(s)) {
                    continue;
                }
                exp = p.exp();
                List<Diagnostic> wrong = OutputCheck.mismatches(p.exp(), p.side(),
                        e.getValue().stdout());
                if (wrong.isEmpty()) {
                    if (toRun.contains(p)) {
                        store.save(p.storeName(), p.key(), e.getValue()); // passed: keep it
                    }
                    if (p.side() == Side.JAVA) {
                        java = e.getValue();
                    } else {
                        py = e.getValue();
                    }
                } else {
                    problems.addAll(wrong);
                }
            }
            failed.forEach((p, d) -> {
                if (p.snippet().equals(s)) {
                    problems.add(d);
                }
            });
            if (!problems.isEmpty()) {
                java = null; // a failing snippet shows nothing
                py = null;
            }
            Map<Side, List<String>> out = new LinkedHashMap<>();
            printed.forEach((p, lines) -> {
                if (p.snippet().equals(s)) {
                    out.put(p.side(), lines);
                }
            });
            outcomes.put(s.name(), new Outcome(s, Optional.ofNullable(exp),
                    Optional.ofNullable(java), Optional.ofNullable(py), List.copyOf(problems),
                    Map.copyOf(out)));
        }
        return outcomes;
    }

    private void runAll(List<Part> toRun, Map<Part, Capture> captured,
                        Map<Part, Diagnostic> failed, Map<Part, List<String>> printed)
            throws Exception {
        if (toRun.isEmpty()) {
            return;
        }
        compileAll(toRun, failed);
        List<Part> together = new ArrayList<>();
        List<Part> alone = new ArrayList<>();
        for (Part p : toRun) {
            if (!failed.containsKey(p) && !compileFailed(p, failed)) {
                (p.exp().alone() ? alone : together).add(p);
            }
        }
        int total = together.size() + alone.size();
        AtomicInteger done = new AtomicInteger();
        Map<Part, Future<Result>> results = new LinkedHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(SIDE_BY_SIDE)) {
            for (Part p : together) {
                results.put(p, pool.submit(() -> runOne(p, done, total)));
            }
        }
        for (Part p : alone) {
            try (ExecutorService one = Executors.newSingleThreadExecutor()) {
                results.put(p, one.submit(() -> runOne(p, done, total)));
            }
        }
        for (var e : results.entrySet()) {
            Part p = e.getKey();
            Result r = e.getValue().get();
            printed.put(p, r.stdout());
            if (r.ok()) {
                captured.put(p, new Capture(Diagnostic.shown(p.file()), r.stdout(), p.runtime(),
                        Instant.now()));
            } else {
                failed.put(p, SnippetRunner.failure(p.file(), r, p.exp().timeout()));
            }
        }
    }

    private static boolean compileFailed(Part p, Map<Part, Diagnostic> failed) {
        return failed.keySet().stream().anyMatch(f -> f.snippet().equals(p.snippet())
                && f.side() == Side.JAVA && p.side() == Side.JAVA);
    }

    private Result runOne(Part p, AtomicInteger done, int total) throws Exception {
        Result r = p.side() == Side.JAVA
                ? runner.run(p.snippet(), p.exp().timeout(), line -> {})
                : runner.runPython(p.exp().python(), p.exp().timeout(), line -> {});
        progress.accept("ran " + done.incrementAndGet() + "/" + total + ": "
                + Diagnostic.shown(p.file()) + timings(r.stdout()));
        return r;
    }

    private void compileAll(List<Part> toRun, Map<Part, Diagnostic> failed) throws Exception {
        List<Part> java = toRun.stream().filter(p -> p.side() == Side.JAVA).toList();
        AtomicInteger n = new AtomicInteger();
        Map<Part, Future<Optional<Diagnostic>>> compiled = new LinkedHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (Part p : java) {
                compiled.put(p, pool.submit(() -> {
                    try {
                        runner.compile(p.snippet());
                        progress.accept("compiled " + n.incrementAndGet() + "/" + java.size()
                                + ": " + p.snippet().fileName());
                        return Optional.<Diagnostic>empty();
                    } catch (Diagnostic d) {
                        return Optional.of(d);
                    }
                }));
            }
        }
        for (var e : compiled.entrySet()) {
            e.getValue().get().ifPresent(d -> failed.put(e.getKey(), d));
        }
    }

    private static String timings(List<String> stdout) {
        var t = stdout.stream().filter(l -> Timing.parse(l).isPresent()).toList();
        return t.isEmpty() ? "" : " (" + String.join(", ", t) + ")";
    }
}
