package dev.asyncguide.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.translate.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code serve} builds again after an edit, in its warm JVM: only the
 * stages for what changed, the last good site kept when a build fails,
 * and the news for the open pages. Each test puts back what it changed.
 */
class LiveSiteTest {

    @TempDir
    static Path dir;

    static Fixture f;
    static LiveSite site;
    static final List<String> log = new CopyOnWriteArrayList<>();
    static final LinkedBlockingQueue<Object> news = new LinkedBlockingQueue<>();

    @BeforeAll
    static void build() throws Exception {
        f = ServeTest.tree(dir.resolve("tree"));
        site = new LiveSite(f.root, f.path("target/serve"), m -> {
            log.add(m);
            System.out.println("[live] " + m);
        });
        site.listen(new LiveSite.Listener() {
            @Override
            public void changed(LiveSite.Change change) {
                news.add(change.pages());
            }

            @Override
            public void failed(Diagnostic problem) {
                news.add(problem);
            }
        });
        assertTrue(site.buildAll(), () -> site.problem().orElseThrow().getMessage());
    }

    @BeforeEach
    void fresh() {
        log.clear();
        news.clear();
    }

    static Object nextNews() throws InterruptedException {
        Object n = news.poll(1, TimeUnit.SECONDS);
        assertTrue(n != null, "no news for the pages");
        return n;
    }

    static List<String> rendered() {
        return log.stream().filter(m -> m.startsWith("rendered ")).toList();
    }

    @Test
    void anEditedPageIsTheOnlyPageReadAndConvertedAgain() throws Exception {
        Path before = site.site().orElseThrow();
        String page = "docs/en/01-a.adoc";
        String text = f.read(page);
        try {
            f.write(page, text + "\nFreshly edited.\n");
            assertTrue(site.update(List.of(Path.of(page))));
            assertTrue(log.contains("read 1 of 4 pages again"), log.toString());
            assertEquals(List.of("rendered 1/4 pages: en/01-a.html"), rendered());
            assertTrue(log.contains("3 pages unchanged since the last build"), log.toString());
            // the page, and the one-page book that holds it
            assertEquals(Set.of("en/01-a.html", "en/print.html"), nextNews());
            Path now = site.site().orElseThrow();
            assertFalse(now.equals(before));
            assertTrue(Files.readString(now.resolve("en/01-a.html")).contains("Freshly edited."));
            assertEquals(-1, Files.mismatch(before.resolve("ko/01-a.html"), now.resolve("ko/01-a.html")));
        } finally {
            f.write(page, text);
            assertTrue(site.update(List.of(Path.of(page))));
        }
    }

    @Test
    void aBrokenPageKeepsTheLastGoodSiteAndSaysWhereUntilItIsFixed() throws Exception {
        Path good = site.site().orElseThrow();
        String served = Files.readString(good.resolve("en/01-a.html"));
        String page = "docs/en/01-a.adoc";
        String text = f.read(page);
        try {
            f.write(page, text + "\ninclude::../../snippets/Missing.java[]\n");
            int line = (int) (text + "\n").lines().count() + 1;
            assertFalse(site.update(List.of(Path.of(page))));
            Diagnostic d = site.problem().orElseThrow();
            assertEquals(page + ":" + line + ": include file not found: snippets/Missing.java",
                    d.getMessage());
            assertEquals(d, nextNews());
            assertEquals(good, site.site().orElseThrow(), "the last good site stays");
            assertEquals(served, Files.readString(good.resolve("en/01-a.html")));
        } finally {
            f.write(page, text);
            assertTrue(site.update(List.of(Path.of(page))));
        }
        assertTrue(site.problem().isEmpty());
        assertTrue(nextNews() instanceof Set<?>, "the pages hear it is fixed");
    }

    @Test
    void anEditedSnippetGoesThroughTheCaptureStageAndItsPagesAreReadAgain() throws Exception {
        String expect = "snippets/Nap.expect";
        String text = f.read(expect);
        try {
            f.write(expect, text.replace("nap done", "nap done!"));
            assertFalse(site.update(List.of(Path.of(expect))));
            assertEquals("snippets/Nap.expect:3: output line 1 \"nap done\": expected \"nap done!\"",
                    site.problem().orElseThrow().getMessage());
            assertTrue(log.stream().anyMatch(m -> m.startsWith("1 snippets: 2 runs reused, 0 to run")),
                    "an .expect alone is checked again without running: " + log);
        } finally {
            f.write(expect, text);
            assertTrue(site.update(List.of(Path.of(expect))));
        }
        log.clear();
        String twin = "snippets/python/nap.py";
        String py = f.read(twin);
        try {
            f.write(twin, py.replace("nap done", "nap done?"));
            assertFalse(site.update(List.of(Path.of(twin))));
            assertTrue(site.problem().orElseThrow().getMessage().startsWith(
                    "snippets/Nap.expect:3: snippets/python/nap.py output line 1 \"nap done?\""));
            assertTrue(log.stream().anyMatch(m -> m.startsWith("ran 1/1: snippets/python/nap.py")),
                    log.toString());
        } finally {
            f.write(twin, py);
            log.clear();
            assertTrue(site.update(List.of(Path.of(twin))));
        }
        // the page that shows Nap was read again, and only it
        assertTrue(log.contains("read 1 of 4 pages again"), log.toString());
        assertEquals(List.of("rendered 1/4 pages: ko/01-a.html"), rendered());
    }

    @Test
    void theThemeBuildsEverythingAgainAndReloadsEveryPage() throws Exception {
        String css = "site/theme/assets/style.css";
        String text = f.read(css);
        try {
            f.write(css, text + "\n/* edited */\n");
            assertTrue(site.update(List.of(Path.of(css))));
            assertTrue(log.contains("read 4 pages in 2 languages"), log.toString());
            assertEquals(4, rendered().size());
            assertEquals(Set.of(LiveSite.EVERY_PAGE), nextNews());
        } finally {
            f.write(css, text);
            assertTrue(site.update(List.of(Path.of(css))));
        }
        news.clear();
        assertTrue(site.update(List.of(Path.of("site/theme/live/live.js"))));
        assertEquals(Set.of(LiveSite.EVERY_PAGE), nextNews(), "serve's own script: reload only");
        assertTrue(site.update(List.of(Path.of("docs/en/.01-a.adoc.swp"),
                Path.of("docs/en/01-a.adoc~"))));
        assertTrue(news.isEmpty(), "editors' leftovers change nothing");
    }

    @Test
    void theWatcherReportsEditsInTheTreesItWatchesAndNothingElse() throws Exception {
        var seen = new LinkedBlockingQueue<Set<Path>>();
        try (Watcher w = new Watcher(f.root, seen::add)) {
            Files.writeString(f.path("target/elsewhere.txt"), "x");
            String page = f.read("docs/en/index.adoc");
            f.write("docs/en/index.adoc", page);
            Set<Path> changed = seen.poll(10, TimeUnit.SECONDS);
            assertEquals(Set.of(Path.of("docs/en/index.adoc")), changed);
            Files.createDirectories(f.path("snippets/python/more"));
            Thread.sleep(500); // the new folder is watched once its creation is seen
            seen.clear();
            f.write("snippets/python/more/x.py", "print()\n");
            Set<Path> more = seen.poll(10, TimeUnit.SECONDS);
            assertTrue(more != null && more.contains(Path.of("snippets/python/more/x.py")),
                    String.valueOf(more));
        } finally {
            Runs.deleteQuietly(f.path("snippets/python/more"));
            Files.deleteIfExists(f.path("target/elsewhere.txt"));
        }
    }
}
