package dev.asyncguide.site;

import dev.asyncguide.snippet.Captures;
import dev.asyncguide.snippet.Captures.Captured;
import dev.asyncguide.snippet.Expectation;
import dev.asyncguide.snippet.Snippet;
import dev.asyncguide.snippet.SnippetBatch;
import dev.asyncguide.snippet.SnippetRunner;
import dev.asyncguide.translate.TranslationPages;
import dev.asyncguide.translate.Translations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * docs/ + snippets/ → a static site: every page of every language, each
 * snippet run once (or its capture reused), written to a scratch folder
 * and moved into place only when everything succeeded.
 */
public final class SiteBuilder {

    private final Path root;
    private final Consumer<String> progress;
    private Translations translations;
    private String translatorsGuide = "";

    public SiteBuilder(Consumer<String> progress) {
        this(Path.of(""), progress);
    }

    /** A builder for the repository (docs/, snippets/, site/theme/) at {@code root}. */
    public SiteBuilder(Path root, Consumer<String> progress) {
        this.root = root.toAbsolutePath().normalize();
        this.progress = progress;
    }

    // Paths below are relative to the repository root, which is the
    // working folder (build.sh and the test suite both run from there), so
    // every message names files as a contributor sees them.
    private Path under(String name) {
        Path cwd = Path.of("").toAbsolutePath();
        return root.equals(cwd) ? Path.of(name) : root.resolve(name);
    }

    public Path docs() {
        return under("docs");
    }

    public Path snippets() {
        return under("snippets");
    }

    public Path target() {
        return under("target");
    }

    /** Builds the site into {@code out}; returns its index.html. */
    public Path build(Path out) throws Exception {
        List<Language> languages = Language.all(docs());
        List<String> pages = pageNames(languages.getFirst());
        translations = Translations.scan(root, languages, pages, false);
        translations.errors().forEach(p -> progress.accept("warning: " + p));
        Map<String, Captured> captures = captureSnippets();

        Path scratch = out.resolveSibling(out.getFileName() + ".partial");
        deleteTree(scratch);
        Files.createDirectories(scratch);
        try {
            Layout layout = new Layout(root.resolve("site/theme"));
            try (Renderer renderer = new Renderer(root, captures)) {
                translatorsGuide = TranslationPages.guide(renderer, root);
                int total = languages.size() * pages.size();
                int done = 0;
                for (Language lang : languages) {
                    List<Map<String, Object>> rendered = new ArrayList<>();
                    for (String page : pages) {
                        rendered.add(renderPage(renderer, lang, page));
                        progress.accept("rendered " + (++done) + "/" + total
                                + " pages: " + lang.code() + "/" + htmlName(page));
                    }
                    writeLanguage(layout, scratch, lang, languages, pages, rendered);
                }
            }
            writeRoot(layout, scratch, languages);
            copyTree(root.resolve("site/theme/assets"), scratch.resolve("assets"));
            new ReaderSite(progress).finish(scratch, languages); // search index, page weight
            deleteTree(out);
            Files.move(scratch, out, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(scratch);
        }
        return out.resolve("index.html");
    }

    /** The source language's pages, in reading order (file names sort). */
    public static List<String> pageNames(Language source) throws IOException {
        try (Stream<Path> files = Files.list(source.dir())) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".adoc") && !n.startsWith("_"))
                    .sorted(Comparator.comparing((String n) -> !n.equals("index.adoc"))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
            if (!names.contains("index.adoc")) {
                throw new BuildException(source.dir() + "/index.adoc:1: missing");
            }
            return names;
        }
    }

    static String htmlName(String adoc) {
        return adoc.replaceFirst("\\.adoc$", ".html");
    }

    /**
     * Runs each snippet (and its Python original, where python3 runs)
     * whose capture is missing or stale. Java captures are keyed by the
     * snippet's name, Python ones by {@link Captures#pythonKey}.
     */
    public Map<String, Captured> captureSnippets() throws Exception {
        Captures store = new Captures(target().resolve("snippet-runs"));
        List<Snippet> all = Snippet.all(snippets());
        Optional<String> python = SnippetRunner.pythonVersion();
        if (python.isEmpty()) {
            progress.accept("warning: python3 not found: pages show no output of the Python originals");
        }
        String jdk = Captures.currentJdk();
        Map<String, Captured> captures = new HashMap<>();
        List<Snippet> stale = new ArrayList<>();
        for (Snippet s : all) {
            Optional<Path> py = python.isEmpty() ? Optional.empty() : s.pythonFile(s.expectation());
            var java = store.load(s.name(), s.source(), jdk);
            var original = py.flatMap(f -> store.load(Captures.pythonKey(s.name()), f, python.get()));
            if (java.isEmpty() || (py.isPresent() && original.isEmpty())) {
                stale.add(s);
                continue;
            }
            captures.put(s.name(), java.get());
            original.ifPresent(c -> captures.put(Captures.pythonKey(s.name()), c));
        }
        progress.accept(all.size() + " snippets: " + (all.size() - stale.size())
                + " captured before, " + stale.size() + " to run");
        if (!stale.isEmpty()) {
            var batch = new SnippetBatch(new SnippetRunner(root), progress, python.isPresent());
            for (var outcome : batch.runAll(stale).values()) {
                if (outcome.problem().isPresent()) {
                    throw new BuildException(outcome.problem().get());
                }
                Snippet s = outcome.snippet();
                Expectation exp = outcome.expectation().orElseThrow();
                captures.put(s.name(), store.save(s.name(), s.source(), jdk,
                        outcome.run().orElseThrow().stdout()));
                if (outcome.python().isPresent()) {
                    Path py = s.pythonFile(exp).orElseThrow();
                    var run = outcome.python().get();
                    if (!run.ok()) {
                        throw new BuildException(SnippetRunner.failure(py, run, exp.timeout()));
                    }
                    captures.put(Captures.pythonKey(s.name()), store.save(
                            Captures.pythonKey(s.name()), py, python.get(), run.stdout()));
                }
            }
        }
        return captures;
    }

    private Map<String, Object> renderPage(Renderer renderer, Language lang, String page)
            throws IOException {
        Path file = lang.dir().resolve(page);
        // not translated yet (no file, or a copy of another language's page):
        // the source page, marked so, with a banner
        boolean fallback = !Files.exists(file)
                || translations.state(lang.code(), page) == Translations.State.MISSING;
        if (fallback) {
            file = docs().resolve(Language.SOURCE).resolve(page);
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        lang.ui().forEach((k, v) -> attrs.put("ui-" + k, v));
        attrs.put("lang", lang.code());
        var r = renderer.render(file, attrs);
        Map<String, Object> model = new HashMap<>();
        model.put("file", page);
        model.put("href", htmlName(page));
        model.put("title", r.title());
        model.put("body", fallback ? TranslationPages.fallbackBody(r.body()) : r.body());
        if (fallback) {
            model.put("contentLang", Language.SOURCE);
        }
        TranslationPages.banner(translations, lang, page).ifPresent(b -> model.put("banner", b));
        model.put("headings", r.headings());
        return model;
    }

    private void writeLanguage(Layout layout, Path out, Language lang,
                               List<Language> languages, List<String> pages,
                               List<Map<String, Object>> rendered) throws IOException {
        Path dir = out.resolve(lang.code());
        Files.createDirectories(dir);
        for (int i = 0; i < rendered.size(); i++) {
            Map<String, Object> page = rendered.get(i);
            Map<String, Object> model = new HashMap<>(page);
            model.put("lang", lang.code());
            model.put("ui", lang.ui());
            model.put("assets", "../assets");
            model.put("isIndex", i == 0);
            List<Map<String, Object>> toc = new ArrayList<>();
            for (int j = 1; j < rendered.size(); j++) {
                Map<String, Object> entry = new HashMap<>();
                entry.put("href", rendered.get(j).get("href"));
                entry.put("title", rendered.get(j).get("title"));
                entry.put("current", j == i);
                toc.add(entry);
            }
            model.put("toc", toc);
            model.put("home", Map.of("href", "index.html", "current", i == 0,
                    "title", rendered.getFirst().get("title")));
            if (i > 0) {
                model.put("prev", link(rendered.get(i - 1)));
            }
            if (i + 1 < rendered.size()) {
                model.put("next", link(rendered.get(i + 1)));
            }
            List<Map<String, Object>> switcher = new ArrayList<>();
            for (Language other : languages) {
                switcher.add(Map.of("code", other.code(), "name", other.name(),
                        "href", "../" + other.code() + "/" + page.get("href"),
                        "current", other.equals(lang)));
            }
            model.put("languages", switcher);
            Files.writeString(dir.resolve((String) page.get("href")),
                    layout.render("page", model));
            if (i == 0) { // the translations page, in the index page's frame
                Files.writeString(dir.resolve(TranslationPages.HREF), layout.render("page",
                        TranslationPages.pageModel(translations, lang, languages, model,
                                translatorsGuide)));
            }
        }
    }

    private static Map<String, Object> link(Map<String, Object> page) {
        return Map.of("href", page.get("href"), "title", page.get("title"));
    }

    private void writeRoot(Layout layout, Path out, List<Language> languages)
            throws IOException {
        List<Map<String, Object>> langs = new ArrayList<>();
        for (Language l : languages) {
            langs.add(Map.of("code", l.code(), "name", l.name(),
                    "href", l.code() + "/index.html",
                    "title", l.ui("site-title")));
        }
        Files.writeString(out.resolve("index.html"),
                layout.render("languages", Map.of("languages", langs,
                        "source", languages.getFirst().code(), "assets", "assets")));
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code java ... SiteBuilder [out]}: builds, prints index.html last. */
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "target/site")
                .toAbsolutePath();
        try {
            var builder = new SiteBuilder(msg -> System.err.println("[site] " + msg));
            Path index = builder.build(out);
            System.out.println(index);
        } catch (BuildException | SnippetRunner.SnippetException
                 | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("error: " + e);
            e.printStackTrace();
            System.exit(2);
        }
    }
}
