package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site in a real headless Chromium (Debian's chromium and
 * chromium-driver, driven by Selenium): one browser for all the tests, the
 * site served over HTTP on 127.0.0.1 (a secure context, for the clipboard)
 * and opened from disk (file://). After each test the browser console must
 * hold no error. Screenshots of a snippet page in each language and theme,
 * at phone and desktop width, go to target/site-screenshots/.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final int PHONE = 375;
    static final int DESKTOP = 1280;

    static Path site;
    static Chromium chromium;
    static String http;
    static String disk;
    static ChromeDriver driver;
    static WebDriverWait wait;
    /** A page with a snippet on it, its run command and output (the first such). */
    static String snippetPage;
    static List<String> pages;

    @BeforeAll
    static void start() throws Exception {
        site = BuiltSite.dir();
        chromium = new Chromium(); // Debian's chromium, the driver named explicitly
        http = chromium.serve(site);
        driver = chromium.driver;
        wait = chromium.wait;
        disk = site.toUri().toString();
        try (Stream<Path> files = Files.list(site.resolve("en"))) {
            pages = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".html")).sorted().toList();
        }
        snippetPage = pages.stream().filter(BrowserTest::hasSnippet).findFirst()
                .orElseThrow(() -> new AssertionError("no page shows a snippet"));
        SiteBuilder.deleteTree(site.resolveSibling(ReaderSite.SCREENSHOTS)); // no stale pictures
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static boolean hasSnippet(String page) {
        try {
            return !Jsoup.parse(site.resolve("en").resolve(page).toFile(), "UTF-8")
                    .select(".run-command").isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each test starts as a first visit: nothing remembered, desktop width,
     *  no emulated media, whatever test ran before it. */
    @BeforeEach
    void freshReader() {
        desktop();
        cdp("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        for (String origin : List.of(http, disk)) {
            open(origin + "en/index.html");
            js("localStorage.clear()");
        }
        chromium.consoleErrors(); // start the console log afresh
    }

    /** Nothing went wrong in the page's own console during the test. */
    @AfterEach
    void noErrorsInTheBrowserConsole() {
        assertEquals(List.of(), chromium.consoleErrors(), "errors in the browser console");
    }

    // ---- helpers ---------------------------------------------------------

    static Object js(String script, Object... args) {
        return chromium.js(script, args);
    }

    static void open(String url) {
        chromium.open(url);
    }

    static void cdp(String command, Map<String, Object> params) {
        chromium.cdp(command, params);
    }

    static void phone() {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE, "height", 812,
                "deviceScaleFactor", 1, "mobile", true));
    }

    static void desktop() {
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    static void systemTheme(String scheme) {
        cdp("Emulation.setEmulatedMedia", Map.of("media", "",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    static WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    static WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** After a click that leaves the page: the new page has loaded (and its script run). */
    static void waitForUrlEnding(String end) {
        wait.until(d -> d.getCurrentUrl().endsWith(end)
                && "complete".equals(js("return document.readyState")));
    }

    static void waitForUrl(String url) {
        wait.until(d -> d.getCurrentUrl().equals(url)
                && "complete".equals(js("return document.readyState")));
    }

    /** Relative luminance 0..1 of a computed CSS colour such as rgb(13, 17, 23). */
    static double luminance(String css) {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)\\D+(\\d+(?:\\.\\d+)?)\\D+(\\d+(?:\\.\\d+)?)")
                .matcher(css);
        assertTrue(m.find(), css);
        return (0.2126 * Double.parseDouble(m.group(1)) + 0.7152 * Double.parseDouble(m.group(2))
                + 0.0722 * Double.parseDouble(m.group(3))) / 255;
    }

    static double background() {
        return luminance((String) js("return getComputedStyle(document.body).backgroundColor"));
    }

    static String clipboard() {
        return (String) chromium.asyncJs(
                "var done = arguments[0];"
                        + "navigator.clipboard.readText().then(done, e => done('clipboard error: ' + e));");
    }

    static void searchFor(String words) {
        WebElement input = visible("#search");
        input.clear();
        input.sendKeys(words);
        wait.until(d -> Boolean.TRUE.equals(js("return !document.getElementById('search-results').hidden"))
                && !d.findElements(By.cssSelector("#search-results a, #search-results .none")).isEmpty());
    }

    // ---- the tests, in the order a reader would meet these things ---------

    @Test
    void theIndexLeadsThroughTheContentsToASnippetPage() {
        open(http + "index.html#choose");
        js("localStorage.clear()");
        String browserLanguage = ((String) js("return navigator.language")).split("-")[0];
        String expected = List.of("ko", "en").contains(browserLanguage) ? browserLanguage : null;
        open(http + "index.html");
        wait.until(d -> d.getCurrentUrl().matches(".*/(ko|en)/index\\.html")
                && "complete".equals(js("return document.readyState")));
        String lang = driver.getCurrentUrl().replaceAll(".*/(ko|en)/index\\.html", "$1");
        if (expected != null) {
            assertEquals(expected, lang, "the root page follows the browser's language");
        }

        WebElement link = visible("nav.sidebar a[href='" + snippetPage + "']");
        link.click();
        waitForUrlEnding("/" + lang + "/" + snippetPage);
        String command = visible(".run-command.jbang code").getText();
        assertTrue(command.matches("jbang snippets/\\w+\\.java"), command);
        String file = command.substring("jbang ".length());
        assertEquals(file, visible(".listingblock.snippet > .title").getText(),
                "above the snippet: its file name and the command to run it");
        assertTrue(visible(".listingblock.snippet + .console .console-note").getText().contains("JDK"));
        assertFalse(visible(".listingblock.snippet + .console .console-output").getText().isBlank());
        assertEquals("page", find("nav.sidebar a[href='" + snippetPage + "']")
                .getAttribute("aria-current"));

        // every asset the browser fetched came from the site itself
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) js(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        for (String url : fetched) {
            assertTrue(url.startsWith(http), "fetched from outside the site: " + url);
        }

        // previous / next
        String next = find("a[rel=next]").getAttribute("href");
        find("a[rel=next]").click();
        waitForUrl(next);
        find("a[rel=prev]").click();
        waitForUrlEnding("/" + lang + "/" + snippetPage);
    }

    @Test
    void onAPhoneEveryPageFitsAndTheContentsFoldBehindTheMenuButton() {
        phone();
        try {
            for (String lang : List.of("ko", "en")) {
                for (String page : pages) {
                    open(http + lang + "/" + page);
                    long overflow = (Long) js("return document.documentElement.scrollWidth - innerWidth");
                    assertTrue(overflow <= 0, lang + "/" + page + " is " + overflow
                            + " px wider than a " + PHONE + " px screen");
                    long blocks = (Long) js("return document.querySelectorAll("
                            + "'.listingblock pre, .literalblock pre').length");
                    long runs = (Long) js("return document.querySelectorAll('.run-command').length");
                    assertEquals(blocks, js("return document.querySelectorAll("
                            + "'.listingblock .content > .copy, .literalblock .content > .copy').length"),
                            lang + "/" + page + ": a copy button on every code block");
                    assertEquals(runs, js("return document.querySelectorAll("
                            + "'.run-command > .copy').length"),
                            lang + "/" + page + ": a copy button on every run command");
                }
            }
            open(http + "en/index.html");
            WebElement sidebar = find("#sidebar");
            assertFalse(sidebar.isDisplayed(), "the contents are folded on a phone");
            WebElement toggle = visible(".nav-toggle");
            assertEquals("false", toggle.getAttribute("aria-expanded"));
            toggle.click();
            wait.until(ExpectedConditions.visibilityOf(sidebar));
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            viewport("en-light-375-contents.png");
            visible("#sidebar a[href='" + snippetPage + "']").click();
            waitForUrlEnding("/en/" + snippetPage);
        } finally {
            desktop();
        }
    }

    @Test
    void theLanguageSwitcherKeepsThePageAndIsRemembered() {
        open(http + "en/" + snippetPage);
        visible(".languages a[data-lang=ko]").click();
        waitForUrlEnding("/ko/" + snippetPage);
        assertEquals("ko", js("return document.documentElement.lang"));
        assertEquals("ko", js("return localStorage.getItem('lang')"));
        open(http + "index.html");
        waitForUrlEnding("/ko/index.html");

        visible(".languages a[data-lang=en]").click();
        waitForUrlEnding("/en/index.html");
        open(http + "index.html");
        waitForUrlEnding("/en/index.html");
    }

    @Test
    void theArrowKeysTurnThePagesButNotWhileTyping() {
        open(http + "en/" + snippetPage);
        String next = find("a[rel=next]").getAttribute("href");
        String prev = find("a[rel=prev]").getAttribute("href");
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        waitForUrl(next);
        new Actions(driver).sendKeys(Keys.ARROW_LEFT).perform();
        waitForUrlEnding("/en/" + snippetPage);
        new Actions(driver).sendKeys(Keys.ARROW_LEFT).perform();
        waitForUrl(prev);
        // in the search box the arrows move the caret, and the page stays
        open(http + "en/" + snippetPage);
        WebElement input = visible("#search");
        input.sendKeys("gather", Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_RIGHT);
        assertEquals(5L, js("return document.activeElement.selectionStart"));
        assertTrue(driver.getCurrentUrl().endsWith("/en/" + snippetPage), driver.getCurrentUrl());
    }

    @Test
    void theOneBookPrintsEveryPageOfTheLanguageEachOnANewSheet() throws Exception {
        open(http + "en/" + PrintBook.FILE);
        long articles = (Long) js("return document.querySelectorAll('main article.book-page').length");
        assertEquals(pages.size() - 2, articles, "every page but the book and translations.html");
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.write(screenshots().resolve("en-book.pdf"), bytes);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        long sheets = Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
        assertTrue(sheets >= articles, sheets + " sheets for " + articles + " pages");
    }

    @Test
    void darkModeFollowsTheSystemAndTheToggleIsRemembered() {
        open(http + "en/" + snippetPage);
        js("localStorage.removeItem('theme')");
        systemTheme("light");
        open(http + "en/" + snippetPage);
        assertTrue(background() > 0.8, "light page in a light system");
        String keywordLight = (String) js("var k = document.querySelector('.highlight .kd, .highlight .k');"
                + "return getComputedStyle(k).color");
        systemTheme("dark");
        wait.until(d -> background() < 0.2);
        String keywordDark = (String) js("var k = document.querySelector('.highlight .kd, .highlight .k');"
                + "return getComputedStyle(k).color");
        assertFalse(keywordLight.equals(keywordDark), "code colours follow the theme");
        wait.until(d -> "true".equals(find(".theme-toggle").getAttribute("aria-pressed")));

        systemTheme("light");
        wait.until(d -> background() > 0.8);
        visible(".theme-toggle").click();
        wait.until(d -> background() < 0.2);
        assertEquals("dark", js("return localStorage.getItem('theme')"));
        driver.navigate().refresh();
        wait.until(d -> "complete".equals(js("return document.readyState")));
        assertTrue(background() < 0.2, "the dark choice survives a reload");
        wait.until(d -> "true".equals(find(".theme-toggle").getAttribute("aria-pressed")));
        open(http + "ko/index.html");
        assertTrue(background() < 0.2, "and holds on the other language's pages");

        visible(".theme-toggle").click();
        wait.until(d -> background() > 0.8);
        driver.navigate().refresh();
        wait.until(d -> "complete".equals(js("return document.readyState")));
        assertTrue(background() > 0.8);
        js("localStorage.removeItem('theme')");
        cdp("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
    }

    @Test
    void copyButtonsPutTheCommandAndTheCodeOnTheClipboard() {
        cdp("Browser.grantPermissions", Map.of("origin", http.substring(0, http.length() - 1),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open(http + "en/" + snippetPage);
        String copied = (String) js("return document.body.dataset.copied");

        String command = copyTheRunCommand(copied);
        assertEquals(command, clipboard());

        WebElement content = find(".listingblock.snippet .content");
        WebElement button = content.findElement(By.className("copy"));
        js("arguments[0].scrollIntoView({block: 'center'})", button);
        new Actions(driver).moveToElement(button).perform();
        wait.until(ExpectedConditions.elementToBeClickable(button));
        // shown on hover (where there is a hover), always shown otherwise
        wait.until(d -> Double.parseDouble(button.getCssValue("opacity")) >= 0.8);
        button.click();
        wait.until(d -> button.getText().equals(copied));
        String code = (String) js("return arguments[0].querySelector('pre').textContent", content);
        assertEquals(code.replaceFirst("\n$", ""), clipboard());
    }

    /** Clicks the first run command's copy button, waits for its "copied"
     *  word, and returns the command it shows. */
    static String copyTheRunCommand(String copied) {
        WebElement run = visible(".run-command.jbang");
        String command = run.findElement(By.tagName("code")).getText();
        run.findElement(By.className("copy")).click();
        wait.until(d -> run.findElement(By.className("copy")).getText().equals(copied));
        return command;
    }

    @Test
    void copyWorksFromDiskToo() {
        open(disk + "ko/" + snippetPage);
        String copied = (String) js("return document.body.dataset.copied");
        String command = copyTheRunCommand(copied);
        // read it back by pasting into a text field, as a reader would
        js("var t = document.createElement('textarea'); t.id = 'paste-here';"
                + "document.body.prepend(t); t.focus();");
        WebElement area = find("#paste-here");
        area.sendKeys(Keys.chord(Keys.CONTROL, "v"));
        wait.until(d -> !area.getDomProperty("value").isEmpty());
        assertEquals(command, area.getDomProperty("value"));
    }

    @Test
    void searchFindsGatherAndAKoreanWordAndLeadsToTheSection() throws Exception {
        open(http + "en/index.html");
        searchFor("gather");
        List<WebElement> results = driver.findElements(By.cssSelector("#search-results a"));
        assertFalse(results.isEmpty(), "nothing found for gather");
        WebElement first = results.getFirst();
        assertTrue(first.getText().toLowerCase(Locale.ROOT).contains("gather"), first.getText());
        String href = first.getAttribute("href");
        first.click();
        waitForUrl(href);
        assertTrue(href.contains("/en/"), "results stay in the reader's language: " + href);
        assertTrue(((String) js("return document.querySelector('main').textContent"))
                .toLowerCase(Locale.ROOT).contains("gather"));
        if (href.contains("#")) {
            assertNotNull(js("return document.getElementById(arguments[0])",
                    href.substring(href.indexOf('#') + 1)));
        }

        // from disk, in Korean: a word of the Korean pages, found without a tokenizer
        String word = "코루틴";
        assertTrue(Files.readString(site.resolve("ko/" + SearchIndex.FILE)).contains(word));
        open(disk + "ko/index.html");
        searchFor(word);
        WebElement hit = find("#search-results a");
        assertTrue(hit.getText().contains(word), hit.getText());
        viewport("ko-light-1280-search.png");
        String target = hit.getAttribute("href");
        hit.click();
        waitForUrl(target);
        assertTrue(target.startsWith("file:") && target.contains("/ko/"), target);
        assertTrue(((String) js("return document.querySelector('main').textContent")).contains(word));

        searchFor("zzqxv");
        assertEquals(js("return document.body.dataset.searchNone"),
                find("#search-results .none").getText());
    }

    @Test
    void thePrintViewShowsTheTextAndNotTheControls() throws Exception {
        open(http + "ko/" + snippetPage);
        cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String hidden : List.of(".topbar", ".sidebar", ".prev-next", ".copy")) {
                assertEquals("none", js("return getComputedStyle(document.querySelector(arguments[0])).display",
                        hidden), hidden + " is printed");
            }
            assertTrue(find("main h1").isDisplayed());
            assertTrue(background() > 0.8, "printed black on white");
        } finally {
            cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF",
                Map.of("printBackground", true));
        Path out = screenshots().resolve("ko-print.pdf");
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.write(out, bytes);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"), "not a PDF");
        long pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
        assertTrue(pages >= 1 && pages <= 40, pages + " printed pages");
    }

    @Test
    void screenshotsOfEachLanguageAndThemeAtPhoneAndDesktopWidth() throws Exception {
        Path dir = screenshots();
        for (String lang : List.of("ko", "en")) {
            for (String theme : List.of("light", "dark")) {
                for (int width : List.of(PHONE, DESKTOP)) {
                    cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                            width == PHONE ? 812 : 900, "deviceScaleFactor", 1, "mobile", width == PHONE));
                    open(http + lang + "/" + snippetPage);
                    js("localStorage.setItem('theme', arguments[0])", theme);
                    open(http + lang + "/" + snippetPage);
                    long height = Math.min(5000, (Long) js("return document.documentElement.scrollHeight"));
                    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                            "format", "png", "captureBeyondViewport", true,
                            "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
                    Path png = dir.resolve(lang + "-" + theme + "-" + width + ".png");
                    Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
                }
            }
        }
        desktop();
        js("localStorage.removeItem('theme')");
        // what the pictures show: the page's full width (nothing wider) in its theme
        for (String lang : List.of("ko", "en")) {
            for (String theme : List.of("light", "dark")) {
                for (int width : List.of(PHONE, DESKTOP)) {
                    String name = lang + "-" + theme + "-" + width + ".png";
                    var img = javax.imageio.ImageIO.read(dir.resolve(name).toFile());
                    assertEquals(width, img.getWidth(), name);
                    double light = meanLuminance(img);
                    assertTrue(theme.equals("dark") ? light < 0.35 : light > 0.65,
                            name + " mean luminance " + light);
                }
            }
        }
        System.out.println("[browser] screenshots: " + dir);
    }

    /** Mean relative luminance 0..1 of a picture, sampled on a grid. */
    static double meanLuminance(java.awt.image.BufferedImage img) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                int rgb = img.getRGB(x, y);
                sum += (0.2126 * (rgb >> 16 & 255) + 0.7152 * (rgb >> 8 & 255)
                        + 0.0722 * (rgb & 255)) / 255;
                n++;
            }
        }
        return sum / n;
    }

    /** What the browser shows now (the viewport), for people to look at. */
    private static void viewport(String name) {
        try {
            Files.write(screenshots().resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            throw new AssertionError("cannot write screenshot " + name, e);
        }
    }

    private static Path screenshots() throws Exception {
        Path dir = site.resolveSibling(ReaderSite.SCREENSHOTS);
        Files.createDirectories(dir);
        return dir;
    }
}
