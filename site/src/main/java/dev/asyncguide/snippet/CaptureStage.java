package dev.asyncguide.snippet;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.IdleCores;
import dev.asyncguide.core.ProcessRunner.Result;
import dev.asyncguide.snippet.CaptureStore.Capture;
import dev.asyncguide.snippet.Expectation.Side;
import dev.asyncguide.snippet.Expectation.Slot;
import dev.asyncguide.snippet.Expectation.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
 * <p>Runs are scheduled for the least wall time their timings allow (the
 * {@code .expect}'s {@link Slot}), in three lanes at once, then one:
 * <ul>
 * <li>{@code @priority} snippets one at a time, at normal CPU priority;
 * <li>Python twins a few at a time, a little lower ({@code nice}; they need
 *     little CPU);
 * <li>everything else lower still: the compiles, two at a time, then the
 *     other snippets, six at a time;
 * </ul>
 * then {@code @alone} programs one by one, with nothing beside them. On a
 * busy machine the lanes are narrower ({@link Widths}).
 *
 * <p>A snippet's {@code @variant} runs (the same program with other options
 * or arguments) go through the same stage in the snippet's lane: run,
 * checked against the variant's own lines, saved, cited.
 */
public final class CaptureStage {

    /**
     * A snippet's outcome: both captures, or what is wrong (one line each).
     * {@code printed} is what each program printed, passing or not, for
     * the author's eyes; only the captures may reach a page.
     */
    public record Outcome(Snippet snippet, Optional<Expectation> expectation,
                          Optional<Capture> java, Optional<Capture> python,
                          Map<String, Capture> variants,
                          List<Diagnostic> problems, Map<Side, List<String>> printed) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /**
     * How many programs each lane runs at once. On an idle machine:
     * compiles two at a time, twins three, the yielding snippets six
     * (sleep-bound, they leave most of the CPU to JBang's launchers and to
     * one another). On a busy one the stage gets only a share of the
     * cores (Linux shares them between sessions first, so two CPU hogs
     * started elsewhere leave a build a third of 2 cores): ten JVMs
     * starting at once in that third were seen to reach their 30 s limit,
     * so the lanes narrow to what the idle cores allow.
     */
    record Widths(int compiles, int twins, int yielding) {
        static final Widths IDLE = new Widths(2, 3, 6);

        /** The widths for this many idle cores (of however many). */
        static Widths forIdle(double idleCores) {
            if (idleCores >= 1.5) {
                return IDLE;
            }
            return idleCores >= 0.75 ? new Widths(1, 2, 3) : new Widths(1, 1, 2);
        }
    }

    /**
     * CPU priorities ({@code nice}): a twin yields to a priority snippet,
     * and a yielding snippet or a compile to both. Not the lowest (19):
     * on a machine busy with other work it would starve them (seen: killed
     * at their time limit beside two CPU hogs; at 10, two stretched past
     * their bounds; at 5, all passed, and a priority claim read 0.02 s
     * from a quiet machine's).
     */
    static final int TWIN_NICENESS = 2;
    static final int YIELDING_NICENESS = 5;

    private final Path root;
    private final SnippetRunner runner;
    private final CaptureStore store;
    private final Consumer<String> progress;
    private final AtomicInteger reruns = new AtomicInteger();
    private Optional<ProcessHandle> compiler = Optional.empty();
    /** Runs again alone, at most, of a run that failed on timing alone. */
    static final int RERUNS = 2;

    public CaptureStage(Path root, Consumer<String> progress) {
        this.root = root.toAbsolutePath().normalize();
        this.runner = new SnippetRunner(this.root);
        this.store = new CaptureStore(this.root.resolve("target/snippet-runs"));
        this.progress = progress;
    }

    /**
     * Scripts are being compiled into this JBang cache by {@code compiler}
     * (build.sh's, beside Maven), each added to the list of compiled
     * scripts when done: a script it has not compiled yet is not compiled
     * here too, but waited for, and runs as soon as its line is in the list.
     * One still missing when that process is gone is compiled here.
     * {@code null}: no such process.
     */
    public CaptureStage compiledBy(ProcessHandle compiler) {
        this.compiler = Optional.ofNullable(compiler);
        return this;
    }

    /** One run of a snippet: the Java script, its Python twin, or a
     *  variant run of either ({@code variant} null for the main runs). */
    private record Part(Snippet snippet, Expectation exp, Side side, String key,
                        String runtime, Variant variant) {
        Path file() {
            return variant != null ? variant.file()
                    : side == Side.JAVA ? snippet.source() : exp.python();
        }

        String storeName() {
            return variant != null ? snippet.name() + "@" + variant.name()
                    : snippet.name() + (side == Side.JAVA ? "" : ".python");
        }

        String command() {
            return variant != null ? variant.command() : Capture.plainCommand(shown());
        }

        String shown() {
            return Diagnostic.shown(file());
        }

        /** What its output is checked against. */
        Expectation checked() {
            return variant != null ? variant.expectation(exp) : exp;
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
        Set<Part> built = new HashSet<>();
        Set<String> prebuilt = prebuilt();
        for (Snippet s : snippets) {
            Expectation exp = s.expectation(root);
            List<Part> parts = new ArrayList<>();
            parts.add(new Part(s, exp, Side.JAVA,
                    CaptureStore.key(root.resolve(s.source()), javaRuntime), javaRuntime, null));
            if (python.isPresent()) {
                parts.add(new Part(s, exp, Side.PYTHON,
                        CaptureStore.key(root.resolve(exp.python()), python.get()), python.get(),
                        null));
            }
            for (Variant v : exp.variants()) {
                String runtime = v.side() == Side.JAVA ? javaRuntime : python.orElse(null);
                if (runtime != null) {
                    parts.add(new Part(s, exp, v.side(),
                            CaptureStore.key(root.resolve(v.file()), runtime, v.command()),
                            runtime, v));
                }
            }
            for (Part p : parts) {
                Optional<Capture> stored = store.load(p.storeName(), p.key(), p.shown());
                if (stored.isPresent() && !fresh) {
                    captured.put(p, stored.get());
                } else {
                    toRun.add(p);
                    if (prebuilt.contains(builtLine(p.file()))) {
                        // compiled into this very JBang cache (were it cleared
                        // since, the run would compile it first, only slower);
                        // a stored run says nothing of the cache: an empty one
                        // (bench load, a cleared cache) must compile first, or
                        // a snippet and its variant would both compile it at once
                        built.add(p);
                    }
                }
            }
        }
        progress.accept(snippets.size() + " snippets: " + captured.size() + " runs reused, "
                + toRun.size() + " to run");
        Map<Part, Diagnostic> failed = new LinkedHashMap<>();
        Map<Part, List<String>> printed = new LinkedHashMap<>();
        long started = System.nanoTime();
        runAll(toRun, built, captured, failed, printed);
        rerunLate(toRun, captured, printed);
        if (!toRun.isEmpty()) {
            progress.accept(toRun.size() + " programs run in " + Timing.seconds(
                    (System.nanoTime() - started) / 1e9) + (reruns.get() == 0 ? ""
                    : " (" + reruns.get() + " again alone for a timing)"));
        }
        captured.forEach((p, c) -> printed.putIfAbsent(p, c.stdout()));

        for (Snippet s : snippets) {
            List<Diagnostic> problems = new ArrayList<>();
            Expectation exp = null;
            Capture java = null;
            Capture py = null;
            Map<String, Capture> variants = new LinkedHashMap<>();
            for (var e : captured.entrySet()) {
                Part p = e.getKey();
                if (!p.snippet().equals(s)) {
                    continue;
                }
                exp = p.exp();
                List<Diagnostic> wrong = p.variant() == null
                        ? OutputCheck.mismatches(p.exp(), p.side(), e.getValue().stdout())
                        : OutputCheck.mismatches(p.checked(), p.side(), e.getValue().stdout(),
                                "variant " + p.variant().name() + ": ");
                if (wrong.isEmpty()) {
                    if (toRun.contains(p)) {
                        store.save(p.storeName(), p.key(), e.getValue()); // passed: keep it
                    }
                    if (p.variant() != null) {
                        variants.put(p.variant().name(), e.getValue());
                    } else if (p.side() == Side.JAVA) {
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
                variants.clear();
            }
            Map<Side, List<String>> out = new LinkedHashMap<>();
            printed.forEach((p, lines) -> {
                if (p.snippet().equals(s) && p.variant() == null) {
                    out.put(p.side(), lines);
                }
            });
            outcomes.put(s.name(), new Outcome(s, Optional.ofNullable(exp),
                    Optional.ofNullable(java), Optional.ofNullable(py), Map.copyOf(variants),
                    List.copyOf(problems), Map.copyOf(out)));
        }
        return outcomes;
    }

    /**
     * A run that fails on timing alone (its text right, a time out of its
     * bounds) ran beside others: it runs again by itself, at normal
     * priority, with nothing beside it, up to {@link #RERUNS} times, and
     * the last run is the one checked. A wrong program fails every time.
     */
    private void rerunLate(List<Part> toRun, Map<Part, Capture> captured,
                           Map<Part, List<String>> printed) throws Exception {
        for (Part p : toRun) {
            Capture c = captured.get(p);
            for (int i = 1; c != null && i <= RERUNS
                    && OutputCheck.timingsOnly(p.checked(), p.side(), c.stdout()); i++) {
                progress.accept("timing only: running " + p.command()
                        + " again, alone (" + i + "/" + RERUNS + "): " + OutputCheck.mismatches(
                        p.checked(), p.side(), c.stdout()).getFirst().getMessage());
                reruns.incrementAndGet();
                Result r = run(p, 0);
                if (!r.ok()) {
                    break; // the run before stands, and fails its check
                }
                printed.put(p, r.stdout());
                c = new Capture(p.shown(), r.stdout(), p.runtime(), Instant.now(), p.command());
                captured.put(p, c);
            }
        }
    }

    /**
     * Scripts already compiled into this JBang cache, by build.sh in two
     * JVMs beside Maven or by this stage's own compiles ({@code sha256  path}
     * lines, in a list per cache: see build.sh); they are not compiled again. Were the cache cleared since,
     * a run compiles its script first, only slower.
     */
    private Set<String> prebuilt() {
        try {
            Path list = builtList();
            return Files.exists(list) ? Set.copyOf(Files.readAllLines(list)) : Set.of();
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** The line of {@link #builtList()} that says {@code file} is compiled. */
    private String builtLine(Path file) {
        return builtLine(root, file);
    }

    static String builtLine(Path root, Path file) {
        return sha256(root.resolve(file)) + "  " + Diagnostic.shown(file);
    }

    private Path builtList() {
        return builtList(root);
    }

    /** This JBang cache's list of compiled scripts (its path: see build.sh). */
    static Path builtList(Path root) {
        String dir = System.getenv("JBANG_DIR") != null ? System.getenv("JBANG_DIR")
                : System.getProperty("user.home") + "/.jbang";
        String cache = System.getenv("JBANG_CACHE_DIR") != null
                ? System.getenv("JBANG_CACHE_DIR") : dir + "/cache";
        try {
            String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(cache.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
            return root.resolve("target/jbang-built-" + id + ".txt");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            return "";
        }
    }

    /** Runs again because of a timing alone, since this stage was made (bench). */
    public int reruns() {
        return reruns.get();
    }

    private void runAll(List<Part> toRun, Set<Part> built, Map<Part, Capture> captured,
                        Map<Part, Diagnostic> failed, Map<Part, List<String>> printed)
            throws Exception {
        if (toRun.isEmpty()) {
            return;
        }
        Widths widths = widths(toRun.size());
        int total = toRun.size();
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger compiledCount = new AtomicInteger();
        List<Part> java = toRun.stream()
                .filter(p -> p.side() == Side.JAVA && p.variant() == null)
                .sorted(Comparator.comparing(p -> COMPILE_ORDER.indexOf(p.exp().slot())))
                .toList();
        // Compiling takes the most CPU of all: it yields, and the priority
        // snippets, wanted first, compile first.
        Map<Part, Future<Optional<Diagnostic>>> compiles = new LinkedHashMap<>();
        ExecutorService compilePool = Executors.newFixedThreadPool(widths.compiles());
        int toCompile = (int) java.stream().filter(p -> !built.contains(p)).count();
        Map<Part, CompletableFuture<Boolean>> elsewhere = compiledElsewhere(
                java.stream().filter(p -> !built.contains(p)).toList());
        for (Part p : java) {
            CompletableFuture<Boolean> there = elsewhere.get(p);
            compiles.put(p, built.contains(p)
                    ? CompletableFuture.completedFuture(Optional.empty())
                    : compilePool.submit(() -> there != null && there.get() ? Optional.empty()
                            : compile(p, compiledCount, toCompile)));
        }
        compilePool.shutdown();

        // Runs only once compiled (a Java variant: once its script is);
        // Optional.empty(): did not compile, said below.
        Map<Snippet, Part> mainJava = new HashMap<>();
        compiles.keySet().forEach(p -> mainJava.put(p.snippet(), p));
        Lane lane = (p, niceness) -> compiles.getOrDefault(
                p.variant() != null && p.side() == Side.JAVA ? mainJava.get(p.snippet()) : p,
                CompletableFuture.completedFuture(Optional.empty())).get().isEmpty()
                ? Optional.of(runOne(p, niceness, ran, total)) : Optional.empty();
        Map<Part, Future<Optional<Result>>> results = new LinkedHashMap<>();
        List<Part> alone = new ArrayList<>();
        try (ExecutorService priority = Executors.newSingleThreadExecutor();
             ExecutorService twins = Executors.newFixedThreadPool(widths.twins());
             ExecutorService yielding = Executors.newFixedThreadPool(widths.yielding())) {
            for (Part p : toRun) {
                Slot slot = p.exp().slot();
                if (slot == Slot.ALONE) {
                    alone.add(p);
                } else if (p.side() == Side.PYTHON) {
                    results.put(p, twins.submit(() -> lane.run(p, TWIN_NICENESS)));
                } else if (slot == Slot.PRIORITY) {
                    results.put(p, priority.submit(() -> lane.run(p, 0)));
                } else {
                    results.put(p, yielding.submit(() -> {
                        // after every compile: javac beside them would stretch their timings
                        for (var c : compiles.values()) {
                            c.get();
                        }
                        return lane.run(p, YIELDING_NICENESS);
                    }));
                }
            }
        }
        for (Part p : alone) { // with nothing beside them
            results.put(p, CompletableFuture.completedFuture(lane.run(p, 0)));
        }
        for (var c : compiles.entrySet()) {
            c.getValue().get().ifPresent(d -> failed.put(c.getKey(), d));
        }
        for (var e : results.entrySet()) {
            Part p = e.getKey();
            Optional<Result> done = e.getValue().get();
            if (done.isEmpty()) {
                continue; // did not compile: said above
            }
            Result r = done.get();
            printed.put(p, r.stdout());
            if (r.ok()) {
                captured.put(p, new Capture(p.shown(), r.stdout(), p.runtime(),
                        Instant.now(), p.command()));
            } else {
                failed.put(p, SnippetRunner.failure(p.file(), r, p.exp().timeout()));
            }
        }
    }

    /**
     * For each script, whether {@link #compiler} compiled it (true) or is
     * gone without (false): one thread reads the list of compiled scripts
     * every tenth of a second while that process lives. Empty when there is
     * no such process, or it is gone already.
     */
    private Map<Part, CompletableFuture<Boolean>> compiledElsewhere(List<Part> scripts) {
        if (compiler.isEmpty() || !compiler.get().isAlive() || scripts.isEmpty()) {
            return Map.of();
        }
        Map<Part, CompletableFuture<Boolean>> done = new LinkedHashMap<>();
        Map<Part, String> lines = new HashMap<>();
        scripts.forEach(p -> {
            done.put(p, new CompletableFuture<>());
            lines.put(p, builtLine(p.file()));
        });
        progress.accept(scripts.size() + " snippets still compiling beside Maven (pid "
                + compiler.get().pid() + "): a @priority one runs once its own compile is"
                + " done, the others once all are");
        Thread.ofVirtual().name("compiled-elsewhere").start(() -> {
            try {
                while (true) {
                    boolean alive = compiler.get().isAlive(); // before reading: no line missed
                    Set<String> listed = prebuilt();
                    done.forEach((p, f) -> {
                        if (listed.contains(lines.get(p))) {
                            f.complete(true);
                        }
                    });
                    if (!alive || done.values().stream().allMatch(CompletableFuture::isDone)) {
                        done.values().forEach(f -> f.complete(false)); // the rest: compiled here
                        return;
                    }
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                done.values().forEach(f -> f.complete(false));
            }
        });
        return done;
    }

    /**
     * The lanes' widths for this machine as it is now: the idle cores over
     * half a second (not worth it for a few runs, which go at idle widths).
     * A busy machine is said once, with the widths it gets.
     */
    private Widths widths(int runs) throws InterruptedException {
        if (runs <= 3) {
            return Widths.IDLE;
        }
        Optional<Double> idle = IdleCores.sample(Duration.ofMillis(500));
        if (idle.isEmpty()) {
            progress.accept("warning: cannot tell how busy the machine is (no /proc/stat):"
                    + " running as on an idle one");
            return Widths.IDLE;
        }
        Widths w = Widths.forIdle(idle.get());
        if (!w.equals(Widths.IDLE)) {
            progress.accept(String.format(Locale.ROOT, "a busy machine (%.1f of %d cores"
                    + " idle): %s, %s and %s at a time beside the priority lane, not %d,"
                    + " %d and %d", idle.get(), Runtime.getRuntime().availableProcessors(),
                    count(w.compiles(), "compile"), count(w.twins(), "twin"),
                    count(w.yielding(), "other program"), Widths.IDLE.compiles(),
                    Widths.IDLE.twins(), Widths.IDLE.yielding()));
        }
        return w;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** Runs one program at a CPU priority, if it compiled. */
    private interface Lane {
        Optional<Result> run(Part p, int niceness) throws Exception;
    }

    private static final List<Slot> COMPILE_ORDER =
            List.of(Slot.PRIORITY, Slot.SIDE_BY_SIDE, Slot.ALONE);

    private Result runOne(Part p, int niceness, AtomicInteger ran, int total)
            throws Exception {
        Result r = run(p, niceness);
        progress.accept("ran " + ran.incrementAndGet() + "/" + total + ": "
                + (p.variant() == null ? p.shown() : p.command()) + timings(r.stdout()));
        return r;
    }

    private Result run(Part p, int niceness) throws Exception {
        return p.variant() == null
                ? runner.run(p.file(), p.side(), p.exp().timeout(), niceness)
                : runner.run(p.variant(), p.exp().timeout(), niceness);
    }

    private Optional<Diagnostic> compile(Part p, AtomicInteger n, int of) throws Exception {
        try {
            runner.compile(p.snippet(), YIELDING_NICENESS);
            synchronized (this) { // two compiles run side by side
                Path list = builtList();
                Files.createDirectories(list.getParent());
                Files.writeString(list, builtLine(p.file()) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            progress.accept("compiled " + n.incrementAndGet() + "/" + of + ": "
                    + p.snippet().fileName() + (compiler.isPresent()
                    ? " (here: the compiles beside Maven ended without it)" : ""));
            return Optional.empty();
        } catch (Diagnostic d) {
            return Optional.of(d);
        }
    }

    private static String timings(List<String> stdout) {
        var t = stdout.stream().filter(l -> Timing.parse(l).isPresent()).toList();
        return t.isEmpty() ? "" : " (" + String.join(", ", t) + ")";
    }
}
