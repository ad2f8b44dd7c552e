package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.snippet.Snippet;
import dev.asyncguide.core.Language;
import java.io.IOException;
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

/** The built site: what a reader gets. */
class SiteTest {

    static Document page(String lang, String file) throws Exception {
        Path p = BuiltSite.dir().resolve(lang).resolve(file);
        assertTrue(Files.exists(p), p + " was not built");
        return Jsoup.parse(p.toFile(), "UTF-8");
    }

    static List<Path> htmlFiles() throws Exception {
        try (Stream<Path> files = Files.walk(BuiltSite.dir())) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void indexExistsForTheBuildToPrint() throws Exception {
        assertTrue(Files.isRegularFile(BuiltSite.index()));
        for (String lang : List.of("ko", "en")) {
            assertTrue(Files.isRegularFile(BuiltSite.dir().resolve(lang + "/index.html")));
        }
    }

    @Test
    void gatherSourceAndRealOutputOnKoreanAndEnglishPages() throws Exception {
        BuiltSite.dir(); // built (and its runs saved) before we read them
        String source = Files.readString(Path.of("snippets/Gather.java"));
        List<String> captured = Files.readAllLines(Path.of("target/snippet-runs/Gather.out"));
        for (String lang : List.of("ko", "en")) {
            Element block = findSnippetBlock(lang, "snippets/Gather.java");
            String code = block.selectFirst("pre").wholeText();
            assertTrue(code.contains("scope.fork(Gather::returnZero);"), lang + ": " + code);
            assertTrue(source.contains(code.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow()),
                    lang + ": shown code is not from snippets/Gather.java");
            assertFalse(code.contains("tag::"), "tag markers must be stripped");
            Element console = block.nextElementSiblings().select(".console-output").first();
            assertEquals(String.join("\n", captured), console.wholeText().strip(), lang);
            assertTrue(console.wholeText().contains("results: [0, 0, 0, 0]"));
            assertTrue(Pattern.compile("elapsed: 1\\.\\d\\ds").matcher(console.wholeText()).find());
        }
    }

    private static Element findSnippetBlock(String lang, String title) throws Exception {
        for (Path p : htmlFiles()) {
            if (!p.getParent().getFileName().toString().equals(lang)) {
                continue;
            }
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            for (Element b : d.select(".listingblock.snippet")) {
                Element t = b.selectFirst(".title");
                if (t != null && t.text().equals(title)) {
                    return b;
                }
            }
        }
        throw new AssertionError("no " + lang + " page shows " + title);
    }

    @Test
    void nothingIsLoadedFromOutsideTheSite() throws Exception {
        List<String> outside = new ArrayList<>();
        for (Path p : htmlFiles()) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            for (Element e : d.select("[src], link[href]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                if (url.matches("(?i)^([a-z][a-z0-9+.-]*:|//).*")) {
                    outside.add(BuiltSite.dir().relativize(p) + ": " + e.outerHtml());
                }
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void everySnippetIsOnASourcePage() throws Exception {
        // Only the source language: a page not translated yet is shown from
        // it, and a translated page has the same includes (TranslationDocsTest).
        List<String> missing = new ArrayList<>();
        for (Path langDir : List.of(Language.all(Path.of("docs")).getFirst().dir())) {
            String all = readAll(langDir);
            for (Snippet s : Snippet.all(Path.of(""))) {
                if (!all.contains("include::../../snippets/" + s.fileName() + "[")) {
                    missing.add(langDir + ": no page includes " + s.source());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyIncludePointsAtAFile() throws Exception {
        Pattern include = Pattern.compile("^include::([^\\[]+)\\[", Pattern.MULTILINE);
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("docs"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    var m = include.matcher(lines.get(i));
                    if (m.find() && !Files.exists(f.getParent().resolve(m.group(1)))) {
                        broken.add(f + ":" + (i + 1) + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    private static String readAll(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                sb.append(Files.readString(f));
            }
        }
        return sb.toString();
    }
}
