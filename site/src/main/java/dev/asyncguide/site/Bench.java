package dev.asyncguide.site;

import dev.asyncguide.core.Cli;
import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.Json;
import dev.asyncguide.core.ProcessRunner;
import dev.asyncguide.snippet.CaptureStage;
import dev.asyncguide.snippet.Expectation;
import dev.asyncguide.snippet.Expectation.TimingClaim;
import dev.asyncguide.snippet.Snippet;
import dev.asyncguide.snippet.SnippetRunner;
import dev.asyncguide.snippet.Timing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./build.sh bench}: the project's speed figures, printed as a table
 * and written to target/bench.json. Timing fidelity of every snippet and
 * twin (measured / ideal over warm runs); the suite's side-by-side snippet
 * stage against the same programs run one by one; what a warm
 * {@code ./jbang snippets/Gather.java} costs beyond its own second, beside a
 * hello-world floor; a full build, a rebuild with nothing changed; one page
 * re-rendered by {@code ./build.sh serve}; the heaviest page. Figures, not
 * verdicts: the targets are in the README.
 */
public final class Bench {

    private final Path root = Path.of("").toAbsolutePath();
    private final SnippetRunner runner = new SnippetRunner(root);
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final int runs;

    private Bench(int runs) {
        this.runs = runs;
    }

    public static void main(String[] args) {
        Cli.main(() -> {
            if (args.length > 0 && args[0].equals("load")) {
                return new Bench(1).load(args.length > 1 ? parseRuns(args[1]) : 3) ? 0 : 1;
            }
            int runs = args.length > 0 ? parseRuns(args[0]) : 3;
            new Bench(runs).run();
            return 0;
        });
    }

    private static int parseRuns(String arg) {
        if (!arg.matches("[1-9]\\d?")) {
            throw Diagnostic.usage("./build.sh bench [RUNS] (warm runs per program, 1..99)");
        }
        return Integer.parseInt(arg);
    }

    private void run() throws Exception {
        json.put("machine", machine());
        double serial = fidelity();
        stage(serial);
        overhead();
        builds();
        servePage();
        heaviest();
        Path out = root.resolve("target/bench.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.of(json) + "\n");
        System.out.println();
        System.out.println("written: target/bench.json");
    }

    /**
     * {@code ./build.sh bench load [N]} (build.sh keeps two CPU hogs going
     * and gives an empty JBang cache, so the first stage compiles every
     * snippet cold): the fresh capture stage N times; how many passed, the
     * runs made again for a timing, and the claims closest to their upper bound.
     */
    private boolean load(int times) throws Exception {
        record Margin(String program, String claim, double measured, double low, double high) {
            /** To the upper bound: load only ever makes a run late. (A
             *  sleep never ends early, so every run on time sits 0.05 s
             *  above the lower bound, which tells nothing.) */
            double margin() {
                return high - measured;
            }
        }
        Map<String, Margin> tightest = new LinkedHashMap<>();
        int passed = 0;
        int reruns = 0;
        for (int i = 1; i <= times; i++) {
            long start = System.nanoTime();
            var stage = new CaptureStage(root, m -> {
                if (m.startsWith("timing only") || m.startsWith("warning")
                        || m.startsWith("a busy machine")) {
                    System.out.println("  " + m);
                }
            });
            var outcomes = stage.captureAll(true);
            List<String> failed = new ArrayList<>();
            for (var o : outcomes.values()) {
                o.problems().forEach(d -> failed.add(d.getMessage()));
                if (o.expectation().isEmpty()) {
                    continue;
                }
                Expectation exp = o.expectation().get();
                for (var e : o.printed().entrySet()) {
                    Map<String, Integer> seen = new LinkedHashMap<>();
                    Map<String, Double> measured = new LinkedHashMap<>();
                    for (String line : e.getValue()) {
                        Timing.parse(line).ifPresent(t -> measured.put(t.label() + "#"
                                + seen.merge(t.label(), 1, Integer::sum), t.seconds()));
                    }
                    Map<String, Integer> claimed = new LinkedHashMap<>();
                    for (TimingClaim c : exp.forSide(e.getKey()).timings()) {
                        String key = c.label() + "#" + claimed.merge(c.label(), 1, Integer::sum);
                        Double m = measured.get(key);
                        if (m == null) {
                            continue;
                        }
                        String program = Diagnostic.shown(e.getKey() == Expectation.Side.JAVA
                                ? o.snippet().source() : exp.python());
                        var margin = new Margin(program, Timing.describe(c.label()), m,
                                c.ideal() - TimingClaim.EARLY_SLACK, c.upper());
                        tightest.merge(program + " " + key, margin,
                                (a, b) -> a.margin() <= b.margin() ? a : b);
                    }
                }
            }
            reruns += stage.reruns();
            if (failed.isEmpty()) {
                passed++;
            }
            System.out.printf(Locale.ROOT, "stage %d/%d: %s in %.0fs, %d run again alone%s%n", i,
                    times, failed.isEmpty() ? "passed" : "FAILED", (System.nanoTime() - start)
                    / 1e9, stage.reruns(), failed.isEmpty() ? "" : "\n  " + String.join("\n  ",
                    failed));
        }
        System.out.printf(Locale.ROOT, "%nUnder load: %d/%d fresh capture stages passed, %d runs"
                + " made again for a timing%nTightest claims (closest to their upper bound,"
                + " over all stages):%n", passed, times, reruns);
        tightest.values().stream().sorted(java.util.Comparator.comparingDouble(Margin::margin))
                .limit(8).forEach(m -> System.out.printf(Locale.ROOT,
                        "  %-40s %-24s %6.2fs in %.2fs..%.2fs, margin %.2fs%n", m.program(),
                        m.claim(), m.measured(), m.low(), m.high(), m.margin()));
        json.put("loadPassed", passed);
        json.put("loadStages", times);
        json.put("loadReruns", reruns);
        Path out = root.resolve("target/bench-load.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.of(json) + "\n");
        return passed == times;
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, JDK " + Runtime.version()
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }

    /** Every program, warm, one at a time: measured / ideal per timing claim. */
    private double fidelity() throws Exception {
        System.out.printf(Locale.ROOT, "%nTiming fidelity (%d warm run%s each, one at a time)%n",
                runs, runs == 1 ? "" : "s");
        System.out.printf(Locale.ROOT, "  %-40s %-22s %8s %8s %8s %9s%n", "program", "claim",
                "ideal", "mean", "max", "max/ideal");
        List<Map<String, Object>> rows = new ArrayList<>();
        double serial = 0;
        for (Snippet s : Snippet.all(root)) {
            Expectation exp = s.expectation(root);
            runner.compile(s);
            runner.run(s, exp.timeout(), l -> {}); // warm: JBang's cache, the OS's files
            for (var side : Expectation.Side.values()) {
                Path file = side == Expectation.Side.JAVA ? s.source() : exp.python();
                Map<String, List<Double>> measured = new LinkedHashMap<>();
                double wall = 0;
                for (int i = 0; i < runs; i++) {
                    var r = side == Expectation.Side.JAVA ? runner.run(s, exp.timeout(), l -> {})
                            : runner.runPython(exp.python(), exp.timeout(), l -> {});
                    wall += r.wallSeconds();
                    // the n-th line with a label answers the n-th claim with it
                    Map<String, Integer> seen = new LinkedHashMap<>();
                    for (String line : r.stdout()) {
                        Timing.parse(line).ifPresent(t -> measured.computeIfAbsent(
                                t.label() + "#" + seen.merge(t.label(), 1, Integer::sum),
                                k -> new ArrayList<>()).add(t.seconds()));
                    }
                }
                serial += wall / runs;
                Map<String, Integer> claimed = new LinkedHashMap<>();
                for (TimingClaim c : exp.forSide(side).timings()) {
                    List<Double> m = measured.getOrDefault(
                            c.label() + "#" + claimed.merge(c.label(), 1, Integer::sum), List.of());
                    double mean = m.stream().mapToDouble(d -> d).average().orElse(Double.NaN);
                    double max = m.stream().mapToDouble(d -> d).max().orElse(Double.NaN);
                    String claim = Timing.describe(c.label());
                    System.out.printf(Locale.ROOT, "  %-40s %-22s %7.2fs %7.2fs %7.2fs %9.2f%n",
                            Diagnostic.shown(file), claim, c.ideal(), mean, max, max / c.ideal());
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("program", Diagnostic.shown(file));
                    row.put("claim", claim);
                    row.put("ideal", c.ideal());
                    row.put("mean", mean);
                    row.put("max", max);
                    row.put("upper", c.upper());
                    rows.add(row);
                }
            }
        }
        json.put("fidelity", rows);
        json.put("serialSeconds", serial);
        return serial;
    }

    /** The suite's snippet stage (compile, then side by side) against one by one. */
    private void stage(double serial) throws Exception {
        long start = System.nanoTime();
        var stage = new CaptureStage(root, m -> {});
        var outcomes = stage.captureAll(true);
        double wall = (System.nanoTime() - start) / 1e9;
        long failed = outcomes.values().stream().filter(o -> !o.passed()).count();
        System.out.printf(Locale.ROOT, "%nSnippet stage: %.1fs side by side vs %.1fs one by one"
                + " = %.2f of the serial sum (%d failed their check, %d run again alone for a"
                + " timing)%n", wall, serial, wall / serial, failed, stage.reruns());
        json.put("stageReruns", stage.reruns());
        json.put("stageSeconds", wall);
        json.put("stageOverSerial", wall / serial);
    }

    /** Warm ./jbang snippets/Gather.java: wall time minus its own printed elapsed. */
    private void overhead() throws Exception {
        Snippet gather = Snippet.named("Gather");
        List<Double> over = new ArrayList<>();
        for (int i = 0; i < Math.max(runs, 5); i++) {
            var r = runner.run(gather, Duration.ofSeconds(30), l -> {});
            double elapsed = r.stdout().stream().map(Timing::parse).flatMap(java.util.Optional::stream)
                    .mapToDouble(Timing::seconds).sum();
            over.add(r.wallSeconds() - elapsed);
        }
        Path hello = root.resolve("target/bench/Hello.java");
        Files.createDirectories(hello.getParent());
        Files.writeString(hello, "///usr/bin/env jbang \"$0\" \"$@\" ; exit $?\n//JAVA 25+\n"
                + "public class Hello {\n    public static void main(String[] a) {\n"
                + "        System.out.println(\"hello\");\n    }\n}\n");
        List<Double> floor = new ArrayList<>();
        for (int i = 0; i <= Math.max(runs, 5); i++) {
            var r = ProcessRunner.run(ProcessRunner.Spec.of(root,
                    List.of("./jbang", "target/bench/Hello.java")).env(Map.of(
                    "JAVA_HOME", System.getProperty("java.home"), "JBANG_NO_VERSION_CHECK", "true")));
            if (i > 0) {
                floor.add(r.wallSeconds()); // the first one compiles
            }
        }
        double o = median(over);
        double f = median(floor);
        System.out.printf(Locale.ROOT, "%nWarm ./jbang snippets/Gather.java: %.2fs beyond its printed"
                + " elapsed (median of %d); hello-world floor %.2fs%n", o, over.size(), f);
        json.put("gatherOverheadSeconds", o);
        json.put("helloFloorSeconds", f);
    }

    /** ./build.sh with its up-to-date stamp removed, then again with nothing changed. */
    private void builds() throws Exception {
        Files.deleteIfExists(root.resolve("target/site.inputs"));
        double full = timed("./build.sh");
        double again = timed("./build.sh");
        System.out.printf(Locale.ROOT, "%nBuild (runs reused): %.1fs; no-change rebuild: %.2fs%n",
                full, again);
        json.put("buildSeconds", full);
        json.put("noChangeRebuildSeconds", again);
    }

    /**
     * {@code ./build.sh serve}, then the longest source page written again
     * with the same bytes (nothing changes for anyone): how long serve
     * takes to render it again, by its own "built in" line, and from the
     * write to that line (its file watching included).
     */
    private void servePage() throws Exception {
        Path page;
        try (var pages = Files.list(root.resolve("docs/ko"))) {
            page = pages.filter(p -> p.toString().endsWith(".adoc"))
                    .max(java.util.Comparator.comparingLong(p -> p.toFile().length()))
                    .orElseThrow();
        }
        BlockingQueue<String> log = new LinkedBlockingQueue<>();
        AtomicReference<Process> serve = new AtomicReference<>();
        Thread running = Thread.ofVirtual().start(() -> {
            try {
                ProcessRunner.run(ProcessRunner.Spec.of(root,
                                List.of("./build.sh", "serve", "--port", "0"))
                        .timeout(Duration.ofMinutes(10)).onStart(serve::set)
                        .onErrorLine(log::add));
            } catch (Exception e) {
                log.add("error: " + e);
            }
            log.add("error: ./build.sh serve ended");
        });
        try {
            await(log, WATCHING, Duration.ofMinutes(5)); // built everything, now watching
            long start = System.nanoTime();
            Files.write(page, Files.readAllBytes(page));
            double own = Double.parseDouble(await(log, BUILT, Duration.ofMinutes(1)).group(1));
            double wall = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%n./build.sh serve, %s written again: rendered in %.2fs"
                    + " (%.2fs from the write)%n", Diagnostic.shown(root.relativize(page)), own,
                    wall);
            json.put("servePageSeconds", own);
            json.put("servePageFromWriteSeconds", wall);
        } finally {
            if (serve.get() != null) {
                ProcessRunner.killTree(serve.get());
            }
            running.join(Duration.ofSeconds(30));
        }
    }

    private static final Pattern BUILT = Pattern.compile("\\[serve] built in (\\d+\\.\\d+) s: .*");
    private static final Pattern WATCHING = Pattern.compile("\\[serve] watching .*");

    /** Waits for serve's next line that {@code wanted} matches. */
    private static Matcher await(BlockingQueue<String> log, Pattern wanted, Duration patience)
            throws Exception {
        long until = System.nanoTime() + patience.toNanos();
        while (true) {
            String line = log.poll(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.startsWith("error: ") || line.startsWith("[serve] error: ")) {
                throw Diagnostic.at("build.sh", 1, "./build.sh serve: " + (line == null
                        ? "no line like " + wanted + " after " + patience.toSeconds() + " s" : line));
            }
            Matcher m = wanted.matcher(line);
            if (m.matches()) {
                return m;
            }
        }
    }

    private double timed(String command) throws Exception {
        var r = ProcessRunner.run(ProcessRunner.Spec.of(root, List.of(command))
                .timeout(Duration.ofMinutes(10)));
        if (!r.ok()) {
            throw Diagnostic.at("build.sh", 1, command + " failed: " + r.stderr().strip()
                    .lines().reduce((a, b) -> b).orElse("exit " + r.exitCode()));
        }
        return r.wallSeconds();
    }

    private void heaviest() throws Exception {
        var h = PageWeight.measure(root.resolve("target/site")).getFirst();
        System.out.println("Heaviest page: " + h.describe());
        json.put("heaviestPage", h.describe());
    }

    private static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        return s.get(s.size() / 2);
    }
}
