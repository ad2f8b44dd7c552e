package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Search as Korean and English readers use it, measured on the real site
 * with the real site.js in Chromium: every query of search-queries.tsv must
 * find its section first (the table of where each ranked is printed), and
 * the page a result leads to highlights the words, also from file://.
 */
class SearchTest {

    record Query(int line, String lang, String query, String expected) {}

    static Chromium chromium;
    static String http;
    static Path site;

    @BeforeAll
    static void start() throws Exception {
        site = BuiltSite.dir();
        chromium = new Chromium();
        http = chromium.serve(site);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void noErrorsInTheBrowserConsole() {
        assertEquals(List.of(), chromium.consoleErrors(), "errors in the browser console");
    }

    static List<Query> queries() throws IOException {
        List<Query> queries = new ArrayList<>();
        try (InputStream in = SearchTest.class.getResourceAsStream("/search-queries.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertEquals(3, f.length, "search-queries.tsv:" + (i + 1) + ": lang, query, first result (tabs)");
                queries.add(new Query(i + 1, f[0], f[1], f[2]));
            }
        }
        return queries;
    }

    /** What the search box lists for {@code query}, in order, without the ?highlight part. */
    @SuppressWarnings("unchecked")
    static List<String> results(String query) {
        return (List<String>) chromium.asyncJs("""
                var query = arguments[0], done = arguments[arguments.length - 1];
                var input = document.getElementById('search'), results = document.getElementById('search-results');
                results.textContent = '';
                input.focus();
                input.value = query;
                input.dispatchEvent(new Event('input'));
                (function wait() {
                  if (results.hidden || !results.firstChild) { setTimeout(wait, 20); return; }
                  done(Array.from(results.querySelectorAll('a'),
                      a => a.getAttribute('href').replace(/\\?highlight=[^#]*/, '')));
                })();""", query);
    }

    @Test
    void everyQueryFindsItsSectionFirst() throws Exception {
        List<Query> queries = queries();
        assertTrue(queries.size() >= 50, queries.size() + " queries"); // the glossary's words among them
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("[search] rank of the expected section, and the first three results:\n");
        String lang = "";
        for (Query q : queries) {
            if (!q.lang().equals(lang)) {
                lang = q.lang();
                chromium.open(http + lang + "/index.html");
            }
            assertTrue(Files.isRegularFile(site.resolve(lang).resolve(q.expected().replaceFirst("#.*", ""))),
                    "search-queries.tsv:" + q.line() + ": no page " + q.expected());
            List<String> found = results(q.query());
            int rank = found.indexOf(q.expected()) + 1;
            table.append(String.format(Locale.ROOT, "[search] %s %-22s %-8s %s%n", q.lang(), q.query(),
                    rank == 0 ? "missing" : "#" + rank, found.subList(0, Math.min(3, found.size()))));
            if (rank != 1) {
                wrong.add("search-queries.tsv:" + q.line() + ": " + q.lang() + " \"" + q.query() + "\" finds "
                        + (found.isEmpty() ? "nothing" : found.getFirst()) + " first, not " + q.expected()
                        + (rank == 0 ? " (not found)" : " (#" + rank + ")"));
            }
        }
        System.out.print(table);
        assertEquals(List.of(), wrong);
    }

    @Test
    void theIndexKeepsCodeIdentifiersAndStaysLight() throws Exception {
        for (String lang : List.of("ko", "en")) {
            String index = Files.readString(site.resolve(lang).resolve(SearchIndex.FILE));
            assertTrue(index.contains("CompletableFuture") && index.contains("StructuredTaskScope"), lang);
            assertTrue(index.length() <= SearchIndex.LIMIT, lang + ": " + index.length() + " characters");
        }
    }

    @Test
    void theResultsPageHighlightsTheWordsAlsoFromDisk() throws Exception {
        String disk = site.toUri().toString();
        chromium.open(disk + "ko/index.html");
        results("이벤트루프");
        WebElement first = chromium.driver.findElement(By.cssSelector("#search-results a"));
        String href = first.getAttribute("href");
        assertTrue(href.startsWith(disk + "ko/04-event-loop.html?highlight="), href);
        first.click();
        chromium.wait.until(d -> d.getCurrentUrl().equals(href)
                && "complete".equals(chromium.js("return document.readyState")));
        @SuppressWarnings("unchecked")
        List<String> marks = (List<String>) chromium.js(
                "return Array.from(document.querySelectorAll('main mark.search-hit'), m => m.textContent)");
        assertFalse(marks.isEmpty(), "nothing highlighted on " + href);
        assertTrue(marks.contains("이벤트 루프"), "the query without its space marks the words with it: " + marks);
        assertTrue((Boolean) chromium.js("var r = document.querySelector('mark.search-hit').getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= innerHeight"), "the first hit is in view");
        // a variant: 쓰레드 finds and marks 스레드; in an English page, an identifier in code
        chromium.open(http + "ko/01-what-is-async.html?highlight=" + java.net.URLEncoder.encode("쓰레드", StandardCharsets.UTF_8));
        assertTrue((Long) chromium.js("return document.querySelectorAll('main mark.search-hit').length") > 5);
        assertEquals("스레드", chromium.js("return document.querySelector('main mark.search-hit').textContent"));
        chromium.open(http + "en/03-basics.html?highlight=supplyAsync#coroutine-object");
        assertTrue((Long) chromium.js("return document.querySelectorAll('main pre mark.search-hit').length") > 0,
                "an identifier is marked in the code too");
        String code = (String) chromium.js("return document.querySelector('.listingblock.snippet pre').textContent");
        // Escape clears the marks and leaves the text as it was
        new Actions(chromium.driver).sendKeys(Keys.ESCAPE).perform();
        chromium.wait.until(d -> (Long) chromium.js("return document.querySelectorAll('mark.search-hit').length") == 0);
        assertEquals(code, chromium.js("return document.querySelector('.listingblock.snippet pre').textContent"));
    }
}
