package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.Asciidoc;
import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.DocTree;
import dev.asyncguide.core.PageOutline;
import dev.asyncguide.snippet.CaptureStore.Capture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any AsciiDoc problem fails the page with file and line, once. */
class RendererTest {

    @TempDir
    Path dir;

    static final Map<String, Capture> CAPTURES = Map.of(
            "Demo", new Capture("snippets/Demo.java", List.of("elapsed: 1.00s"), "JDK 25",
                    Instant.EPOCH),
            "Demo.python", new Capture("snippets/python/demo.py", List.of("elapsed: 1.01s"),
                    "Python 3.11", Instant.EPOCH));

    String render(String name, Map<String, String> ui, String... lines) throws Exception {
        Path page = dir.resolve(name);
        Files.write(page, List.of(lines));
        Asciidoc adoc = new Asciidoc(dir);
        var doc = adoc.load(page, Map.of());
        var outline = PageOutline.of(doc, name, List.of(lines));
        var renderer = new Renderer(adoc, new SnippetBlocks(CAPTURES, Set.of("Demo"),
                new Layout(Path.of("site/theme"))), new FigureCheck(dir));
        return renderer.render(new DocTree.Page(null, name, page, doc, outline), ui).body();
    }

    String fails(String... lines) {
        return assertThrows(Diagnostic.class, () -> render("page.adoc", Map.of(), lines))
                .getMessage();
    }

    void demoSnippet() throws Exception {
        Files.writeString(dir.resolve("Demo.java"),
                "class Demo {\n// tag::main[]\nint x;\n// end::main[]\n}\n");
    }

    @Test
    void missingInclude() {
        String m = fails("= T", "", "----", "include::Nope.java[]", "----");
        assertTrue(m.startsWith("page.adoc:4: include file not found: Nope.java"), m);
    }

    @Test
    void missingTag() throws Exception {
        demoSnippet();
        String m = fails("= T", "", "----", "include::Demo.java[tags=nope]", "----");
        assertTrue(m.startsWith("page.adoc:4: ") && m.contains("nope"), m);
    }

    @Test
    void brokenCrossReference() {
        String m = fails("= T", "", "Text.", "", "See <<nowhere>>.");
        assertEquals("page.adoc:5: invalid cross reference: nowhere", m);
    }

    @Test
    void unknownAttribute() {
        String m = fails("= T", "", "Hello {nobody}.");
        assertTrue(m.startsWith("page.adoc:3: ") && m.contains("nobody"), m);
    }

    @Test
    void unclosedBlockIsReportedAtItsOpeningLine() {
        String m = fails("= T", "", "== A", "", "----", "code", "", "== B", "", "more");
        assertEquals("page.adoc:5: unterminated listing block", m);
    }

    @Test
    void aByteThatIsNotUtf8IsReportedAtItsLine() throws Exception {
        Path page = dir.resolve("latin1.adoc");
        Files.write(page, "= T\n\nfine\ncaf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        var e = assertThrows(Diagnostic.class, () -> new Asciidoc(dir).load(page, Map.of()));
        assertEquals("latin1.adoc:4: byte 0xE9 is not UTF-8 (save the file as UTF-8)",
                e.getMessage());
    }

    @Test
    void unknownSnippet() {
        String m = fails("= T", "", "[source,java,snippet=Ghost]", "----", "x", "----");
        assertTrue(m.matches("page\\.adoc:[345]: snippet=Ghost names no file snippets/Ghost.java"),
                m);
    }

    @Test
    void unknownOriginal() {
        String m = fails("= T", "", "[source,python,original-of=Ghost]", "----", "x", "----");
        assertTrue(m.matches("page\\.adoc:[345]: original-of=Ghost names no file.*"), m);
    }

    @Test
    void pythonTwinGetsItsRunCommandAndOutput() throws Exception {
        Files.writeString(dir.resolve("demo.py"), "print('hi')\n");
        String html = render("py.adoc", Map.of("captured", "at {date} on {runtime}"),
                "= T", "", "[source,python,original-of=Demo]", "----", "include::demo.py[]",
                "----");
        assertTrue(html.contains("<code>python3 snippets/python/demo.py</code>"), html);
        assertTrue(html.contains("snippets/python/demo.py</div>"), "title: " + html);
        assertTrue(html.contains("elapsed: 1.01s") && html.contains("on Python 3.11"), html);
    }

    @Test
    void aPageTitleOnTheBlockIsKept() throws Exception {
        Files.writeString(dir.resolve("demo.py"), "print('hi')\n");
        String html = render("py.adoc", Map.of(), "= T", "", ".Python counterpart",
                "[source,python,original-of=Demo]", "----", "include::demo.py[]", "----");
        assertTrue(html.contains("<div class=\"title\">Python counterpart</div>"), html);
    }

    @Test
    void snippetBlockGetsRunCommandAndOutput() throws Exception {
        demoSnippet();
        String html = render("ok.adoc", Map.of("run", "Run"), "= T", "",
                "[source,java,snippet=Demo]", "----", "include::Demo.java[tags=main]", "----");
        assertTrue(html.contains("jbang snippets/Demo.java"), html);
        assertTrue(html.contains("elapsed: 1.00s"), html);
        assertTrue(html.indexOf("jbang snippets/Demo.java") < html.indexOf("listingblock snippet"),
                html);
        assertTrue(html.indexOf("listingblock snippet") < html.indexOf("elapsed: 1.00s"), html);
    }
}
