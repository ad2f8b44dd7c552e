package dev.asyncguide.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same section ids and the same includes and snippet blocks in every language, by line. */
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

    static List<String> compare(String translation) {
        return Parity.compare(PageStructure.parse("docs/ko/03-basics.adoc", KO.lines().toList()),
                        PageStructure.parse("docs/en/03-basics.adoc", translation.lines().toList()))
                .stream().map(Problem::toString).toList();
    }

    static final String EN = KO.replace("기초", "Basics").replace("도입.", "Intro.")
            .replace("== 주석 안", "== In a comment");

    @Test
    void sameStructureHasNoProblems() {
        assertEquals(List.of(), compare(EN));
        assertEquals(List.of(), compare(EN.replace("[#gather]", "[[gather]]")));
    }

    @Test
    void missingSection() {
        assertEquals(List.of(
                "docs/en/03-basics.adoc:5: section id 'sleep' is missing (docs/ko/03-basics.adoc:13)"),
                compare(EN.replace("[#sleep]\n== asyncio.sleep\n", "")));
    }

    @Test
    void renamedSection() {
        assertEquals(List.of(
                "docs/en/03-basics.adoc:5: section id 'gather' is missing (docs/ko/03-basics.adoc:5)",
                "docs/en/03-basics.adoc:5: section id 'gathering' is not in docs/ko/03-basics.adoc"),
                compare(EN.replace("[#gather]", "[#gathering]")));
    }

    @Test
    void sectionAtAnotherLevelOrWithoutId() {
        assertEquals(List.of("docs/en/03-basics.adoc:13: section 'sleep' is a level-2 section (===) here,"
                        + " a level-1 section (==) in docs/ko/03-basics.adoc:13"),
                compare(EN.replace("== asyncio.sleep", "=== asyncio.sleep")));
        assertEquals(List.of("docs/en/03-basics.adoc:8: section \"No id\" has no id; give it the [#id]"
                        + " of its section in docs/ko/03-basics.adoc"),
                compare(EN.replace("== asyncio.gather\n", "== asyncio.gather\n\n== No id\n")));
    }

    @Test
    void sectionsOutOfOrder() {
        String swapped = EN.replace("[#gather]\n== asyncio.gather", "[#x]\n== x")
                .replace("[#sleep]\n== asyncio.sleep", "[#gather]\n== asyncio.gather")
                .replace("[#x]\n== x", "[#sleep]\n== asyncio.sleep");
        assertEquals(List.of(
                "docs/en/03-basics.adoc:5: section 'sleep' is out of order: docs/ko/03-basics.adoc has"
                        + " 'gather' here (docs/ko/03-basics.adoc:5)",
                "docs/en/03-basics.adoc:8: snippet block snippet=Gather is in section 'sleep' here but"
                        + " in section 'gather' in docs/ko/03-basics.adoc:8",
                "docs/en/03-basics.adoc:10: include::../../snippets/Gather.java[tags=main] is in section"
                        + " 'sleep' here but in section 'gather' in docs/ko/03-basics.adoc:10",
                "docs/en/03-basics.adoc:23: include::../../snippets/python/sleep.py[] is in section"
                        + " 'gather' here but in section 'sleep' in docs/ko/03-basics.adoc:23"),
                compare(swapped));
    }

    @Test
    void extraInclude() {
        assertEquals(List.of("docs/en/03-basics.adoc:14: include::../../snippets/Extra.java[] is not in"
                        + " docs/ko/03-basics.adoc"),
                compare(EN.replace("[tags=main]\n----\n", "[tags=main]\n----\n\n----\n"
                        + "include::../../snippets/Extra.java[]\n----\n")));
    }

    @Test
    void pythonOriginalBlockMissing() {
        String ko = KO.replace("[source,java,snippet=Gather]",
                "[source,python,original-of=Gather]\n----\nx\n----\n\n[source,java,snippet=Gather]");
        String en = ko.replace("original-of=Gather", "");
        var problems = Parity.compare(PageStructure.parse("docs/ko/03-basics.adoc", ko.lines().toList()),
                PageStructure.parse("docs/en/03-basics.adoc", en.lines().toList()))
                .stream().map(Problem::toString).toList();
        assertEquals(List.of("docs/en/03-basics.adoc:5: Python block original-of=Gather is missing in"
                + " section 'gather' (docs/ko/03-basics.adoc:8)"), problems);
    }

    @Test
    void missingIncludeOrSnippetBlockOrOtherTag() {
        assertEquals(List.of("docs/en/03-basics.adoc:5: snippet block snippet=Gather is missing in section"
                        + " 'gather' (docs/ko/03-basics.adoc:8)"),
                compare(EN.replace("[source,java,snippet=Gather]", "[source,java]")));
        assertEquals(List.of(
                "docs/en/03-basics.adoc:5: include::../../snippets/Gather.java[tags=main] is missing in"
                        + " section 'gather' (docs/ko/03-basics.adoc:10)",
                "docs/en/03-basics.adoc:10: include::../../snippets/Gather.java[tags=all] is not in"
                        + " docs/ko/03-basics.adoc"),
                compare(EN.replace("[tags=main]", "[tags=all]")));
    }

    @Test
    void recordInTheHeaderOnly() {
        var p = PageStructure.parse("x.adoc", List.of("= T", ":source-commit: abc1234", "", "text",
                "", ":source-commit: later"));
        assertEquals("abc1234", p.sourceCommit().orElseThrow().value());
        assertEquals(2, p.sourceCommit().orElseThrow().line());
        assertEquals(2, p.headerEnd());
    }
}
