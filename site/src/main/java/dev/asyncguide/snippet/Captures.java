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
 * The real output of each snippet's last good run, kept under target/ so a
 * page shows exactly what the snippet printed, and so that `./build.sh test`
 * (which runs every snippet) and the site build after it run each snippet
 * once. A capture is reused only while the source and the JDK are the same.
 */
public final class Captures {

    /** One captured run: what it printed, when, and on which JDK. */
    public record Captured(List<String> stdout, String jdk, Instant at) {}

    private final Path dir;

    public Captures(Path dir) {
        this.dir = dir;
    }

    public static String currentJdk() {
        return Runtime.version().toString();
    }

    public Optional<Captured> load(Snippet s) {
        Path meta = dir.resolve(s.name() + ".properties");
        Path out = dir.resolve(s.name() + ".out");
        if (!Files.exists(meta) || !Files.exists(out)) {
            return Optional.empty();
        }
        try (Reader r = Files.newBufferedReader(meta)) {
            Properties p = new Properties();
            p.load(r);
            if (!hash(s).equals(p.getProperty("source-sha256"))
                    || !currentJdk().equals(p.getProperty("jdk"))) {
                return Optional.empty();
            }
            return Optional.of(new Captured(Files.readAllLines(out),
                    p.getProperty("jdk"), Instant.parse(p.getProperty("captured-at"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged capture is simply run again
        }
    }

    public Captured save(Snippet s, List<String> stdout) {
        var c = new Captured(List.copyOf(stdout), currentJdk(), Instant.now());
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(s.name() + ".out"), stdout);
            Properties p = new Properties();
            p.setProperty("source-sha256", hash(s));
            p.setProperty("jdk", c.jdk());
            p.setProperty("captured-at", c.at().toString());
            try (Writer w = Files.newBufferedWriter(dir.resolve(s.name() + ".properties"))) {
                p.store(w, "captured run of " + s.source());
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hash(Snippet s) throws IOException {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(s.source())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
