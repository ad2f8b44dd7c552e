package dev.asyncguide.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
                    pages.put(key(lang.code(), name), load(adoc, lang, name, file));
                }
            }
        }
        progress.accept("read " + pages.size() + " pages in " + listed.languages.size()
                + " languages");
        return new DocTree(listed.root, listed.languages, listed.pageNames, pages);
    }

    private static Page load(Asciidoc adoc, Language lang, String name, Path file)
            throws IOException {
        String shown = adoc.shown(file);
        Document doc = adoc.load(file, Map.of());
        var lines = SourceText.read(file, shown).lines().toList();
        return new Page(lang, name, file, doc, PageOutline.of(doc, shown, lines));
    }

    /**
     * This tree with the pages in {@code changed} (files, relative to the
     * root or absolute) read again, and pages that appeared or went away
     * taken in or out; every other page keeps the document it was read
     * with. A change to the languages or to the source's page list reads
     * everything again. ({@code serve}, after an edit.)
     */
    public DocTree reread(Asciidoc adoc, Collection<Path> changed, Consumer<String> progress)
            throws IOException {
        DocTree listed = list(root);
        if (!listed.languages.equals(languages) || !listed.pageNames.equals(pageNames)) {
            return read(root, adoc, progress);
        }
        Set<Path> again = new HashSet<>();
        changed.forEach(p -> again.add(root.resolve(p).toAbsolutePath().normalize()));
        Map<String, Page> next = new LinkedHashMap<>();
        int read = 0;
        for (Language lang : languages) {
            for (String name : pageNames) {
                Path file = lang.dir().resolve(name);
                Page old = pages.get(key(lang.code(), name));
                if (!Files.exists(file)) {
                    continue;
                }
                if (old != null && !again.contains(file.toAbsolutePath().normalize())) {
                    next.put(key(lang.code(), name), old);
                } else {
                    next.put(key(lang.code(), name), load(adoc, lang, name, file));
                    read++;
                }
            }
        }
        progress.accept("read " + read + " of " + next.size() + " pages again");
        return new DocTree(root, languages, pageNames, next);
    }

    /** Every page read, in order: each language's pages in reading order. */
    public List<Page> pages() {
        return List.copyOf(pages.values());
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
