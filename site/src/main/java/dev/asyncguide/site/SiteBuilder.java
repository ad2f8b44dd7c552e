package dev.asyncguide.site;

import dev.asyncguide.core.Asciidoc;
import dev.asyncguide.core.Cli;
import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.DocTree;
import dev.asyncguide.core.Glossary;
import dev.asyncguide.core.Terminology;
import dev.asyncguide.core.Language;
import dev.asyncguide.core.PageOutline.CodeBlock;
import dev.asyncguide.snippet.CaptureStage;
import dev.asyncguide.snippet.CaptureStage.Outcome;
import dev.asyncguide.snippet.CaptureStore.Capture;
import dev.asyncguide.translate.Translations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * docs/ + snippets/ → a static site, as a one-way pipeline: the pages read
 * once (core), every snippet run or reused and checked (snippet), the
 * translation state (translate), then every page of every language
 * rendered into a scratch folder, checked (search index, page weight) and
 * moved into place only when everything succeeded. A failure leaves the
 * previous site as it was.
 */
public final class SiteBuilder {

    private final Path root;
    private final Consumer<String> progress;
    private final RenderCache renderCache = new RenderCache(); // serve builds again with it
    private DocTree warmTree;
    private Map<String, Capture> warmCaptures;
    private ProcessHandle snippetCompiler;

    /** A builder for the repository (docs/, snippets/, site/theme/) at {@code root}. */
    public SiteBuilder(Path root, Consumer<String> progress) {
        this.root = root.toAbsolutePath().normalize();
        this.progress = progress;
    }

    /**
     * For serve, which keeps one builder in a warm JVM: the next build uses
     * these pages (some read again after an edit) and snippet runs instead
     * of reading and capturing everything, and converts only the pages read
     * again or whose snippets ran again.
     */
    public SiteBuilder with(DocTree tree, Map<String, Capture> captures) {
        this.warmTree = tree;
        this.warmCaptures = captures;
        return this;
    }

    /**
     * Snippets are being compiled into JBang's cache by that process
     * (build.sh's, beside Maven): the capture stage waits for those
     * compiles rather than making its own ({@link CaptureStage#compiledBy}).
     */
    public SiteBuilder compiledBy(ProcessHandle compiler) {
        this.snippetCompiler = compiler;
        return this;
    }

    /** Builds the site into {@code out}; returns its index.html. */
    public Path build(Path out) throws Exception {
        Publishing publishing = Publishing.read(root); // a bad setting fails before the slow stages
        try (Asciidoc adoc = new Asciidoc(root)) {
            DocTree tree = warmTree != null ? warmTree : DocTree.read(root, adoc, progress);
            Glossary glossary = Glossary.read(root);
            Terminology.check(tree, glossary); // a form to avoid stops the build before the slow stages
            // before the runs: it needs none of them, and a fresh clone's
            // snippets are still compiling meanwhile
            Translations translations = Translations.scan(tree, adoc, false);
            translations.errors().forEach(p -> progress.accept("warning: " + p));
            Map<String, Capture> captures = warmCaptures != null ? warmCaptures
                    : captures(new CaptureStage(root, progress).compiledBy(snippetCompiler)
                            .captureAll(false));
            Path scratch = out.resolveSibling(out.getFileName() + ".partial");
            deleteTree(scratch);
            try {
                Files.createDirectories(scratch);
                render(adoc, tree, translations, captures, scratch, publishing, glossary);
                deleteTree(out);
                Files.move(scratch, out, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteTree(scratch);
            }
        }
        return out.resolve("index.html");
    }

    /** The passing captures by key; the first snippet that fails stops the build. */
    public static Map<String, Capture> captures(Map<String, Outcome> outcomes) {
        Map<String, Capture> captures = new HashMap<>();
        for (Outcome o : outcomes.values()) {
            if (!o.passed()) {
                throw o.problems().getFirst();
            }
            String name = o.snippet().name();
            o.java().ifPresent(c -> captures.put(name, c));
            o.python().ifPresent(c -> captures.put(SnippetBlocks.pythonKey(name), c));
            o.variants().forEach((v, c) -> captures.put(SnippetBlocks.variantKey(name, v), c));
        }
        return captures;
    }

    private void render(Asciidoc adoc, DocTree tree, Translations translations,
                        Map<String, Capture> captures, Path scratch, Publishing publishing,
                        Glossary glossary) throws IOException {
        ApiIndexCheck.check(tree); // every index row runs somewhere
        List<Language> languages = tree.languages();
        List<String> pages = tree.pageNames();
        Layout layout = new Layout(root.resolve("site/theme"));
        Publisher publisher = new Publisher(root, publishing, layout, translations, languages);
        // every snippet has passed by now, so the captures name them all
        var names = new java.util.HashSet<String>();
        captures.keySet().forEach(k -> names.add(SnippetBlocks.snippetOf(k)));
        Renderer renderer = new Renderer(adoc, new SnippetBlocks(captures, names, layout,
                publishing.url("")) // jbang <base-url>/snippets/X.java
                .showing(runPages(tree)), new FigureCheck(root));
        String guide = guide(adoc);
        int total = languages.size() * pages.size();
        int done = 0;
        renderCache.begin(captures);
        for (Language lang : languages) {
            List<Map<String, Object>> rendered = new ArrayList<>();
            for (String page : pages) {
                int converted = renderCache.converted();
                rendered.add(renderPage(renderer, tree, translations, lang, page));
                if (renderCache.converted() > converted) {
                    progress.accept("rendered " + (++done) + "/" + total
                            + " pages: " + lang.code() + "/" + htmlName(page));
                }
            }
            writeLanguage(layout, scratch, lang, languages, translations, rendered, guide, publisher);
        }
        writeRoot(layout, scratch, languages, publisher);
        publisher.writeSiteFiles(scratch); // 404.html, sitemap.xml
        copyTree(root.resolve("site/theme/assets"), scratch.resolve("assets"));
        SnippetFiles.copy(root, scratch); // jbang <site>/snippets/X.java
        renderCache.end();
        if (done < total) {
            progress.accept((total - done) + " pages unchanged since the last build");
        }
        new ReaderSite(progress).finish(scratch, languages, glossary); // search index, page weight
    }

    /** Which page shows each run (the source language's pages; translations
     *  keep the same blocks in the same files), for citations to link to. */
    static Map<String, String> runPages(DocTree tree) {
        Map<String, String> pages = new HashMap<>();
        for (String name : tree.pageNames()) {
            var page = tree.page(tree.source().code(), name);
            for (var block : page.map(p -> p.outline().codeBlocks()).orElse(List.of())) {
                String key = block.kind().equals(CodeBlock.ORIGINAL)
                        ? SnippetBlocks.pythonKey(block.name()) : block.name();
                pages.putIfAbsent(key, htmlName(name));
            }
        }
        return pages;
    }

    /** The translators' guide for the translations page: CONTRIBUTING.md, rendered. */
    private String guide(Asciidoc adoc) throws IOException {
        Path file = root.resolve(TranslationPages.GUIDE_FILE);
        if (!Files.exists(file)) {
            return "";
        }
        return adoc.convert(adoc.load(file, Map.of()), file);
    }

    static String htmlName(String adoc) {
        return adoc.replaceFirst("\\.adoc$", ".html");
    }

    private Map<String, Object> renderPage(Renderer renderer, DocTree tree,
                                           Translations translations, Language lang,
                                           String page) throws IOException {
        // not translated yet (no file, or a copy of another language's page):
        // the source page, marked so, with a banner
        var own = tree.page(lang.code(), page);
        boolean fallback = own.isEmpty()
                || translations.state(lang.code(), page) == Translations.State.MISSING;
        var source = fallback ? tree.page(tree.source().code(), page).orElseThrow() : own.get();
        var r = renderCache.get(renderer, source, lang);
        Map<String, Object> model = new HashMap<>();
        model.put("file", page);
        model.put("href", htmlName(page));
        model.put("title", r.title());
        model.put("body", r.body());
        if (fallback) {
            model.put("contentLang", tree.source().code());
            model.put("untranslated", tree.source().code());
        }
        TranslationPages.banner(translations, lang, page).ifPresent(b -> model.put("banner", b));
        model.put("headings", r.headings());
        return model;
    }

    private void writeLanguage(Layout layout, Path out, Language lang,
                               List<Language> languages, Translations translations,
                               List<Map<String, Object>> rendered, String guide,
                               Publisher publisher) throws IOException {
        Path dir = out.resolve(lang.code());
        Files.createDirectories(dir);
        Map<String, Object> index = Map.of();
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
            model.put("languages", switcher(languages, lang, (String) page.get("href")));
            publisher.page(model, lang, (String) page.get("file"));
            Files.writeString(dir.resolve((String) page.get("href")),
                    layout.render("page", model));
            if (i == 0) { // the translations page and the book, in the index page's frame
                Map<String, Object> report = TranslationPages.pageModel(translations, lang,
                        languages, model, ReaderMarkup.polish(guide, lang.ui()));
                publisher.translationsPage(report, lang);
                Files.writeString(dir.resolve(TranslationPages.HREF), layout.render("page", report));
                index = model;
            }
        }
        publisher.writeBook(dir, lang, index, rendered);
    }

    private static Map<String, Object> link(Map<String, Object> page) {
        return Map.of("href", page.get("href"), "title", page.get("title"));
    }

    private void writeRoot(Layout layout, Path out, List<Language> languages,
                           Publisher publisher) throws IOException {
        List<Map<String, Object>> langs = new ArrayList<>();
        for (Language l : languages) {
            langs.add(Map.of("code", l.code(), "name", l.name(),
                    "href", l.code() + "/index.html",
                    "title", l.ui("site-title")));
        }
        Files.writeString(out.resolve("index.html"),
                layout.render("languages", publisher.rootModel(Map.of("languages", langs,
                        "source", languages.getFirst().code(), "assets", "assets"))));
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
        Cli.main(() -> {
            List<String> rest = new ArrayList<>(List.of(args));
            ProcessHandle compiler = null;
            if (rest.size() >= 2 && rest.getFirst().equals("--snippets-compiled-by")) {
                compiler = ProcessHandle.of(parsePid(rest.get(1))).orElse(null); // gone: done
                rest = rest.subList(2, rest.size());
            }
            if (rest.size() > 1 || rest.stream().anyMatch(a -> a.startsWith("--"))) {
                throw Diagnostic.usage("SiteBuilder [--snippets-compiled-by PID] [output folder]");
            }
            Path out = Path.of(rest.isEmpty() ? "target/site" : rest.getFirst()).toAbsolutePath();
            Path index = new SiteBuilder(Path.of(""), msg -> System.err.println("[site] " + msg))
                    .compiledBy(compiler).build(out);
            System.out.println(index);
            return 0;
        });
    }

    private static long parsePid(String pid) {
        try {
            return Long.parseLong(pid);
        } catch (NumberFormatException e) {
            throw Diagnostic.usage("SiteBuilder --snippets-compiled-by PID: not a process id: "
                    + pid);
        }
    }

    /** The language switcher of a page: the same file in every language. */
    static List<Map<String, Object>> switcher(List<Language> languages, Language lang,
                                              String href) {
        List<Map<String, Object>> switcher = new ArrayList<>();
        for (Language other : languages) {
            switcher.add(Map.of("code", other.code(), "name", other.name(),
                    "href", "../" + other.code() + "/" + href, "current", other.equals(lang)));
        }
        return switcher;
    }

    /**
     * A page of its own in the frame of a language's index page
     * ({@code indexModel}): the translations page, the book. What belongs
     * to the index alone is left out, the home link is not current, and
     * the language switcher leads to this page in every language.
     */
    static Map<String, Object> inIndexFrame(Map<String, Object> indexModel,
                                            List<Language> languages, Language lang,
                                            String href, String title) {
        Map<String, Object> model = new HashMap<>(indexModel);
        for (String key : List.of("banner", "prev", "next", "contentLang", "untranslated",
                "translations", "isTranslations")) {
            model.remove(key);
        }
        model.put("isIndex", false);
        model.put("file", href);
        model.put("href", href);
        model.put("title", org.jsoup.nodes.Entities.escape(title));
        model.put("headings", List.of());
        if (model.get("home") instanceof Map<?, ?> h) {
            Map<Object, Object> notCurrent = new HashMap<>(h);
            notCurrent.put("current", false);
            model.put("home", notCurrent);
        }
        model.put("languages", switcher(languages, lang, href));
        return model;
    }

}
