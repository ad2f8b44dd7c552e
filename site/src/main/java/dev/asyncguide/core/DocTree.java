package dev.asyncguide.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.asciidoctor.ast.Document;

/**
 * The first stage: the repository's docs/ read once. Every language
 * folder, the source language's page list (its reading order), and every
 * page of every language loaded by Asciidoctor, with its outline. Later
 * stages (translation status, rendering) use these documents and never
 * read a page again.
 */
public final class DocTree {

    /** One page file in one language, parsed. */
    public record Page(Language language, String name, Path file, Document doc,
                       PageOutline outline) {}

    private final Path root;
    private final List<Language> languages;
    private final List<String> pageNames;
    private final Map<String, Page> pages;

    private DocTree(Path root, List<Language> languages, List<String> pageNames,
                    Map<String, Page> pages) {
        this.root = root;
        this.languages = languages;
        this.pageNames = pageNames;
        this.pages = pages;
    }

    /** The languages and page list only, for commands that need no page text. */
    public static DocTree list(Path root) throws IOException {
        root = root.toAbsolutePath().normalize();
        List<Language> languages = Language.all(root.resolve("docs"));
        return new DocTree(root, languages, pageNames(root, languages.getFirst()), Map.of());
    }

    /** Reads and parses every page of every language. */
    public static DocTree read(Path root, Asciidoc adoc, Consumer<String> progress)
            throws IOException {
        DocTree listed = list(root);
        Map<String, Page> pages = new LinkedHashMap<>();
        for (Language lang : listed.languages) {
            for (String name : listed.pageNames) {
                Path file = lang.dir().resolve(name);
                if (Files.exists(file)) {
                    String shown = adoc.shown(file);
                    Document doc = adoc.load(file, Map.of());
                    var lines = SourceText.read(file, shown).lines().toList();
                    pages.put(key(lang.code(), name), new Page(lang, name, file, doc,
                            PageOutline.of(doc, shown, lines)));
                }
            }
        }
        progress.accept("read " + pages.size() + " pages in " + listed.languages.size()
                + " languages");
        return new DocTree(listed.root, listed.languages, listed.pageNames, pages);
    }

    private static String key(String lang, String page) {
        return lang + "/" + page;
    }

    public Path root() {
        return root;
    }

    /** Every language, the source first. */
    public List<Language> languages() {
        return languages;
    }

    public Language source() {
        return languages.getFirst();
    }

    /** The source language's page file names, index.adoc first, then by name. */
    public List<String> pageNames() {
        return pageNames;
    }

    /** A page as it exists in a language's folder (a translation may lack it). */
    public Optional<Page> page(String lang, String name) {
        return Optional.ofNullable(pages.get(key(lang, name)));
    }

    /** The source language's pages, in reading order (file names sort). */
    static List<String> pageNames(Path root, Language source) throws IOException {
        try (Stream<Path> files = Files.list(source.dir())) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".adoc") && !n.startsWith("_"))
                    .sorted(Comparator.comparing((String n) -> !n.equals("index.adoc"))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
            if (!names.contains("index.adoc")) {
                Path index = source.dir().resolve("index.adoc");
                Path rel = root.relativize(index.toAbsolutePath().normalize());
                throw Diagnostic.at(rel, 1, "missing: every language starts at its index page");
            }
            return new ArrayList<>(names);
        }
    }
}
