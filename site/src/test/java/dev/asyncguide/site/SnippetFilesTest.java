package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.snippet.Snippet;
import dev.asyncguide.translate.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snippets' own files travel with the site: each run bar links the
 * whole runnable file the block is cut from, and with a public address
 * ({@code base-url} in site/publish.properties, read by {@link Publishing})
 * shows the command that
 * runs it from there, without a clone.
 */
class SnippetFilesTest {

    @Test
    void theBuiltSiteCarriesEverySnippetAndTwinAsItIs() throws Exception {
        Path site = BuiltSite.dir();
        for (Snippet s : Snippet.all(Path.of(""))) {
            Path copy = site.resolve(s.source().toString());
            assertTrue(Files.isRegularFile(copy), copy + " is missing");
            assertEquals(-1, Files.mismatch(s.source(), copy), copy + " differs");
            Path twin = s.expectation(Path.of("")).python();
            assertEquals(-1, Files.mismatch(twin, site.resolve(twin.toString())), twin + " differs");
        }
    }

    @Test
    void eachRunBarLinksTheWholeFileItsBlockIsCutFrom() throws Exception {
        int bars = 0;
        try (Stream<Path> files = Files.walk(BuiltSite.dir())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                for (Element bar : Jsoup.parse(p.toFile(), "UTF-8").select(".run-command")) {
                    String file = bar.attr("data-file");
                    if (bar.parent().hasClass("variant-run")) {
                        // a variant's command: options, the same file, arguments; its
                        // snippet's own bar links the file
                        assertTrue(bar.selectFirst("code").text().contains(" " + file),
                                bar.outerHtml());
                        assertTrue(bar.select("a.run-file").isEmpty(), bar.outerHtml());
                        continue;
                    }
                    assertTrue(bar.selectFirst("code").text().endsWith(" " + file), bar.outerHtml());
                    Element link = bar.selectFirst("a.run-file");
                    assertEquals("../" + file, link.attr("href"), p + ": " + bar.outerHtml());
                    assertTrue(Files.isRegularFile(p.getParent().resolve(link.attr("href"))));
                    assertTrue(bar.select(".run-url").isEmpty(), "no base-url, no web command");
                    bars++;
                }
            }
        }
        assertTrue(bars > 20, "only " + bars + " run bars");
    }

    @Test
    void withABaseUrlEachJavaRunBarShowsTheCommandThatRunsItFromThere(@TempDir Path dir)
            throws Exception {
        Fixture f = Fixture.twoLanguages(dir).withSiteFiles().withJbang()
                .withSnippet("Hello", """
                        public class Hello {
                            public static void main(String[] a) {
                                System.out.println("hello");
                            }
                        }
                        """, "hello\n", "print('hello')\n");
        f.write("docs/ko/01-a.adoc", f.read("docs/ko/01-a.adoc") + """

                [source,java,snippet=Hello]
                ----
                include::../../snippets/Hello.java[]
                ----
                """);
        f.write(Publishing.FILE, "# where the site is published\nrepository-url=\n"
                + "base-url=https://example.org/async-guide\n"); // no slash: Publishing adds it
        Path out = f.path("target/site");
        new SiteBuilder(f.root, m -> {}).build(out);

        var page = Jsoup.parse(out.resolve("ko/01-a.html").toFile(), "UTF-8");
        List<String> commands = page.select(".run-command code").eachText();
        assertEquals(List.of("jbang snippets/Hello.java",
                "jbang https://example.org/async-guide/snippets/Hello.java"), commands);
        assertEquals(-1, Files.mismatch(f.path("snippets/Hello.java"),
                out.resolve("snippets/Hello.java")));
        assertTrue(Files.isRegularFile(out.resolve("snippets/python/hello.py")));

        f.write(Publishing.FILE, "base-url=\n");
        new SiteBuilder(f.root, m -> {}).build(out);
        page = Jsoup.parse(out.resolve("ko/01-a.html").toFile(), "UTF-8");
        assertEquals(List.of("jbang snippets/Hello.java"), page.select(".run-command code").eachText(),
                "an empty base-url is none");
    }
}
