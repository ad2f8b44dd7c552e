package dev.asyncguide.snippet;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The real output of each snippet's (and each Python original's) last good
 * run, kept under target/ so a page shows exactly what was printed, and so
 * that `./build.sh test` (which runs everything) and the site build after it
 * run each program once. A capture is reused only while the source file and
 * the runtime (JDK or Python version) are the same.
 */
public final class Captures {

    /** One captured run: the file run, what it printed, on what, and when. */
    public record Captured(String source, List<String> stdout, String runtime, Instant at) {
        /** How a reader runs it: jbang for Java, python3 for Python. */
        public String command() {
            return (source.endsWith(".py") ? "python3 " : "jbang ") + source;
        }
    }

    /** Key of a snippet's Python original, beside the snippet's own name. */
    public static String pythonKey(String snippetName) {
        return snippetName + ".python";
    }

    private final Path dir;

    public Captures(Path dir) {
        this.dir = dir;
    }

    /** The JDK this code runs on, which is the one snippets run on. */
    public static String currentJdk() {
        return "JDK " + Runtime.version();
    }

    public Optional<Captured> load(String key, Path source, String runtime) {
        Path meta = dir.resolve(key + ".properties");
        Path out = dir.resolve(key + ".out");
        if (!Files.exists(meta) || !Files.exists(out)) {
            return Optional.empty();
        }
        try (Reader r = Files.newBufferedReader(meta)) {
            Properties p = new Properties();
            p.load(r);
            if (!hash(source).equals(p.getProperty("source-sha256"))
                    || !runtime.equals(p.getProperty("runtime"))) {
                return Optional.empty();
            }
            return Optional.of(new Captured(shown(source), Files.readAllLines(out),
                    runtime, Instant.parse(p.getProperty("captured-at"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged capture is simply run again
        }
    }

    public Captured save(String key, Path source, String runtime, List<String> stdout) {
        var c = new Captured(shown(source), List.copyOf(stdout), runtime, Instant.now());
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(key + ".out"), stdout);
            Properties p = new Properties();
            p.setProperty("source-sha256", hash(source));
            p.setProperty("runtime", runtime);
            p.setProperty("captured-at", c.at().toString());
            try (Writer w = Files.newBufferedWriter(dir.resolve(key + ".properties"))) {
                p.store(w, "captured run of " + c.source());
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path as a reader types it: forward slashes, from the repository root. */
    private static String shown(Path source) {
        return source.normalize().toString().replace('\\', '/');
    }

    static String hash(Path source) throws IOException {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(source)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
