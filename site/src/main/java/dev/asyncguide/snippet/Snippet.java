package dev.asyncguide.snippet;

import dev.asyncguide.core.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A JBang script in snippets/, with its expectation file beside it.
 * Paths are relative to the repository root ({@code snippets/Gather.java}),
 * as a reader types them and as messages show them.
 */
public record Snippet(String name, Path source, Path expectFile) {

    public static final String FOLDER = "snippets";

    public static Snippet named(String name) {
        return new Snippet(name, Path.of(FOLDER, name + ".java"),
                Path.of(FOLDER, name + ".expect"));
    }

    /**
     * Every snippets/*.java, by name: a new file is picked up as it is. A
     * script without its .expect, or an .expect without its script, is an
     * error at that file.
     */
    public static List<Snippet> all(Path root) throws IOException {
        Path dir = root.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            throw Diagnostic.at(FOLDER, 1, "no such folder (run from the repository root)");
        }
        List<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<Snippet> all = new ArrayList<>();
        for (String f : files) {
            if (f.endsWith(".java")) {
                Snippet s = named(f.substring(0, f.length() - ".java".length()));
                if (!files.contains(s.expectFile().getFileName().toString())) {
                    throw Diagnostic.at(s.source(), 1, "declares no expectation: create "
                            + Diagnostic.shown(s.expectFile())
                            + " with the lines it must print (see README)");
                }
                all.add(s);
            } else if (f.endsWith(".expect")) {
                String java = f.substring(0, f.length() - ".expect".length()) + ".java";
                if (!files.contains(java)) {
                    throw Diagnostic.at(Path.of(FOLDER, f), 1, "there is no "
                            + FOLDER + "/" + java + " beside it (renamed or removed?)");
                }
            }
        }
        return all;
    }

    public String fileName() {
        return source.getFileName().toString();
    }

    /** The expectation; a mistake in it is an error at its line. */
    public Expectation expectation(Path root) throws IOException {
        return Expectation.read(root, expectFile);
    }
}
