package dev.asyncguide.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.ProcessRunner;
import dev.asyncguide.site.Chromium;
import dev.asyncguide.site.SiteBuilder;
import dev.asyncguide.snippet.SnippetRuns;
import dev.asyncguide.snippet.Timing;
import dev.asyncguide.translate.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code serve} in a real headless Chromium, on a copy of the repository
 * (docs/, snippets/, the theme; the real tree is never edited), started in
 * this JVM on a free port: Run streams Gather's lines and ends with the
 * passing verdict; an edit into a one-by-one version fails its timing;
 * Stop and a closed tab leave no process; an edited page shows in the open
 * browser by itself, and a broken one shows its line over the last good
 * page. JBang runs Gather from the served site's address.
 */
class ServeBrowserTest {

    static final String PAGE = "en/03-basics.html";


    @TempDir
    static Path dir;

    static Fixture copy;
    static Serve serve;
    static String http;
    static Chromium chromium;
    static ChromeDriver driver;
    static WebDriverWait wait;
    static final List<String> log = new CopyOnWriteArrayList<>();

    /** The repository's sources in a folder of their own, with the runs
     *  the suite captured (so nothing runs twice) and a ./jbang. */
    static Fixture copyOfTheTree(Path to) throws Exception {
        Files.createDirectories(to);
        for (String d : List.of("docs", "snippets", "site/theme", "target/snippet-runs")) {
            if (Files.isDirectory(Path.of(d))) {
                SiteBuilder.copyTree(Path.of(d), to.resolve(d));
            }
        }
        for (String file : List.of("CONTRIBUTING.md", "jbang-catalog.json")) {
            Files.copy(Path.of(file), to.resolve(file));
        }
        return new Fixture(to, false).withJbang();
    }

    @BeforeAll
    static void start() throws Exception {
        SnippetRuns.once(); // the suite's fresh runs, reused by the copy
        copy = copyOfTheTree(dir.resolve("tree"));
        serve = Serve.start(copy.root, 0, m -> {
            log.add(m);
            System.out.println("[serve] " + m);
        });
        assertTrue(serve.site().site().isPresent(), () -> "the first build failed: "
                + serve.site().problem().orElseThrow().getMessage());
        http = serve.url().toString();

        chromium = new Chromium(Duration.ofSeconds(90)); // runs and rebuilds take a while
        driver = chromium.driver;
        wait = chromium.wait;
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (serve != null) {
            serve.close();
        }
    }

    @BeforeEach
    void freshPage() {
        open(http + PAGE);
        js("sessionStorage.clear()"); // no edit kept from another test
        open(http + PAGE);
        chromium.consoleErrors(); // start the console log afresh
    }

    @AfterEach
    void noErrorsAndNoRunsLeft() throws Exception {
        serve.runs().live().forEach(r -> r.stop("test over"));
        assertTrue(serve.runs().idle(Duration.ofSeconds(30)));
        assertEquals(List.of(), chromium.consoleErrors(), "errors in the browser console");
    }

    // ---- helpers -------------------------------------------------------------

    static Object js(String script, Object... args) {
        return chromium.js(script, args);
    }

    static void open(String url) {
        chromium.open(url);
    }

    /** The run bar of a block: side java (the snippet) or python (its twin). */
    static WebElement bar(String snippet, String side) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                ".live[data-snippet='" + snippet + "'][data-side='" + side + "']")));
    }

    static String state(WebElement bar) {
        return bar.getDomAttribute("data-state");
    }

    static void click(WebElement bar, String button) {
        WebElement b = bar.findElement(By.cssSelector(button));
        js("arguments[0].scrollIntoView({block: 'center'})", b);
        wait.until(ExpectedConditions.elementToBeClickable(b));
        b.click();
    }

    /** Opens the editor and returns the whole file it shows. */
    static String edit(WebElement bar) {
        click(bar, ".live-edit");
        WebElement code = bar.findElement(By.cssSelector(".live-code"));
        wait.until(ExpectedConditions.visibilityOf(code));
        return code.getDomProperty("value");
    }

    /** Puts text in the editor as typing would (an input event follows). */
    static void type(WebElement bar, String text) {
        js("var t = arguments[0].querySelector('.live-code'); t.value = arguments[1];"
                + "t.dispatchEvent(new Event('input'));", bar, text);
    }

    /** Records, for every change of the output, whether the run was still going. */
    static void watchOutput(WebElement bar) {
        js("var bar = arguments[0], out = bar.querySelector('.live-output');"
                + "bar.seen = [];"
                + "new MutationObserver(function () { bar.seen.push({ text: out.textContent,"
                + " state: bar.dataset.state }); }).observe(out, { childList: true });", bar);
    }

    /** The page's text; empty while it reloads. */
    static String bodyText() {
        try {
            return String.valueOf(js("return document.body.textContent"));
        } catch (org.openqa.selenium.WebDriverException e) {
            return "";
        }
    }

    static void untilEnded(WebElement bar) {
        wait.until(d -> {
            String s = state(bar);
            return !s.equals("running") && !s.equals("idle");
        });
    }

    /** What the reader sees, for people to look at: target/serve-screenshots/. */
    static void screenshot(WebElement element, String name) throws Exception {
        Path out = Path.of("target/serve-screenshots");
        Files.createDirectories(out);
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        Files.write(out.resolve(name), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    static List<Long> pidsOfTheRun() {
        var runs = serve.runs().live();
        assertEquals(1, runs.size(), "one run going");
        List<Long> pids = runs.getFirst().processes().stream().map(ProcessHandle::pid).toList();
        assertFalse(pids.isEmpty());
        for (long pid : pids) {
            assertTrue(ServeTest.isRunning(pid), "pid " + pid);
        }
        return pids;
    }

    // ---- the tests --------------------------------------------------------------

    @Test
    void runStreamsGathersLinesThenThePassingVerdict() throws Exception {
        WebElement bar = bar("Gather", "java");
        watchOutput(bar);
        click(bar, ".live-run");
        untilEnded(bar);
        String output = bar.findElement(By.cssSelector(".live-output")).getText();
        String status = bar.findElement(By.cssSelector(".live-status")).getText();
        assertEquals("passed", state(bar), status + "\n" + output + "\n"
                + bar.findElement(By.cssSelector(".live-verdict")).getText());
        assertTrue(status.contains("snippets/Gather.expect"), status);
        List<String> lines = output.lines().toList();
        assertEquals("results: [0, 0, 0, 0]", lines.getFirst());
        assertTrue(Timing.parse(lines.get(1)).isPresent(), output);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> seen = (List<Map<String, Object>>) js("return arguments[0].seen", bar);
        screenshot(bar, "en-run-passed.png");
        assertTrue(!seen.isEmpty() && "running".equals(seen.getFirst().get("state"))
                        && String.valueOf(seen.getFirst().get("text")).startsWith("results:"),
                "the first line showed while the run was going: " + seen);
    }

    @Test
    void anEditIntoOneByOneFailsItsTimingAndResetBringsTheFileBack() throws Exception {
        WebElement bar = bar("Gather", "java");
        String whole = edit(bar);
        assertEquals(Files.readString(copy.path("snippets/Gather.java")), whole,
                "the editor holds the whole runnable file, directives and imports too");
        assertTrue(whole.startsWith("///usr/bin/env jbang") && whole.contains("//PREVIEW"));
        String oneByOne = whole.replace("scope.fork(Gather::returnZero);",
                "int r = returnZero(); // one after another\n                scope.fork(() -> r);");
        assertFalse(oneByOne.equals(whole));
        type(bar, oneByOne);
        click(bar, ".live-run");
        untilEnded(bar);
        String verdict = bar.findElement(By.cssSelector(".live-verdict")).getText();
        assertEquals("failed", state(bar), verdict);
        assertTrue(bar.findElement(By.cssSelector(".live-status")).getText()
                .contains("snippets/Gather.expect (your edited copy)"));
        assertTrue(verdict.matches("(?s).*snippets/Gather\\.expect:4: output line 2 \"elapsed: "
                + "\\d\\.\\d\\ds\": elapsed \\d\\.\\d\\ds is outside 0\\.95s\\.\\.1\\.75s.*"), verdict);
        screenshot(bar, "en-edited-run-failed.png");
        double took = Timing.parse(bar.findElement(By.cssSelector(".live-output")).getText()
                .lines().toList().get(1)).orElseThrow().seconds();
        assertTrue(took >= 3.95, "four 1-second waits one by one took " + took + " s");
        assertEquals(-1, Files.mismatch(Path.of("snippets/Gather.java"),
                copy.path("snippets/Gather.java")), "snippets/ is never written");

        click(bar, ".live-reset");
        assertEquals(whole, bar.findElement(By.cssSelector(".live-code")).getDomProperty("value"));
        assertEquals(null, js("return sessionStorage.getItem('live-edit:snippets/Gather.java')"));
    }

    @Test
    void stopOnALongRunLeavesNoProcess() throws Exception {
        WebElement bar = bar("Gather", "java");
        String whole = edit(bar);
        type(bar, whole.replace("Thread.sleep(Duration.ofSeconds(1));",
                "for (int i = 0; i < 600; i++) {\n"
                        + "            System.out.println(\"tick \" + i);\n"
                        + "            Thread.sleep(100);\n        }"));
        click(bar, ".live-run");
        WebElement output = bar.findElement(By.cssSelector(".live-output"));
        wait.until(d -> output.getText().contains("tick 5"));
        assertEquals("running", state(bar), "lines arrive while it runs");
        List<Long> pids = pidsOfTheRun();
        click(bar, ".live-stop");
        untilEnded(bar);
        assertEquals("stopped", state(bar));
        ServeTest.gone(pids);
    }

    @Test
    void closingTheTabKillsItsRun() throws Exception {
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        try {
            open(http + PAGE);
            WebElement bar = bar("Gather", "python");
            edit(bar);
            type(bar, "import time\nfor i in range(600):\n    print('tick', i, flush=True)\n"
                    + "    time.sleep(0.1)\n");
            click(bar, ".live-run");
            wait.until(d -> bar.findElement(By.cssSelector(".live-output")).getText()
                    .contains("tick 3"));
            List<Long> pids = pidsOfTheRun();
            driver.close();
            driver.switchTo().window(first);
            ServeTest.gone(pids);
            assertTrue(serve.runs().idle(Duration.ofSeconds(10)));
        } finally {
            if (!driver.getWindowHandle().equals(first)) {
                driver.switchTo().window(first);
            }
        }
    }

    @Test
    void anEditedPageShowsInTheOpenBrowserAndABrokenOneShowsItsLine() throws Exception {
        String page = "docs/en/03-basics.adoc";
        String text = copy.read(page);
        String mark = "Edited while open " + UUID.randomUUID();
        String edited = edit(bar("Gather", "python")) + "# mine\n";
        type(bar("Gather", "python"), edited);
        js("window.notReloaded = true");
        try {
            copy.write(page, text + "\n" + mark + "\n");
            wait.until(d -> bodyText().contains(mark));
            assertEquals(null, js("return window.notReloaded"), "the page reloaded itself");
            WebElement kept = bar("Gather", "python").findElement(By.cssSelector(".live-code"));
            wait.until(ExpectedConditions.visibilityOf(kept));
            assertEquals(edited, kept.getDomProperty("value"), "the reader's edit survives");

            String broken = text + "\n" + mark + "\n\ninclude::nowhere.adoc[]\n";
            copy.write(page, broken);
            WebElement overlay = driver.findElement(By.id("live-overlay"));
            wait.until(ExpectedConditions.visibilityOf(overlay));
            int line = (int) broken.lines().count();
            assertEquals("docs/en/03-basics.adoc:" + line + ": include file not found:"
                    + " docs/en/nowhere.adoc", overlay.findElement(By.cssSelector("code")).getText());
            assertTrue(String.valueOf(js("return document.querySelector('main').textContent"))
                    .contains(mark), "the last good page stays");
            screenshot(overlay, "en-build-failed-overlay.png");
            assertTrue(log.stream().anyMatch(m -> m.startsWith("changed: docs/en/03-basics.adoc")));
        } finally {
            copy.write(page, text);
        }
        js("window.notReloaded = true");
        wait.until(d -> !bodyText().contains(mark));
        assertTrue(driver.findElement(By.id("live-overlay")).getDomAttribute("hidden") != null);
    }

    @Test
    void theStaticSiteHasNoRunButtons() throws Exception {
        Path site = serve.site().site().orElseThrow();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(p);
                assertFalse(html.contains("/_serve/") || html.contains("live-bar")
                        || html.contains("data-token"), p.toString());
            }
        }
        open(site.resolve(PAGE).toUri().toString());
        assertEquals(0L, js("return document.querySelectorAll('.live, .live-run').length"));
        assertTrue((Long) js("return document.querySelectorAll('.run-command').length") > 0);
        open(http + PAGE);
        long blocks = (Long) js("return document.querySelectorAll("
                + "'.listingblock.snippet, .listingblock.original').length");
        assertEquals(blocks, js("return document.querySelectorAll('.live .live-run').length"),
                "served: a Run button under every runnable block");
    }

    @Test
    void jbangRunsGatherFromTheServedSite() throws Exception {
        String url = http + "snippets/Gather.java";
        var r = ProcessRunner.run(ProcessRunner.Spec.of(Path.of(""), List.of("./jbang", url))
                .env(Map.of("JAVA_HOME", System.getProperty("java.home")))
                .timeout(Duration.ofMinutes(3)));
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("results: [0, 0, 0, 0]", r.stdout().getFirst(), r.stdout().toString());
        assertTrue(Timing.parse(r.stdout().get(1)).isPresent(), r.stdout().toString());
    }
}
