package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.snippet.Captures.Captured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any AsciiDoc problem fails the page with file and line. */
@Order(3)
class RendererTest {

    static Renderer renderer;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        renderer = new Renderer(dir, Map.of("Demo", new Captured(
                "snippets/Demo.java", List.of("elapsed: 1.00s"), "JDK 25", Instant.EPOCH),
                "Demo.python", new Captured("snippets/python/demo.py",
                List.of("elapsed: 1.01s"), "Python 3.11", Instant.EPOCH)));
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    static String fails(String... lines) throws Exception {
        Path page = dir.resolve("page.adoc");
        Files.write(page, List.of(lines));
        return assertThrows(BuildException.class, () -> renderer.render(page, Map.of()))
                .getMessage();
    }

    static void demoSnippet() throws Exception {
        Files.writeString(dir.resolve("Demo.java"),
                "class Demo {\n// tag::main[]\nint x;\n// end::main[]\n}\n");
    }

    @Test
    void missingInclude() throws Exception {
        String m = fails("= T", "", "----", "include::Nope.java[]", "----");
        assertTrue(m.startsWith("page.adoc:4: include file not found"), m);
    }

    @Test
    void missingTag() throws Exception {
        demoSnippet();
        String m = fails("= T", "", "----", "include::Demo.java[tags=nope]", "----");
        assertTrue(m.startsWith("page.adoc:4: ") && m.contains("nope"), m);
    }

    @Test
    void brokenCrossReference() throws Exception {
        String m = fails("= T", "", "See <<nowhere>>.");
        assertTrue(m.startsWith("page.adoc:") && m.contains("invalid reference: nowhere"), m);
    }

    @Test
    void unknownAttribute() throws Exception {
        String m = fails("= T", "", "Hello {nobody}.");
        assertTrue(m.startsWith("page.adoc:3: ") && m.contains("nobody"), m);
    }

    @Test
    void unknownSnippet() throws Exception {
        String m = fails("= T", "", "[source,java,snippet=Ghost]", "----", "x", "----");
        assertTrue(m.matches("page\\.adoc:[34]: .*Ghost.*"), m); // the block's line
    }

    @Test
    void pythonOriginalGetsItsRunCommandAndOutput() throws Exception {
        Files.writeString(dir.resolve("demo.py"), "print('hi')\n");
        Path page = dir.resolve("py.adoc");
        Files.write(page, List.of("= T", "", "[source,python,original-of=Demo]", "----",
                "include::demo.py[]", "----"));
        String html = renderer.render(page, Map.of("ui-captured", "at {date} on {runtime}")).body();
        assertTrue(html.contains("<code>python3 snippets/python/demo.py</code>"), html);
        assertTrue(html.contains("snippets/python/demo.py</div>"), "title: " + html);
        assertTrue(html.contains("elapsed: 1.01s") && html.contains("on Python 3.11"), html);
    }

    @Test
    void unknownOriginal() throws Exception {
        String m = fails("= T", "", "[source,python,original-of=Ghost]", "----", "x", "----");
        assertTrue(m.matches("page\\.adoc:[34]: original-of=Ghost names no file.*"), m);
    }

    @Test
    void snippetBlockGetsRunCommandAndOutput() throws Exception {
        demoSnippet();
        Path page = dir.resolve("ok.adoc");
        Files.write(page, List.of("= T", "", "[source,java,snippet=Demo]", "----",
                "include::Demo.java[tags=main]", "----"));
        String html = renderer.render(page, Map.of("ui-run", "Run")).body();
        assertTrue(html.contains("jbang snippets/Demo.java"), html);
        assertTrue(html.contains("elapsed: 1.00s"), html);
        assertTrue(html.indexOf("jbang snippets/Demo.java") < html.indexOf("listingblock snippet"), html);
        assertTrue(html.indexOf("listingblock snippet") < html.indexOf("elapsed: 1.00s"), html);
    }
}
