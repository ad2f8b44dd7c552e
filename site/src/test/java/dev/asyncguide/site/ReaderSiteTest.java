package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What every built page carries for the reader, checked in the HTML (the
 * browser tests check that it works): contents, previous/next, a language
 * switcher to the same page, anchors on headings, code highlighted at
 * build time with no highlighting script, and above each snippet its file
 * name and run command, below it its captured output.
 */
class ReaderSiteTest {

    record Page(String lang, String file, Document doc) {
        String where() {
            return lang + "/" + file;
        }
    }

    static List<Page> pages() throws Exception {
        List<Page> pages = new ArrayList<>();
        Path site = BuiltSite.dir();
        for (Language lang : Language.all(Path.of("docs"))) {
            try (Stream<Path> files = Files.list(site.resolve(lang.code()))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                    pages.add(new Page(lang.code(), f.getFileName().toString(),
                            Jsoup.parse(f.toFile(), "UTF-8")));
                }
            }
        }
        return pages;
    }

    static List<String> names(String lang) throws Exception {
        try (Stream<Path> files = Files.list(BuiltSite.dir().resolve(lang))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .filter(n -> !n.equals(PrintBook.FILE)) // the pages again, on one page
                    .sorted().toList();
        }
    }

    @Test
    void everyPageHasTheContentsPreviousNextAndASwitcherToTheSamePage() throws Exception {
        List<String> languages = Language.all(Path.of("docs")).stream().map(Language::code).toList();
        for (Page p : pages()) {
            Document d = p.doc();
            assertNotNull(d.selectFirst("nav.sidebar ol.toc a[href=index.html]"), p.where());
            assertTrue(d.select("nav.sidebar a[aria-current=page]").size() <= 1, p.where());
            assertNotNull(d.selectFirst("button.nav-toggle[aria-controls=sidebar]"), p.where());
            assertNotNull(d.selectFirst("nav.prev-next"), p.where());
            for (String other : languages) {
                Element a = d.selectFirst(".languages a[data-lang=" + other + "]");
                assertNotNull(a, p.where() + ": no switch to " + other);
                assertEquals("../" + other + "/" + p.file(), a.attr("href"),
                        p.where() + ": the switcher keeps the reader on the same page");
                assertEquals(other.equals(p.lang()), a.hasAttr("aria-current"), p.where());
            }
        }
    }

    @Test
    void previousAndNextFollowTheContentsInOrder() throws Exception {
        for (String lang : List.of("ko", "en")) {
            Path dir = BuiltSite.dir().resolve(lang);
            Document index = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
            List<String> order = new ArrayList<>(List.of("index.html"));
            index.select("nav.sidebar ol.toc > li:not(.toc-home) > a").forEach(a -> order.add(a.attr("href")));
            assertTrue(order.size() > 3, order.toString());
            for (int i = 0; i < order.size(); i++) {
                Document d = Jsoup.parse(dir.resolve(order.get(i)).toFile(), "UTF-8");
                Element prev = d.selectFirst("a[rel=prev]");
                Element next = d.selectFirst("a[rel=next]");
                assertEquals(i == 0 ? null : order.get(i - 1), prev == null ? null : prev.attr("href"),
                        lang + "/" + order.get(i));
                assertEquals(i + 1 == order.size() ? null : order.get(i + 1),
                        next == null ? null : next.attr("href"), lang + "/" + order.get(i));
            }
        }
    }

    @Test
    void everySectionHeadingHasANamedAnchorLink() throws Exception {
        int seen = 0;
        for (Page p : pages()) {
            for (Element h : p.doc().select("main :is(h2, h3, h4)[id]")) {
                Element a = h.selectFirst("> a.anchor");
                assertNotNull(a, p.where() + ": " + h.outerHtml());
                assertEquals("#" + h.id(), a.attr("href"), p.where());
                assertFalse(a.attr("aria-label").isBlank(), p.where() + ": " + a.outerHtml());
                seen++;
            }
        }
        assertTrue(seen > 10, "only " + seen + " headings");
    }

    @Test
    void codeIsHighlightedAtBuildTimeWithNoHighlightingScript() throws Exception {
        int highlighted = 0;
        for (Page p : pages()) {
            for (Element s : p.doc().select("script")) {
                if (s.hasAttr("src")) {
                    assertEquals("../assets/site.js", s.attr("src"), p.where() + ": " + s.outerHtml());
                } else {
                    assertTrue(s.data().contains("localStorage.getItem(\"theme\")") && s.data().length() < 300,
                            p.where() + ": unexpected inline script " + s.data());
                }
            }
            highlighted += p.doc().select("pre.highlight span[class]").size();
        }
        assertTrue(highlighted > 100, "only " + highlighted + " highlighted tokens");
        String css = Files.readString(BuiltSite.dir().resolve("assets/code.css"));
        assertTrue(css.contains(".highlight .k") && css.contains("light-dark("),
                "code.css colours Rouge's tokens for light and dark");
    }

    @Test
    void aboveEachSnippetItsFileAndCommandBelowItItsCapturedOutput() throws Exception {
        Pattern note = Pattern.compile(".*\\d{4}-\\d{2}-\\d{2}.*JDK \\d+.*");
        int snippets = 0;
        for (Page p : pages()) {
            for (Element block : p.doc().select(".listingblock.snippet")) {
                snippets++;
                String title = block.selectFirst("> .title").text();
                assertTrue(title.matches("snippets/\\w+\\.java"), p.where() + ": " + title);
                Element run = block.previousElementSibling();
                assertTrue(run != null && run.hasClass("run-command"), p.where() + ": " + title);
                assertEquals("jbang " + title, run.selectFirst("code").text(), p.where());
                Element console = block.nextElementSibling();
                assertTrue(console != null && console.hasClass("console"), p.where() + ": " + title);
                assertFalse(console.selectFirst(".console-output").wholeText().isBlank(), p.where());
                String captured = console.selectFirst(".console-note").text();
                assertTrue(note.matcher(captured).matches(), p.where() + ": " + captured);
            }
        }
        assertTrue(snippets >= 8, "only " + snippets + " snippet blocks");
    }

    @Test
    void themeFollowsTheSystemHasAToggleAndAPrintView() throws Exception {
        String css = Files.readString(BuiltSite.dir().resolve("assets/style.css"));
        assertTrue(css.contains("color-scheme: light dark"), "follows the system");
        assertTrue(css.contains(":root[data-theme=\"dark\"]") && css.contains(":root[data-theme=\"light\"]"),
                "the reader's choice overrides it");
        assertTrue(css.contains("@media print"), "a print view");
        assertTrue(css.contains("@media (max-width: 640px)"), "a phone layout");
        for (Page p : pages()) {
            assertNotNull(p.doc().selectFirst("button.theme-toggle"), p.where());
            assertNotNull(p.doc().selectFirst("meta[name=viewport][content*=width=device-width]"), p.where());
        }
    }

    @Test
    void theSearchIndexHoldsEachLanguagesOwnWords() throws Exception {
        String ko = Files.readString(BuiltSite.dir().resolve("ko/" + SearchIndex.FILE));
        String en = Files.readString(BuiltSite.dir().resolve("en/" + SearchIndex.FILE));
        assertTrue(ko.startsWith("window.searchPages={") && ko.contains("window.searchIndex=["));
        assertTrue(ko.contains("비동기") && ko.contains("코루틴"), "Korean words in the ko index");
        assertTrue(en.toLowerCase().contains("gather") && en.contains("coroutine"), "English words in the en index");
        for (String lang : List.of("ko", "en")) {
            for (String page : names(lang)) {
                String index = lang.equals("ko") ? ko : en;
                assertTrue(index.contains("[\"" + page), lang + "/" + page + " is not in the search index");
            }
        }
    }

    @Test
    void searchIndexSplitsSectionsAndKeepsCodeIdentifiersApart() {
        Document d = Jsoup.parse("""
                <main><h1>비동기 기초</h1><p>앞 글 <code>asyncio.gather</code> 소개.</p>
                <div class="sect1"><h2 id="await"><a class="anchor" href="#await"></a>await 하기</h2>
                <p>코루틴을 기다린다.</p><div class="run-command"><code>jbang snippets/Await.java</code></div>
                <div class="listingblock"><div class="title">snippets/Await.java</div><pre>int secret = 42; secret++; System.out.println(CompletableFuture.allOf());</pre></div>
                <div class="console"><pre class="console-output">elapsed: 1.00s</pre></div></div>
                <nav class="prev-next"><a href="x.html">다음</a></nav></main>""");
        List<SearchIndex.Entry> entries = SearchIndex.entries(d, "03-basics.html");
        assertEquals(2, entries.size(), entries.toString());
        assertEquals(new SearchIndex.Entry("03-basics.html", "비동기 기초", "", "앞 글 asyncio.gather 소개.", ""),
                entries.get(0));
        SearchIndex.Entry await = entries.get(1);
        assertEquals("03-basics.html#await", await.href());
        assertEquals("await 하기", await.section());
        assertTrue(await.text().contains("코루틴을 기다린다.") && await.text().contains("snippets/Await.java"),
                await.text());
        assertFalse(await.text().contains("secret") || await.text().contains("elapsed")
                || await.text().contains("jbang") || await.text().contains("다음"), await.text());
        // the snippet's name and its code's identifiers, each once, without the
        // language's own words; no output
        assertEquals("Await CompletableFuture allOf secret", await.code());
        assertEquals("window.searchPages={\n\"a.html\":\"\\\"q\\\"\"};\n"
                        + "window.searchIndex=[\n[\"a.html\",\"\",\"\\u003c/script>\",\"f g\"]];\n",
                SearchIndex.script(List.of(new SearchIndex.Entry("a.html", "\"q\"", "", "</script>", "f g"))));
    }
}
