package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.translate.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing, on small trees: with a base URL and a repository URL in
 * site/publish.properties every page carries its canonical address, its
 * language versions, a description and OpenGraph tags, and links to edit
 * it and to translate it, and the site a sitemap; without them none of
 * this appears, no address is absolute and the site still passes the link
 * and HTML checks. A 404 page and a one-page book per language always.
 */
class PublishTest {

    static final String BASE = "https://example.org/async-guide/";
    static final String REPO = "https://github.com/example/async-guide";
    static final String SETTINGS = """
            # the site's public address and its repository
            base-url=https://example.org/async-guide
            repository-url=https://github.com/example/async-guide/
            repository-branch=
            """;

    @TempDir
    Path dir;

    static Fixture fixture(Path dir) throws Exception {
        Fixture f = Fixture.twoLanguages(dir).withSiteFiles();
        // a link from one page into another, for the book to carry over
        f.write("docs/ko/index.adoc", f.read("docs/ko/index.adoc") + "\nxref:01-a.adoc#two[둘째 절]도 본다.\n");
        f.write("docs/en/index.adoc", f.read("docs/en/index.adoc") + "\nSee also xref:01-a.adoc#two[Two].\n");
        f.commit("links between pages");
        return f;
    }

    static Path build(Fixture f) throws Exception {
        return new SiteBuilder(f.root, m -> {}).build(f.path("target/site")).getParent();
    }

    static Document page(Path site, String rel) throws Exception {
        Path p = site.resolve(rel);
        assertTrue(Files.exists(p), rel + " was not built");
        return Jsoup.parse(p.toFile(), "UTF-8");
    }

    static List<Path> htmlFiles(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The link and HTML checks of the real site, on a fixture's site. */
    static void passesTheQualityGates(Path site) throws Exception {
        assertEquals(List.of(), new LinkChecker(site).check(), "broken links");
        HtmlChecker html = new HtmlChecker();
        List<String> errors = new ArrayList<>();
        for (Path p : htmlFiles(site)) {
            errors.addAll(html.check(p, site.relativize(p).toString()));
        }
        assertEquals(List.of(), errors, "Nu HTML Checker errors");
    }

    static String attr(Document d, String css, String attr) {
        Element e = d.selectFirst(css);
        assertNotNull(e, "no " + css + " in " + d.location());
        return e.attr(attr);
    }

    @Test
    void withBothAddressesEveryPageCarriesItsAddressesAndLinksAndTheSiteASitemap() throws Exception {
        Fixture f = fixture(dir);
        f.write("site/publish.properties", SETTINGS);
        Path site = build(f);
        record Expected(String lang, String href, String adoc, String description, String xDefault) {}
        for (Expected e : List.of(
                new Expected("ko", "index.html", "index.adoc", "안녕하세요.", "index.html"),
                new Expected("en", "index.html", "index.adoc", "Hello.", "index.html"),
                new Expected("ko", "01-a.html", "01-a.adoc", "도입.", "ko/01-a.html"),
                new Expected("en", "01-a.html", "01-a.adoc", "Introduction.", "ko/01-a.html"))) {
            String where = e.lang() + "/" + e.href();
            Document d = page(site, where);
            assertEquals(BASE + where, attr(d, "link[rel=canonical]", "href"), where);
            assertEquals(BASE + "ko/" + e.href(), attr(d, "link[rel=alternate][hreflang=ko]", "href"), where);
            assertEquals(BASE + "en/" + e.href(), attr(d, "link[rel=alternate][hreflang=en]", "href"), where);
            assertEquals(BASE + e.xDefault(), attr(d, "link[rel=alternate][hreflang=x-default]", "href"), where);
            assertEquals(e.description(), attr(d, "meta[name=description]", "content"), where);
            assertEquals(e.description(), attr(d, "meta[property=og:description]", "content"), where);
            assertEquals(BASE + where, attr(d, "meta[property=og:url]", "content"), where);
            assertEquals(d.selectFirst("main h1").text(), attr(d, "meta[property=og:title]", "content"), where);
            assertEquals(e.href().equals("index.html") ? "website" : "article",
                    attr(d, "meta[property=og:type]", "content"), where);
            assertEquals(REPO, attr(d, "nav.sidebar a[href^=https]", "href"), where);
            Element links = d.selectFirst("main .page-links");
            assertNotNull(links, where);
            assertEquals(REPO + "/edit/main/docs/" + e.lang() + "/" + e.adoc(),
                    links.selectFirst("a").attr("href"), where);
            // suggest a translation: the language's folder; the source points at the guide
            assertTrue(links.select("a").eachAttr("href").contains(e.lang().equals("ko")
                    ? "translations.html#guide" : REPO + "/tree/main/docs/en"), where + ": " + links);
        }
        Document report = page(site, "en/translations.html");
        assertEquals(BASE + "en/translations.html", attr(report, "link[rel=canonical]", "href"));
        assertEquals(REPO + "/edit/main/CONTRIBUTING.md", attr(report, ".page-links a", "href"));

        Document sitemap = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        assertEquals(List.of(BASE + "en/01-a.html", BASE + "en/index.html", BASE + "en/translations.html",
                BASE + "ko/01-a.html", BASE + "ko/index.html", BASE + "ko/translations.html"),
                locs.stream().sorted().toList());
        Element url = sitemap.selectFirst("url:has(loc:containsOwn(ko/01-a.html))");
        assertEquals(List.of("ko", "en", "x-default"), url.select("xhtml|link").eachAttr("hreflang"));
        assertEquals(BASE + "en/01-a.html", url.selectFirst("xhtml|link[hreflang=en]").attr("href"));
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: " + BASE + "sitemap.xml"));

        // a static host serves 404.html at any depth: its links are relative to the base
        Document notFound = page(site, "404.html");
        assertEquals(BASE, attr(notFound, "head > base", "href"));
        assertEquals("assets/style.css", attr(notFound, "link[rel=stylesheet]", "href"));
        assertEquals(List.of("ko/index.html", "en/index.html"), notFound.select("main a").eachAttr("href"));
        assertEquals(BASE + "index.html", attr(page(site, "index.html"), "link[rel=canonical]", "href"));
        passesTheQualityGates(site);
    }

    @Test
    void anUntranslatedOrOutdatedPageLinksToItsSourceAndWhatChanged() throws Exception {
        Fixture f = fixture(dir);
        f.write("site/publish.properties", SETTINGS);
        f.write("docs/ko/02-b.adoc", "= 나\n\n나의 도입.\n");
        f.replace("docs/ko/01-a.adoc", "첫째.", "첫째, 더 자세히.");
        f.commit("a page not translated yet, and a change the translation is behind");
        Path site = build(f);

        Document missing = page(site, "en/02-b.html");
        assertEquals(BASE + "ko/02-b.html", attr(missing, "link[rel=canonical]", "href"),
                "shown from the source: the source is its canonical page");
        assertEquals(List.of("ko", "x-default"), missing.select("link[rel=alternate]").eachAttr("hreflang"));
        assertEquals("나의 도입.", attr(missing, "meta[name=description]", "content"));
        assertEquals(List.of(REPO + "/edit/main/docs/ko/02-b.adoc", REPO + "/tree/main/docs/en",
                "translations.html#guide"), missing.select(".page-links a").eachAttr("href"));

        Document outdated = page(site, "en/01-a.html");
        assertEquals(List.of(REPO + "/edit/main/docs/en/01-a.adoc", REPO + "/tree/main/docs/en",
                "translations.html#en-01-a"), outdated.select(".page-links a").eachAttr("href"));
        assertNotNull(page(site, "en/translations.html").selectFirst("#en-01-a pre.diff"),
                "the translations page shows the diff the link leads to");
        assertEquals(List.of("ko", "x-default"), page(site, "ko/02-b.html")
                .select("link[rel=alternate]").eachAttr("hreflang"), "no en version of 02-b to name");

        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>" + BASE + "ko/02-b.html</loc>"), sitemap);
        assertFalse(sitemap.contains("<loc>" + BASE + "en/02-b.html</loc>"), sitemap);
        passesTheQualityGates(site);
    }

    @Test
    void withoutAddressesNothingOfThisAppearsAndTheSiteStillPassesItsChecks() throws Exception {
        Fixture f = fixture(dir);
        // the repository's own settings file, as checked in: both addresses empty
        Files.createDirectories(f.path("site"));
        Files.copy(Path.of(Publishing.FILE), f.path(Publishing.FILE));
        assertEquals(Publishing.NONE, Publishing.read(f.root));
        Path site = build(f);
        List<String> absolute = new ArrayList<>();
        for (Path p : htmlFiles(site)) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            for (String css : List.of("link[rel=canonical]", "link[rel=alternate]", "meta[property^=og:]",
                    ".page-links", "a[href*=/edit/]")) {
                assertNull(d.selectFirst(css), site.relativize(p) + " has " + css);
            }
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    if (a.getValue().matches("(?i)^([a-z][a-z0-9+.-]*:|//).*")) {
                        absolute.add(site.relativize(p) + ": " + a);
                    }
                }
            }
        }
        assertEquals(List.of(), absolute, "absolute addresses in a site without a base URL");
        assertFalse(Files.exists(site.resolve("sitemap.xml")));
        assertFalse(Files.exists(site.resolve("robots.txt")));
        assertEquals("안녕하세요.", attr(page(site, "ko/index.html"), "meta[name=description]", "content"));
        assertEquals(List.of("ko/index.html", "en/index.html"), page(site, "404.html").select("main a").eachAttr("href"));
        passesTheQualityGates(site);
    }

    @Test
    void theBookHoldsEveryPageInOrderWithItsLinksInsideIt() throws Exception {
        Path site = build(fixture(dir));
        for (String lang : List.of("ko", "en")) {
            Document book = page(site, lang + "/" + PrintBook.FILE);
            assertEquals(List.of("page-index", "page-01-a"), book.select("main article.book-page").eachAttr("id"));
            assertEquals(List.of("#page-index", "#page-01-a"), book.select("main .book-contents a").eachAttr("href"));
            Element two = book.getElementById("01-a--two");
            assertNotNull(two, lang + ": the section's id carries its page's name");
            assertEquals("h3", two.normalName(), "a page's sections are one level under its title");
            assertEquals("#01-a--two", two.selectFirst("a.anchor").attr("href"));
            assertNotNull(book.selectFirst("#page-index a[href=#01-a--two]"), lang + ": the xref points into the book");
            Set<String> ids = new HashSet<>();
            for (Element e : book.select("[id]")) {
                assertTrue(ids.add(e.id()), lang + ": id " + e.id() + " twice");
            }
            assertEquals("noindex", attr(book, "meta[name=robots]", "content"));
        }
        assertFalse(Files.readString(site.resolve("en/" + SearchIndex.FILE)).contains(PrintBook.FILE),
                "search results lead to the pages, not the book");
    }

    @Test
    void theRealSiteHasABookPerLanguageWithEveryPageAndA404Page() throws Exception {
        Path site = BuiltSite.dir();
        assertTrue(Files.isRegularFile(site.resolve("404.html")));
        for (String lang : List.of("ko", "en")) {
            Document index = page(site, lang + "/index.html");
            List<String> order = new ArrayList<>(List.of("index.html"));
            index.select("nav.sidebar ol.toc > li:not(.toc-home) > a").forEach(a -> order.add(a.attr("href")));
            Document book = page(site, lang + "/" + PrintBook.FILE);
            assertEquals(order.stream().map(PrintBook::articleId).toList(),
                    book.select("article.book-page").eachAttr("id"), lang);
            assertEquals(PrintBook.FILE, attr(index, "nav.sidebar .toc-more a", "href"));
            int snippets = 0;
            for (String p : order) {
                snippets += page(site, lang + "/" + p).select(".listingblock.snippet").size();
            }
            assertTrue(snippets > 0);
            assertEquals(snippets, book.select(".listingblock.snippet").size(), lang + ": every snippet is in the book");
        }
    }

    @Test
    void aBadSettingStopsTheBuildAtItsLine() throws Exception {
        Fixture f = fixture(dir);
        for (var bad : List.of(
                List.of("base-url=example.org/guide", "site/publish.properties:2: base-url must be"
                        + " the site's public address, http(s) without ?query or #fragment,"
                        + " e.g. https://example.org/async-guide/"),
                List.of("repository=https://github.com/o/r", "site/publish.properties:2: unknown setting"
                        + " repository (known: base-url, repository-url, repository-branch)"),
                List.of("repository-url https://github.com/o/r", "site/publish.properties:2: not a setting:"
                        + " write key=value (keys: base-url, repository-url, repository-branch)"))) {
            f.write(Publishing.FILE, "# settings\n" + bad.get(0) + "\n");
            var e = assertThrows(Diagnostic.class, () -> build(f));
            assertEquals(bad.get(1), e.getMessage());
        }
    }
}
