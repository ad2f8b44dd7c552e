package dev.asyncguide.site;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.SourceText;
import dev.asyncguide.snippet.Snippet;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The snippets' own files in the built site: {@code snippets/X.java} and
 * the Python twins under {@code snippets/python/}, each as it is in the
 * repository. A page links each block to its whole runnable file, and
 * wherever the site is served, {@code jbang <site>/snippets/X.java} runs
 * a snippet without a clone. With a public address for the site
 * ({@code base-url=} in {@code site/publish.properties}), the run bars
 * show that command too.
 */
public final class SnippetFiles {

    /** The site's publishing settings (another tool may add more keys). */
    public static final String SETTINGS = "site/publish.properties";

    private SnippetFiles() {}

    /** Copies snippets/*.java and snippets/python/**.py into {@code site}. */
    static void copy(Path root, Path site) throws IOException {
        Path from = root.resolve(Snippet.FOLDER);
        Path to = site.resolve(Snippet.FOLDER);
        Files.createDirectories(to);
        for (Snippet s : Snippet.all(root)) {
            Files.copy(root.resolve(s.source()), to.resolve(s.fileName()));
        }
        Path python = from.resolve("python");
        if (Files.isDirectory(python)) {
            try (Stream<Path> files = Files.walk(python)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".py")
                        && Files.isRegularFile(f)).toList()) {
                    Path dest = to.resolve(from.relativize(p).toString());
                    Files.createDirectories(dest.getParent());
                    Files.copy(p, dest);
                }
            }
        }
    }

    /** The public address of the site, without a trailing slash, if
     *  {@code site/publish.properties} gives one ({@code base-url=}). */
    public static Optional<String> baseUrl(Path root) throws IOException {
        Path file = root.resolve(SETTINGS);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        p.load(new StringReader(SourceText.read(file, SETTINGS)));
        String url = p.getProperty("base-url", "").strip().replaceFirst("/+$", "");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (!url.matches("https?://[^\\s\"'<>]+")) {
            throw Diagnostic.at(SETTINGS, lineOf(file, "base-url"),
                    "base-url must be an http:// or https:// address, e.g."
                            + " https://example.org/async-guide");
        }
        return Optional.of(url);
    }

    private static int lineOf(Path file, String key) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(key)) {
                return i + 1;
            }
        }
        return 1;
    }
}
