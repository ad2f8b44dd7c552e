package dev.asyncguide.snippet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs snippets through the real {@code ./jbang} (and Python twins through
 * {@code python3}) from the repository root, with a time limit.
 * Snippets run on the JDK running this code, so the build and the suite
 * report one JDK.
 */
public final class SnippetRunner {

    /** The outcome of one process. */
    public record Run(List<String> command, int exitCode, List<String> stdout,
                      String stderr, boolean timedOut, double wallSeconds) {
        public boolean ok() {
            return !timedOut && exitCode == 0;
        }
    }

    private final Path root;

    public SnippetRunner(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Compiles a snippet into JBang's cache; throws a one-line error
     *  naming file and line when javac refuses it. */
    public void compile(Snippet s) throws IOException, InterruptedException {
        Run r = exec(List.of("./jbang", "build", rel(s.source())),
                Duration.ofSeconds(120));
        if (!r.ok()) {
            throw new SnippetException(compileError(s, r));
        }
    }

    public Run run(Snippet s, Duration timeout)
            throws IOException, InterruptedException {
        return exec(List.of("./jbang", rel(s.source())), timeout);
    }

    public Run runPython(Path script, Duration timeout)
            throws IOException, InterruptedException {
        return exec(List.of("python3", rel(script)), timeout);
    }

    /** "Python 3.11.7", or empty where python3 cannot run. */
    public static Optional<String> pythonVersion() {
        try {
            Process p = new ProcessBuilder("python3", "--version")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0
                    ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private String rel(Path p) {
        return root.relativize(root.resolve(p).toAbsolutePath().normalize())
                .toString();
    }

    private static final Pattern JAVAC_ERROR =
            Pattern.compile("^(.*\\.java):(\\d+): error: (.*)$");

    static String compileError(Snippet s, Run r) {
        if (r.timedOut()) {
            return s.source() + ":1: compiling timed out";
        }
        for (String line : r.stderr().lines().toList()) {
            var m = JAVAC_ERROR.matcher(line);
            if (m.matches()) {
                return s.source() + ":" + m.group(2) + ": does not compile: "
                        + m.group(3);
            }
        }
        String last = r.stderr().lines().filter(l -> !l.isBlank())
                .reduce((a, b) -> b).orElse("exit code " + r.exitCode());
        return s.source() + ":1: does not build: " + last;
    }

    /** Describes a failed run in one line. */
    public static String failure(Path file, Run r, Duration timeout) {
        if (r.timedOut()) {
            return file + ":1: still running after " + timeout.toSeconds()
                    + " s; killed (does it wait forever?)";
        }
        // the exception's own line says more than the last stack frame
        String last = r.stderr().lines()
                .filter(l -> l.startsWith("Exception in thread") || l.startsWith("Caused by"))
                .findFirst()
                .or(() -> r.stderr().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b))
                .orElse("").strip();
        return file + ":1: exited with code " + r.exitCode()
                + (last.isEmpty() ? "" : ": " + last);
    }

    private Run exec(List<String> command, Duration timeout)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("snippet", ".out");
        Path err = Files.createTempFile("snippet", ".err");
        try {
            var pb = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            Map<String, String> env = pb.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("JBANG_NO_VERSION_CHECK", "true");
            env.put("PYTHONUNBUFFERED", "1");
            env.put("PYTHONDONTWRITEBYTECODE", "1");
            long start = System.nanoTime();
            Process p = pb.start();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            return new Run(command, done ? p.exitValue() : -1,
                    Files.readAllLines(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), !done, wall);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows")
                ? "NUL" : "/dev/null");
    }

    /** Compile errors, hangs and crashes: the message is the whole story. */
    public static final class SnippetException extends RuntimeException {
        public SnippetException(String message) {
            super(message, null, false, false);
        }
    }

}
