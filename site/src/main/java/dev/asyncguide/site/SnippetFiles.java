package dev.asyncguide.site;

import dev.asyncguide.snippet.Snippet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The snippets' own files in the built site: {@code snippets/X.java} and
 * the Python twins under {@code snippets/python/}, each as it is in the
 * repository. A page links each block to its whole runnable file, and
 * wherever the site is served, {@code jbang <site>/snippets/X.java} runs
 * a snippet without a clone. With a public address for the site
 * ({@code base-url=} in {@link Publishing#FILE}), the run bars show that
 * command too ({@link SnippetBlocks}).
 */
public final class SnippetFiles {

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
}
