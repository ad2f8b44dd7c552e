package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built site's quality gates: every internal link and #anchor resolves
 * in every language, the Nu HTML Checker finds no error, and no page is over
 * the weight limit. Each gate names the file and the problem.
 */
class QualityGatesTest {

    static List<Path> htmlFiles(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyInternalLinkAndAnchorResolves() throws Exception {
        LinkChecker checker = new LinkChecker(BuiltSite.dir());
        List<String> problems = checker.check();
        assertEquals(List.of(), problems, "broken links in target/site");
        assertTrue(checker.checked() > 100, "checked only " + checker.checked() + " links");
    }

    @Test
    void linkCheckerCatchesBrokenLinksAndAnchors(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("ko"));
        Files.writeString(site.resolve("ko/a.html"), """
                <!DOCTYPE html><title>a</title><h2 id="here">x</h2>
                <a href="b.html">missing page</a> <a href="a.html#nowhere">missing anchor</a>
                <a href="#here">fine</a> <a href="https://example.org/">leaves the site</a>
                <a href="../ko">a folder</a> <a href="../../x.html">outside</a>""");
        List<String> problems = new LinkChecker(site).check();
        assertEquals(4, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("no file ko/b.html"), problems.get(0));
        assertTrue(problems.get(1).contains("no id \"nowhere\" in ko/a.html"), problems.get(1));
        assertTrue(problems.get(2).contains("points at a folder"), problems.get(2));
        assertTrue(problems.get(3).contains("outside the site"), problems.get(3));
    }

    @Test
    void theNuHtmlCheckerFindsNoErrors() throws Exception {
        HtmlChecker checker = new HtmlChecker();
        List<String> errors = new ArrayList<>();
        Path site = BuiltSite.dir();
        for (Path p : htmlFiles(site)) {
            errors.addAll(checker.check(p, "target/site/" + site.relativize(p)));
        }
        assertEquals(List.of(), errors, "Nu HTML Checker errors");
    }

    @Test
    void theNuHtmlCheckerIsReallyChecking(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=en><title>t</title>"
                + "<p id=x>a</p><p id=x>b</p><ul><p>not an item</p></ul></html>");
        List<String> errors = new HtmlChecker().check(bad, "bad.html");
        assertTrue(errors.size() >= 2 && errors.getFirst().startsWith("bad.html:1:"),
                String.join("\n", errors));
    }

    @Test
    void theStylesheetsAndScriptsFetchNothingThemselves() throws Exception {
        try (Stream<Path> files = Files.list(BuiltSite.dir().resolve("assets"))) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(css|js)$")).toList()) {
                String text = Files.readString(f);
                assertFalse(Pattern.compile("(?i)\\b(https?|wss?|ftp)://").matcher(text).find(),
                        "assets/" + f.getFileName() + " names a web address");
                for (String bad : List.of("@import", "fetch(", "XMLHttpRequest", "@font-face", "url(")) {
                    assertFalse(text.contains(bad), "assets/" + f.getFileName() + " contains " + bad);
                }
            }
        }
    }

    @Test
    void aPageOverTheLimitFailsTheBuildNamingIt(@TempDir Path site) throws Exception {
        Path ko = Files.createDirectories(site.resolve("ko"));
        Files.writeString(ko.resolve("index.html"), "<!DOCTYPE html><title>t</title><main><h1>t</h1><p>"
                + "가".repeat(40_000) + "</p></main>");
        List<String> said = new ArrayList<>();
        var e = assertThrows(dev.asyncguide.core.Diagnostic.class, () -> new ReaderSite(said::add)
                .finish(site, List.of(new Language("ko", "한국어", ko, Map.of())), dev.asyncguide.core.Glossary.empty()));
        assertTrue(e.getMessage().contains("ko/index.html 120.1 KB"), e.getMessage());
        assertTrue(said.stream().anyMatch(m -> m.startsWith("heaviest page: ko/index.html")), said.toString());
    }

    @Test
    void noPageIsOverTheWeightLimitAndTheBuildSaysWhichIsHeaviest() throws Exception {
        List<PageWeight> weights = PageWeight.measure(BuiltSite.dir());
        PageWeight heaviest = weights.getFirst();
        assertTrue(heaviest.total() <= PageWeight.LIMIT, heaviest.describe());
        assertTrue(heaviest.css() > 0 && heaviest.js() > 0, heaviest.describe());
        for (PageWeight w : weights) {
            assertTrue(w.onDemand() <= SearchIndex.LIMIT, "search index of " + w.describe());
        }
        assertTrue(BuiltSite.messages().stream()
                        .anyMatch(m -> m.startsWith("heaviest page: " + heaviest.page() + " ")),
                "the build did not report " + heaviest.page() + ": " + BuiltSite.messages());
    }
}
