package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.ProcessRunner;
import dev.asyncguide.translate.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An automated accessibility audit with axe-core (all its rules but the
 * experimental ones: WCAG 2.2 A and AA, and best practices) of every page
 * of the real site in both languages and both themes, of the states a
 * reader brings about (the search results open, a result focused, words
 * highlighted), and of a small site built with the publishing addresses
 * (its repository and edit links): no violation anywhere. Two problems
 * once measured by hand are checked by number too: the console note's
 * contrast and how visible a focused search result is.
 *
 * <p>axe-core is the npm package, fetched with {@code npm pack} into
 * target/axe/ (never committed) and checked against its pinned integrity.
 */
class AccessibilityTest {

    static final String AXE_VERSION = "4.14.1";
    static final String AXE_INTEGRITY =
            "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";

    static Chromium chromium;
    static String axe;
    static String http;
    static Path site;

    @BeforeAll
    static void start() throws Exception {
        site = BuiltSite.dir();
        axe = axeScript();
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

    /** axe.min.js of the pinned axe-core, packed from npm into target/axe once. */
    static String axeScript() throws Exception {
        Path dir = Path.of("target/axe").toAbsolutePath();
        Path tgz = dir.resolve("axe-core-" + AXE_VERSION + ".tgz");
        if (!Files.exists(tgz) || !integrity(tgz).equals(AXE_INTEGRITY)) {
            Files.createDirectories(dir);
            ProcessRunner.Result r;
            try {
                r = ProcessRunner.run(ProcessRunner.Spec.of(dir, List.of("npm", "pack",
                        "axe-core@" + AXE_VERSION, "--silent")).timeout(Duration.ofMinutes(3)));
            } catch (java.io.IOException e) {
                throw new AssertionError("the accessibility audit needs npm (Node.js) to fetch axe-core: "
                        + "apt-get install npm", e);
            }
            assertTrue(r.ok(), "npm pack axe-core@" + AXE_VERSION + " failed: " + r.stderr());
        }
        assertEquals(AXE_INTEGRITY, integrity(tgz), tgz + " is not axe-core " + AXE_VERSION + " as published");
        Path script = dir.resolve("package/axe.min.js");
        if (!Files.exists(script)) {
            var r = ProcessRunner.run(ProcessRunner.Spec.of(dir, List.of("tar", "-xzf", tgz.toString(),
                    "package/axe.min.js")));
            assertTrue(r.ok(), "cannot unpack " + tgz + ": " + r.stderr());
        }
        return Files.readString(script);
    }

    static String integrity(Path file) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-512").digest(Files.readAllBytes(file));
        return "sha512-" + Base64.getEncoder().encodeToString(digest);
    }

    /** The violations axe finds in the page as it is now, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> audit(String where) {
        if (!Boolean.TRUE.equals(chromium.js("return !!window.axe"))) {
            chromium.js(axe);
        }
        List<String> found = (List<String>) chromium.asyncJs("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations.map(v =>
                    v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n =>
                      n.target.join(' ') + (n.any.concat(n.all)[0] ? ' [' + n.any.concat(n.all)[0].message + ']' : '')
                    ).join('; ') + (v.nodes.length > 3 ? ' and ' + (v.nodes.length - 3) + ' more' : ''))),
                  e => done(['axe failed: ' + e]));""");
        return found.stream().map(v -> where + ": " + v).toList();
    }

    static List<String> pagesOf(Path site) throws Exception {
        List<String> pages = new ArrayList<>(List.of("index.html#choose", Publisher.NOT_FOUND));
        for (String lang : List.of("ko", "en")) {
            try (Stream<Path> files = Files.list(site.resolve(lang))) {
                files.map(p -> lang + "/" + p.getFileName()).filter(p -> p.endsWith(".html"))
                        .sorted().forEach(pages::add);
            }
        }
        return pages;
    }

    /** Every page of a site in both themes, audited. */
    static List<String> auditSite(String base, List<String> pages) {
        List<String> violations = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            chromium.open(base + "ko/index.html");
            chromium.js("localStorage.setItem('theme', arguments[0])", theme);
            for (String page : pages) {
                chromium.open(base + page);
                assertEquals(theme, chromium.js("return document.documentElement.dataset.theme"), page);
                violations.addAll(audit(page + " (" + theme + ")"));
            }
        }
        chromium.js("localStorage.removeItem('theme')");
        return violations;
    }

    @Test
    void everyPageInBothLanguagesAndThemesHasNoViolations() throws Exception {
        List<String> pages = pagesOf(site);
        assertTrue(pages.size() >= 20, pages.toString());
        List<String> violations = auditSite(http, pages);
        System.out.println("[a11y] axe-core " + AXE_VERSION + ": " + pages.size() + " pages x 2 themes, "
                + violations.size() + " violations");
        assertEquals(List.of(), violations);
    }

    @Test
    void theSearchResultsAFocusedResultAndHighlightedWordsHaveNoViolations() {
        List<String> violations = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            chromium.open(http + "ko/index.html");
            chromium.js("localStorage.setItem('theme', arguments[0])", theme);
            chromium.open(http + "ko/index.html");
            WebElement input = chromium.driver.findElement(By.id("search"));
            input.sendKeys("이벤트 루프");
            chromium.wait.until(d -> !d.findElements(By.cssSelector("#search-results a")).isEmpty());
            input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            assertEquals(Boolean.TRUE, chromium.js("return document.activeElement.matches('#search-results li + li a')"));
            violations.addAll(audit("ko/index.html, search results open, the second one focused (" + theme + ")"));
            focusIsPlain(theme);
            chromium.open(http + "en/03-basics.html?highlight=coroutine%20CompletableFuture#coroutine-object");
            assertTrue((Long) chromium.js("return document.querySelectorAll('mark.search-hit').length") > 3);
            violations.addAll(audit("en/03-basics.html with highlighted words (" + theme + ")"));
        }
        chromium.js("localStorage.removeItem('theme')");
        assertEquals(List.of(), violations);
    }

    /** Contrast of two computed CSS colours (WCAG 2), worked out in the page. */
    static final String CONTRAST = """
            function rgb(c) { var m = c.match(/[\\d.]+/g).map(Number); return m.slice(0, 3); }
            function lum(c) { return rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92
                : Math.pow((v + 0.055) / 1.055, 2.4); }).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0); }
            function bg(el) { for (; el; el = el.parentElement) { var c = getComputedStyle(el).backgroundColor;
                if (!/rgba\\(.*, 0\\)$|transparent/.test(c)) return c; } return 'rgb(255, 255, 255)'; }
            function contrast(a, b) { var x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
            """;

    /** The focused result is marked by more than a tint: an outline of 2px or more, at 3:1 or more. */
    static void focusIsPlain(String theme) {
        @SuppressWarnings("unchecked")
        Map<String, Object> focus = (Map<String, Object>) chromium.js(CONTRAST + """
                var a = document.activeElement, s = getComputedStyle(a);
                return { width: parseFloat(s.outlineWidth), style: s.outlineStyle,
                         ratio: contrast(s.outlineColor, bg(a.parentElement)) };""");
        String what = theme + " theme, focused search result: " + focus;
        assertTrue(!"none".equals(focus.get("style")) && ((Number) focus.get("width")).doubleValue() >= 2, what);
        assertTrue(((Number) focus.get("ratio")).doubleValue() >= 3, what);
        System.out.println("[a11y] " + what);
    }

    @Test
    void theConsoleNoteReadsAtFourAndAHalfToOneInBothThemesAndWidths() {
        List<String> low = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            for (int width : List.of(BrowserTest.PHONE, BrowserTest.DESKTOP)) {
                chromium.cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                        "deviceScaleFactor", 1, "mobile", width == BrowserTest.PHONE));
                chromium.open(http + "ko/index.html");
                chromium.js("localStorage.setItem('theme', arguments[0])", theme);
                chromium.open(http + "en/03-basics.html");
                double ratio = ((Number) chromium.js(CONTRAST + """
                        var n = document.querySelector('.console-note');
                        return contrast(getComputedStyle(n).color, bg(n));""")).doubleValue();
                String line = String.format(Locale.ROOT, "%s theme, %d px: console note %.2f:1", theme, width, ratio);
                System.out.println("[a11y] " + line);
                if (ratio < 4.5) {
                    low.add(line);
                }
            }
        }
        chromium.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        chromium.js("localStorage.removeItem('theme')");
        assertEquals(List.of(), low, "small text needs 4.5:1");
    }

    @Test
    void aSiteWithItsPublishingAddressesHasNoViolations(@TempDir Path dir) throws Exception {
        Fixture f = PublishTest.fixture(dir);
        f.write(Publishing.FILE, PublishTest.SETTINGS);
        f.write("docs/ko/02-b.adoc", "= 나\n\n아직 번역되지 않은 페이지.\n");
        f.commit("a page not translated yet");
        Path small = PublishTest.build(f);
        String base = chromium.serve(small);
        List<String> pages = pagesOf(small).stream().filter(p -> !p.equals(Publisher.NOT_FOUND)).toList();
        List<String> violations = auditSite(base, pages);
        assertEquals(List.of(), violations);
    }
}
