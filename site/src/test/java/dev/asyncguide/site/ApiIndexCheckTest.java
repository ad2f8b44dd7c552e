package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncguide.core.Asciidoc;
import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.DocTree;
import dev.asyncguide.translate.Fixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each row of an API index page must point at a section that exists and
 * shows a snippet using the row's name; a wrong row is one line,
 * {@code path:line: what}, at the row.
 */
class ApiIndexCheckTest {

    @TempDir
    Path dir;

    Fixture f;

    static final String PAGE = """
            = Loops

            [#call-later]
            == call_later

            [source,python,original-of=Later]
            ----
            include::../../snippets/python/later.py[]
            ----

            [#prose]
            == Prose only

            Nothing runs here.
            """;

    @BeforeEach
    void tree() throws Exception {
        f = Fixture.twoLanguages(dir);
        f.write("snippets/python/later.py",
                "import asyncio\nloop = asyncio.new_event_loop()\n"
                        + "loop.call_later(0.1, print)\n");
        f.write("docs/ko/21-loops.adoc", PAGE);
    }

    List<String> problems(String... rows) throws Exception {
        StringBuilder index = new StringBuilder("= Index\n\n|===\n| asyncio | Java | where\n");
        for (String row : rows) {
            index.append(row).append('\n');
        }
        index.append("|===\n");
        f.write("docs/ko/25-api-index.adoc", index.toString());
        try (var adoc = new Asciidoc(f.root)) {
            DocTree tree = DocTree.read(f.root, adoc, m -> { });
            return ApiIndexCheck.problems(tree).stream().map(Diagnostic::getMessage).toList();
        }
    }

    @Test
    void aRowWhoseSectionRunsTheNamePasses() throws Exception {
        assertEquals(List.of(), problems(
                "| `loop.call_later()` | `schedule()` | xref:21-loops.adoc#call-later[call_later]"));
    }

    @Test
    void aSectionThatDoesNotExistStopsAtTheRow() throws Exception {
        assertEquals(List.of("docs/ko/25-api-index.adoc:5: `loop.call_later()`: 21-loops.adoc"
                        + " has no section #later"),
                problems("| `loop.call_later()` | `schedule()` | xref:21-loops.adoc#later[x]"));
    }

    @Test
    void aSectionWithoutASnippetUsingTheNameStopsAtTheRow() throws Exception {
        assertEquals(List.of(
                "docs/ko/25-api-index.adoc:5: `loop.call_at()`: no snippet in 21-loops.adoc"
                        + "#call-later uses call_at ([original-of=Later])",
                "docs/ko/25-api-index.adoc:6: `asyncio.sleep()`: 21-loops.adoc#prose runs no"
                        + " snippet (no snippet= or original-of= block)",
                "docs/ko/25-api-index.adoc:7: `asyncio.Runner` names no section that runs it"
                        + " (xref:page.adoc#section[...])",
                "docs/ko/25-api-index.adoc:8: `asyncio.run()`: there is no page 22-x.adoc in ko"),
                problems(
                        "| `loop.call_at()` | - | xref:21-loops.adoc#call-later[x]",
                        "| `asyncio.sleep()` | - | xref:21-loops.adoc#prose[x]",
                        "| `asyncio.Runner` | - | none",
                        "| `asyncio.run()` | - | xref:22-x.adoc#a[x]"));
    }

    @Test
    void theNameIsTheLastDottedPartWithoutTheCall() {
        assertEquals("call_later", ApiIndexCheck.token("loop.call_later()"));
        assertEquals("gather", ApiIndexCheck.token("gather(return_exceptions=True)"));
        assertEquals("async with", ApiIndexCheck.token("async with"));
        assertEquals(false, ApiIndexCheck.uses("loop.call_later_x()", "call_later"));
    }
}
