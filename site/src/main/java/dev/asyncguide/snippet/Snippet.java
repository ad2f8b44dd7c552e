package dev.asyncguide.snippet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A JBang script in snippets/, with its expectation file beside it. */
public record Snippet(String name, Path source, Path expectFile) {

    public static Snippet of(Path source) {
        String file = source.getFileName().toString();
        String name = file.substring(0, file.length() - ".java".length());
        return new Snippet(name, source, source.resolveSibling(name + ".expect"));
    }

    /** Every snippets/*.java, by name: a new file is picked up as it is. */
    public static List<Snippet> all(Path snippetsDir) {
        if (!Files.isDirectory(snippetsDir)) {
            throw new IllegalArgumentException(snippetsDir
                    + ":1: no such folder (run from the repository root)");
        }
        try (Stream<Path> files = Files.list(snippetsDir)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .sorted()
                    .map(Snippet::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String fileName() {
        return source.getFileName().toString();
    }

    /** The Python original an expectation names, as a path from the root. */
    public Optional<Path> pythonFile(Expectation e) {
        return e.python().map(py -> source.resolveSibling(py.toString()).normalize());
    }

    /** The expectation; a missing or broken one is an error naming the file. */
    public Expectation expectation() throws IOException {
        if (!Files.exists(expectFile)) {
            throw new IllegalArgumentException(source + ":1: declares no expectation"
                    + " (create " + expectFile + ")");
        }
        return Expectation.read(expectFile);
    }
}
