package dev.asyncguide.site;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.Language;
import dev.asyncguide.translate.Translations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a site needs beside its pages to be read and published: each page's
 * description, head links and repository links (from {@link Publishing}),
 * the one-page book {@value PrintBook#FILE} of each language, and at the
 * root {@value #NOT_FOUND} and, with a base URL, {@value Publishing#SITEMAP}
 * and {@value #ROBOTS}. The HTML and XML are the theme's templates.
 */
final class Publisher {

    static final String NOT_FOUND = "404.html";
    static final String ROBOTS = "robots.txt";

    private final Path root;
    private final Publishing publishing;
    private final Layout layout;
    private final Translations translations;
    private final List<Language> languages;
    private final List<Publishing.PageAddress> addresses = new ArrayList<>();

    Publisher(Path root, Publishing publishing, Layout layout, Translations translations,
              List<Language> languages) {
        this.root = root;
        this.publishing = publishing;
        this.layout = layout;
        this.translations = translations;
        this.languages = languages;
    }

    private String source() {
        return languages.getFirst().code();
    }

    /** A path of the repository as links name it, e.g. docs/en/03-basics.adoc. */
    private String repoPath(Path p) {
        return Diagnostic.shown(root.relativize(p.toAbsolutePath().normalize()));
    }

    /**
     * Adds to a content page's model its description (from its first
     * paragraph), its head links and its repository links.
     *
     * @param file the page's .adoc name, e.g. 03-basics.adoc
     */
    void page(Map<String, Object> model, Language lang, String file) {
        String href = SiteBuilder.htmlName(file);
        List<String> translated = new ArrayList<>();
        for (Language l : languages) {
            if (translations.state(l.code(), file) != Translations.State.MISSING) {
                translated.add(l.code());
            }
        }
        boolean own = translated.contains(lang.code());
        boolean index = href.equals("index.html");
        String description = ReaderMarkup.description((String) model.get("body"));
        // the root page picks a language; a deeper page falls back to the source
        String xDefault = index ? "index.html" : source() + "/" + href;
        head(model, lang, Publishing.page(lang.code(), href, translated, xDefault), description, !index);
        Language shown = own ? lang : languages.getFirst();
        Optional<String> folder = lang.code().equals(source()) ? Optional.empty()
                : Optional.of(repoPath(lang.dir()));
        publishing.links(Optional.of(repoPath(shown.dir().resolve(file))), folder).ifPresent(l -> {
            TranslationPages.banner(translations, lang, file).ifPresentOrElse(
                    b -> l.put("changes", Map.of("href", b.get("href"), "word", b.get("link"))),
                    () -> {
                        if (folder.isEmpty()) { // the source: how to translate it
                            l.put("guide", TranslationPages.HREF + "#" + TranslationPages.GUIDE_ID);
                        }
                    });
            model.put("links", l);
        });
    }

    /** Adds to the translations page's model its links; the guide is what can be edited. */
    void translationsPage(Map<String, Object> model, Language lang) {
        special(model, lang, TranslationPages.HREF, Optional.of(TranslationPages.GUIDE_FILE),
                TranslationPages.word(translations, lang, "translations-intro").replace("{commit}",
                        translations.gitChecked() ? translations.head() : "-"));
    }

    /** Adds the head links to a page that every language has (translations, print). */
    private void special(Map<String, Object> model, Language lang, String href,
                 Optional<String> editFile, String description) {
        List<String> all = languages.stream().map(Language::code).toList();
        head(model, lang, Publishing.page(lang.code(), href, all, source() + "/" + href),
                description, true);
        model.remove("links");
        publishing.links(editFile, Optional.empty()).ifPresent(l -> model.put("links", l));
    }

    private void head(Map<String, Object> model, Language lang, Publishing.PageAddress address,
                      String description, boolean article) {
        model.put("description", description);
        String title = org.jsoup.Jsoup.parse((String) model.get("title")).text();
        publishing.head(address, title, description, lang.ui("site-title"), article)
                .ifPresentOrElse(h -> model.put("publish", h), () -> model.remove("publish"));
        publishing.repositoryUrl().ifPresent(r -> model.put("repository", r));
        if (!address.path().endsWith("/" + PrintBook.FILE)) {
            addresses.add(address);
        }
    }

    /**
     * Writes {@code dir/print.html}: the book of one language in the frame
     * of its index page ({@code indexModel}).
     */
    void writeBook(Path dir, Language lang, Map<String, Object> indexModel,
                   List<Map<String, Object>> pages) throws IOException {
        Map<String, Object> model = SiteBuilder.inIndexFrame(indexModel, languages, lang,
                PrintBook.FILE, lang.ui("book"));
        model.put("isBook", true);
        model.put("noindex", true);
        model.put("body", PrintBook.body(layout, pages, lang.ui()));
        special(model, lang, PrintBook.FILE, Optional.empty(),
                (String) indexModel.get("description"));
        Files.writeString(dir.resolve(PrintBook.FILE), layout.render("page", model));
    }

    /** The root language picker's head links. */
    Map<String, Object> rootModel(Map<String, Object> model) {
        Map<String, String> alternates = new java.util.LinkedHashMap<>();
        languages.forEach(l -> alternates.put(l.code(), l.code() + "/index.html"));
        var address = new Publishing.PageAddress("index.html", "index.html", alternates,
                "index.html");
        Map<String, Object> m = new HashMap<>(model);
        String title = String.join(" · ", languages.stream().map(l -> l.ui("site-title")).toList());
        publishing.head(address, title, title, title, false).ifPresent(h -> m.put("publish", h));
        return m;
    }

    /** 404.html always; sitemap.xml and robots.txt with a base URL. */
    void writeSiteFiles(Path out) throws IOException {
        List<Map<String, Object>> langs = new ArrayList<>();
        for (Language l : languages) {
            langs.add(Map.of("code", l.code(), "title", l.ui("site-title"), "first", langs.isEmpty(),
                    "notFound", l.ui("not-found"), "text", l.ui("not-found-text"),
                    "href", l.code() + "/index.html"));
        }
        Map<String, Object> model = new HashMap<>(Map.of("languages", langs, "source", source(),
                "title", String.join(" · ", languages.stream().map(l -> l.ui("not-found")).toList())));
        // served for an unknown address at any depth: relative links need the base
        publishing.baseUrl().ifPresent(b -> model.put("base", b));
        Files.writeString(out.resolve(NOT_FOUND), layout.render("not-found", model));
        Optional<Map<String, Object>> sitemap = publishing.sitemap(addresses);
        if (sitemap.isPresent()) {
            Files.writeString(out.resolve(Publishing.SITEMAP), layout.render("sitemap", sitemap.get()));
            Files.writeString(out.resolve(ROBOTS), layout.render("robots", sitemap.get()));
        }
    }
}
