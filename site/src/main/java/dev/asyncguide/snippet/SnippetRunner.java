package dev.asyncguide.snippet;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.ProcessRunner;
import dev.asyncguide.core.ProcessRunner.Result;
import dev.asyncguide.core.ProcessRunner.Spec;
import dev.asyncguide.snippet.Expectation.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs snippets through the real {@code ./jbang} and Python twins through
 * {@code python3}, from the repository root, within the snippet's time
 * limit and the output cap, and tells a failed run in one line at the
 * line that failed. Snippets run on the JDK running this code, so the
 * build and the suite report one JDK.
 */
public final class SnippetRunner {

    /** Most a snippet may print (stdout, and stderr apart): far more than a
     *  page can show, far less than a runaway loop writes in a second. */
    public static final long OUTPUT_CAP = 64 * 1024;

    private final Path root;

    public SnippetRunner(Path root) {
        this.root = root;
    }

    private Spec spec(List<String> command, Duration timeout, long cap) {
        return Spec.of(root, command).timeout(timeout).outputCap(cap).env(Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JBANG_NO_VERSION_CHECK", "true",
                "PYTHONUNBUFFERED", "1",
                "PYTHONDONTWRITEBYTECODE", "1"));
    }

    /** Compiles a snippet into JBang's cache; a javac error is a
     *  {@link Diagnostic} at its line. */
    public void compile(Snippet s) throws IOException, InterruptedException {
        compile(s, 0);
    }

    /** As {@link #compile(Snippet)}, at a lower CPU priority: see
     *  {@link #run(Path, Side, Duration, int)}. */
    public void compile(Snippet s, int niceness) throws IOException, InterruptedException {
        List<String> build = new ArrayList<>(List.of("./jbang", "build"));
        build.addAll(quickJavac());
        build.add(path(s.source()));
        Result r = ProcessRunner.run(spec(niced(build, niceness), Duration.ofMinutes(2),
                4 << 20));
        if (!r.ok()) {
            throw compileError(s, r);
        }
    }

    public Result run(Snippet s, Duration timeout, Consumer<String> onLine)
            throws IOException, InterruptedException {
        return ProcessRunner.run(runSpec(s.source(), Side.JAVA, timeout).onLine(onLine));
    }

    public Result runPython(Path twin, Duration timeout, Consumer<String> onLine)
            throws IOException, InterruptedException {
        return ProcessRunner.run(runSpec(twin, Side.PYTHON, timeout).onLine(onLine));
    }

    /** How one program runs: a script through ./jbang, a twin through
     *  python3, from the repository root, within {@code timeout} and the
     *  output cap. The file may lie outside the tree (a reader's edited
     *  copy in a scratch folder). */
    public Spec runSpec(Path file, Side side, Duration timeout) {
        return spec(List.of(side == Side.JAVA ? "./jbang" : "python3", path(file)), timeout,
                OUTPUT_CAP);
    }

    /**
     * Runs a snippet or a twin at a lower CPU priority: {@code nice -n
     * niceness} (0: as it is, 19: the lowest). Runs of higher priority get
     * the larger share of the cores, so a short timing claim measured at
     * normal priority reads nearly as on a quiet machine, however many
     * lower runs share them.
     */
    public Result run(Path file, Side side, Duration timeout, int niceness)
            throws IOException, InterruptedException {
        return ProcessRunner.run(spec(niced(runSpec(file, side, timeout).command(), niceness),
                timeout, OUTPUT_CAP));
    }

    /**
     * JBang's options for a javac that starts on javac's classes from the
     * ahead-of-time cache build.sh makes for this JDK (see javac_archive
     * there): under half the CPU time of a javac's start. None when there
     * is no cache.
     */
    private List<String> quickJavac() {
        Path archive = root.resolve("target/javac-" + System.getProperty("java.version")
                + ".aot");
        return Files.exists(archive)
                ? List.of("-C=-J-XX:AOTCache=" + archive,
                        "-C=-J-XX:TieredStopAtLevel=1", "-C=-J-Xlog:disable")
                : List.of();
    }

    /** Runs a script that is compiled afresh on each run (a mutant's
     *  scratch copy): its compile with the quick javac, at normal priority. */
    public Result runFresh(Path file, Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(runSpec(file, Side.JAVA, timeout).command());
        command.addAll(1, quickJavac()); // JBang's options, before the script
        return ProcessRunner.run(spec(command, timeout, OUTPUT_CAP));
    }

    /** Runs a variant: its options before the file, its arguments after. */
    public Result run(Expectation.Variant v, Duration timeout, int niceness)
            throws IOException, InterruptedException {
        return ProcessRunner.run(spec(niced(variantCommand(v), niceness), timeout, OUTPUT_CAP));
    }

    /** The variant's command as run here: ./jbang for jbang, from the root. */
    public static List<String> variantCommand(Expectation.Variant v) {
        List<String> command = new ArrayList<>();
        command.add(v.side() == Side.JAVA ? "./jbang" : "python3");
        command.addAll(v.options());
        command.add(path(v.file()));
        command.addAll(v.args());
        return command;
    }

    private static List<String> niced(List<String> command, int niceness) {
        if (niceness == 0) {
            return command;
        }
        List<String> all = new ArrayList<>(List.of("nice", "-n", Integer.toString(niceness)));
        all.addAll(command);
        return all;
    }

    /** "JBang 0.132.1": part of what decides a capture. */
    public String jbangVersion() throws IOException, InterruptedException {
        Result r = ProcessRunner.run(spec(List.of("./jbang", "--version"),
                Duration.ofMinutes(5), 1 << 20));
        // JBang prints its version on stderr
        Optional<String> version = lastLine(String.join("\n", r.stdout()) + "\n" + r.stderr());
        if (!r.ok() || version.isEmpty()) {
            throw Diagnostic.at("jbang", 1, "./jbang --version failed: "
                    + version.orElse("exit code " + r.exitCode()));
        }
        return "JBang " + version.get();
    }

    /** "Python 3.11.7", or empty where python3 cannot run. */
    public Optional<String> pythonVersion() throws InterruptedException {
        try {
            Result r = ProcessRunner.run(spec(List.of("python3", "--version"),
                    Duration.ofSeconds(30), 1 << 20));
            return r.ok() && !r.stdout().isEmpty()
                    ? Optional.of(r.stdout().getFirst().strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String path(Path p) {
        return Diagnostic.shown(p);
    }

    private static final Pattern JAVAC_ERROR =
            Pattern.compile("^(.*\\.java):(\\d+): error: (.*)$");

    static Diagnostic compileError(Snippet s, Result r) {
        if (r.timedOut()) {
            return Diagnostic.at(s.source(), 1, "compiling timed out");
        }
        for (String line : r.stderr().lines().toList()) {
            var m = JAVAC_ERROR.matcher(line);
            if (m.matches()) {
                return Diagnostic.at(s.source(), Integer.parseInt(m.group(2)),
                        "does not compile: " + m.group(3));
            }
        }
        return Diagnostic.at(s.source(), 1, "does not build: "
                + lastLine(r.stderr()).orElse("exit code " + r.exitCode()));
    }

    /**
     * A failed run of {@code file} in one line, a script that does not
     * compile included (JBang compiles before it runs): the javac error at
     * its line, else as {@link #failure}.
     */
    public static Diagnostic runFailure(Path file, Result r, Duration timeout) {
        if (!r.timedOut() && !r.capped() && file.toString().endsWith(".java")) {
            for (String line : r.stderr().lines().toList()) {
                var m = JAVAC_ERROR.matcher(line);
                if (m.matches()) {
                    return Diagnostic.at(file, Integer.parseInt(m.group(2)),
                            "does not compile: " + m.group(3));
                }
            }
        }
        return failure(file, r, timeout);
    }

    /**
     * A failed run in one line: killed at its time limit or output cap, or
     * the exception it died of, at the program's own line that threw.
     */
    public static Diagnostic failure(Path file, Result r, Duration timeout) {
        if (r.capped()) {
            return Diagnostic.at(file, 1, "printed more than " + OUTPUT_CAP / 1024
                    + " KiB; killed (a page shows a few lines: print less)");
        }
        if (r.timedOut()) {
            return Diagnostic.at(file, 1, "still running after " + timeout.toSeconds()
                    + " s; killed (does it wait forever? @timeout in its .expect sets the limit)");
        }
        String why = r.stderr().lines()
                .filter(l -> l.startsWith("Exception in thread") || l.startsWith("Caused by")
                        || l.matches("^\\w+(\\.\\w+)*(Error|Exception)(: .*)?$"))
                .findFirst()
                .or(() -> lastLine(r.stderr()))
                .orElse("").strip();
        return Diagnostic.at(file, thrownAt(file, r.stderr()), "exited with code "
                + r.exitCode() + (why.isEmpty() ? "" : ": " + why));
    }

    /** The line of {@code file} that threw: the first Java stack frame in
     *  it, or the last Python traceback frame in it; 1 if none. */
    static int thrownAt(Path file, String stderr) {
        String name = file.getFileName().toString();
        Matcher java = Pattern.compile("^\\s+at .*\\(" + Pattern.quote(name) + ":(\\d+)\\)$",
                Pattern.MULTILINE).matcher(stderr);
        if (java.find()) {
            return Integer.parseInt(java.group(1));
        }
        Matcher py = Pattern.compile("^\\s+File \"[^\"]*" + Pattern.quote(name)
                + "\", line (\\d+)", Pattern.MULTILINE).matcher(stderr);
        int line = 1;
        while (py.find()) {
            line = Integer.parseInt(py.group(1));
        }
        return line;
    }

    private static Optional<String> lastLine(String text) {
        return text.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).map(String::strip);
    }
}
