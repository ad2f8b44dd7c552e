package dev.asyncguide.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.Asciidoc;
import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.PageOutline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same section ids and the same runnable code blocks (showing the same code) in
 *  every language, by line, from Asciidoctor's parse. */
class TranslationParityTest {

    static final String KO = """
            = 기초

            도입.

            [#gather]
            == asyncio.gather

            [source,java,snippet=Gather]
            ----
            include::../../snippets/Gather.java[tags=main]
            ----

            [#sleep]
            == asyncio.sleep

            ////
            [#not-a-section]
            == 주석 안
            ////

            [source,python]
            ----
            include::../../snippets/python/sleep.py[]
            # [#not-an-id-either]
            ----
            """;

    @TempDir
    static Path dir;

    /** Both pages as Asciidoctor reads them, in a small tree with the included files. */
    static List<String> compare(String ko, String translation) throws Exception {
        Files.createDirectories(dir.resolve("docs/ko"));
        Files.createDirectories(dir.resolve("docs/en"));
        Files.createDirectories(dir.resolve("snippets/python"));
        Files.writeString(dir.resolve("snippets/Gather.java"), "// tag::all[]\nclass Gather {\n"
                + "// tag::main[]\nint x;\n// end::main[]\n}\n// end::all[]\n");
        Files.writeString(dir.resolve("snippets/Extra.java"), "class Extra {}\n");
        Files.writeString(dir.resolve("snippets/python/sleep.py"), "print('zzz')\n");
        Files.writeString(dir.resolve("docs/ko/03-basics.adoc"), ko);
        Files.writeString(dir.resolve("docs/en/03-basics.adoc"), translation);
        Asciidoc adoc = new Asciidoc(dir);
        return Parity.compare(outline(adoc, "docs/ko/03-basics.adoc", ko),
                        outline(adoc, "docs/en/03-basics.adoc", translation))
                .stream().map(Diagnostic::getMessage).toList();
    }

    static PageOutline outline(Asciidoc adoc, String file, String text) throws Exception {
        return PageOutline.of(adoc.load(dir.resolve(file), Map.of()), file, text.lines().toList());
    }

    static List<String> compare(String translation) throws Exception {
        return compare(KO, translation);
    }

    static final String EN = KO.replace("기초", "Basics").replace("도입.", "Intro.")
            .replace("== 주석 안", "== In a comment");

    @Test
    void sameStructureHasNoProblems() throws Exception {
        assertEquals(List.of(), compare(EN));
        assertEquals(List.of(), compare(EN.replace("[#gather]", "[[gather]]")));
    }

    @Test
    void idsAreTheOnesAsciidoctorGives() throws Exception {
        // a title whose made-up id a hand-written guess would get wrong
        String ko = KO.replace("[#sleep]\n== asyncio.sleep", "== C++ & `asyncio` 연습");
        compare(ko, EN);
        var ids = outline(new Asciidoc(dir), "docs/ko/03-basics.adoc", ko).sections().stream()
                .map(PageOutline.Heading::id).toList();
        assertEquals(List.of("gather", "c-asyncio-연습"), ids);
    }

    @Test
    void missingSection() throws Exception {
        assertEquals(List.of(
                "docs/en/03-basics.adoc:6: section id 'sleep' is missing (docs/ko/03-basics.adoc:14)"),
                compare(EN.replace("[#sleep]\n== asyncio.sleep\n", "")));
    }

    @Test
    void pythonBlockMissing() throws Exception {
        String ko = KO.replace("[source,java,snippet=Gather]",
                "[source,python,original-of=Gather]\n----\nx\n----\n\n[source,java,snippet=Gather]");
        String en = ko.replace("original-of=Gather", "");
        var problems = compare(ko, en);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.getFirst().matches("docs/en/03-basics\\.adoc:6: code block"
                + " original-of=Gather is missing in section 'gather' \\(docs/ko/03-basics\\.adoc:\\d+\\)"),
                problems.getFirst());
    }

    @Test
    void missingSnippetBlockOrAnotherTag() throws Exception {
        var missing = compare(EN.replace("[source,java,snippet=Gather]", "[source,java]"));
        assertEquals(1, missing.size(), missing.toString());
        assertTrue(missing.getFirst().matches("docs/en/03-basics\\.adoc:6: code block snippet=Gather"
                + " is missing in section 'gather' \\(docs/ko/03-basics\\.adoc:\\d+\\)"),
                missing.getFirst());
        var otherTag = compare(EN.replace("[tags=main]", "[tags=all]"));
        assertEquals(1, otherTag.size(), otherTag.toString());
        assertTrue(otherTag.getFirst().matches("docs/en/03-basics\\.adoc:\\d+: code block snippet=Gather"
                + " shows other code than \\(docs/ko/03-basics\\.adoc:\\d+\\): include the same file"
                + " with the same tags"), otherTag.getFirst());
    }

    @Test
    void recordInTheHeaderOnly() throws Exception {
        List<String> lines = List.of("= T", ":source-commit: abc1234", "", "text", "",
                ":source-commit: later");
        Files.writeString(dir.resolve("x.adoc"), String.join("\n", lines) + "\n");
        var p = PageOutline.of(new Asciidoc(dir).load(dir.resolve("x.adoc"), Map.of()), "x.adoc",
                lines);
        assertEquals("abc1234", p.sourceCommit().orElseThrow().value());
        assertEquals(2, p.sourceCommit().orElseThrow().line());
        assertEquals(2, PageOutline.headerEnd(lines));
    }
}
