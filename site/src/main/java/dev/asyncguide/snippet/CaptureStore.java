package dev.asyncguide.snippet;

import dev.asyncguide.core.Diagnostic;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Captured runs that passed their check, under target/snippet-runs: one
 * {@code .out} (what the program printed) and one {@code .properties}
 * (its key and when it ran) per program. A capture is found only under the
 * key it was saved with: the hash of the program's file and the versions
 * it ran on (JDK and JBang for a snippet, Python for a twin), so a change
 * to any of them runs the program again.
 */
public final class CaptureStore {

    /** One captured run: the file run, what it printed, on what, when,
     *  and the command a reader types to run it the same way. */
    public record Capture(String source, List<String> stdout, String runtime, Instant at,
                          String command) {
        public Capture(String source, List<String> stdout, String runtime, Instant at) {
            this(source, stdout, runtime, at, plainCommand(source));
        }

        /** How a reader runs a file as it is: jbang for Java, python3 for Python. */
        public static String plainCommand(String source) {
            return (source.endsWith(".py") ? "python3 " : "jbang ") + source;
        }
    }

    private final Path dir;

    public CaptureStore(Path dir) {
        this.dir = dir;
    }

    /** What decides a program's output: its bytes and what it runs on. */
    public static String key(Path file, String runtime) throws IOException {
        return key(file, runtime, "");
    }

    /** The key of a variant run: its command decides its output too. */
    public static String key(Path file, String runtime, String command) throws IOException {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            md.update(Files.readAllBytes(file));
            md.update(("\n" + runtime + (command.isEmpty() ? "" : "\n" + command))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Capture> load(String name, String key, String source) {
        Path meta = dir.resolve(name + ".properties");
        Path out = dir.resolve(name + ".out");
        try (Reader r = new StringReader(Files.readString(meta))) {
            Properties p = new Properties();
            p.load(r);
            if (!key.equals(p.getProperty("key"))) {
                return Optional.empty();
            }
            return Optional.of(new Capture(source, Files.readAllLines(out),
                    p.getProperty("runtime"), Instant.parse(p.getProperty("captured-at")),
                    p.getProperty("command", Capture.plainCommand(source))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none yet, or damaged: run it again
        }
    }

    /** Saves a run that passed its check; written whole or not at all. */
    public void save(String name, String key, Capture c) {
        try {
            Files.createDirectories(dir);
            Properties p = new Properties();
            p.setProperty("key", key);
            p.setProperty("runtime", c.runtime());
            p.setProperty("captured-at", c.at().toString());
            p.setProperty("command", c.command());
            StringWriter w = new StringWriter();
            p.store(w, "a passing run of " + c.source());
            Files.deleteIfExists(dir.resolve(name + ".properties")); // no key for a half-saved run
            write(dir.resolve(name + ".out"),
                    c.stdout().isEmpty() ? "" : String.join("\n", c.stdout()) + "\n");
            write(dir.resolve(name + ".properties"), w.toString());
        } catch (IOException e) {
            throw Diagnostic.io(dir, "cannot save the captured run of " + c.source()
                    + ": " + e.getMessage());
        }
    }

    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
