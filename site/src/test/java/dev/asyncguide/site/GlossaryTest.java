package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.Cli;
import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.translate.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The glossary on a small tree: a form it lists to avoid, in a page's
 * prose, stops the build with one line naming the term to write (the
 * last good site kept); the same form in code, in inline code, in a
 * quotation of the original tutorial or inside a longer word does not;
 * a glossary row that points at no section stops the build at its row;
 * and glossary::[] renders the table, linked.
 */
class GlossaryTest {

    static final String GLOSSARY = String.join("\n",
            "# a comment",
            String.join("\t", "id", "python", "java", "page", "section", "python-doc", "java-doc",
                    "ko", "ko-variants", "ko-avoid", "en", "en-variants", "en-avoid"),
            String.join("\t", "heartbeat", "", "", "01-a.adoc", "two", "", "",
                    "하트비트", "하트 비트", "심장 박동; 박동", "heartbeat", "", "heart beat"),
            String.join("\t", "machine", "", "", "01-a.adoc", "one", "", "",
                    "머신", "", "기계", "machine", "", ""),
            String.join("\t", "task", "asyncio.Task", "Thread", "01-a.adoc", "", 
                    "https://docs.python.org/3/library/asyncio-task.html#asyncio.Task",
                    "https://docs.oracle.com/en/java/javase/25/docs/api/java.base/java/lang/Thread.html",
                    "태스크", "테스크", "작업 객체", "task", "", ""),
            "");

    @TempDir
    Path dir;

    Fixture f;
    Path out;
    String goodIndex;

    @BeforeEach
    void goodSite() throws Exception {
        f = Fixture.twoLanguages(dir).withSiteFiles().withJbang();
        f.write("docs/glossary.tsv", GLOSSARY);
        out = f.path("target/site");
        build();
        goodIndex = Files.readString(out.resolve("en/index.html"));
    }

    void build() throws Exception {
        new SiteBuilder(f.root, m -> { }).build(out);
    }

    String fails() throws Exception {
        var e = assertThrows(Exception.class, this::build);
        Diagnostic d = Cli.diagnose(e);
        assertTrue(d != null, "not a diagnostic but a bug: " + e);
        assertFalse(d.getMessage().contains("\n"), d.getMessage());
        assertEquals(goodIndex, Files.readString(out.resolve("en/index.html")), "old site changed");
        return d.getMessage();
    }

    @Test
    void aKoreanFormToAvoidStopsTheBuildAtItsLine() throws Exception {
        f.replace("docs/ko/01-a.adoc", "둘째.", "둘째.\n0.1초마다 심장박동이 뛴다.");
        assertEquals("docs/ko/01-a.adoc:19: 심장 박동: write 하트비트 (glossary: heartbeat)", fails());
    }

    @Test
    void anEnglishFormToAvoidStopsTheBuildAtItsLine() throws Exception {
        f.replace("docs/en/01-a.adoc", "First.", "First.\n\n* a list item where the heart beat stops");
        assertEquals("docs/en/01-a.adoc:11: heart beat: write heartbeat (glossary: heartbeat)", fails());
    }

    @Test
    void aTitleAndATableCellAreProseToo() throws Exception {
        f.replace("docs/ko/01-a.adoc", "== 둘", "== 기계에서 둘");
        assertEquals("docs/ko/01-a.adoc:16: 기계: write 머신 (glossary: machine)", fails());
        f.replace("docs/ko/01-a.adoc", "== 기계에서 둘", "== 둘");
        f.replace("docs/ko/01-a.adoc", "둘째.", "둘째.\n\n|===\n| a | b\n| `x` | 작업 객체를 쓴다\n|===");
        assertEquals("docs/ko/01-a.adoc:22: 작업 객체: write 태스크 (glossary: task)", fails());
    }

    @Test
    void codeQuotationsOfTheOriginalAndLongerWordsAreNotChecked() throws Exception {
        f.replace("docs/ko/01-a.adoc", "둘째.", String.join("\n",
                "둘째. 기계어로 옮기고 ``심장 박동``을 센다. 하트비트(heart beat)라고도 한다.",
                "",
                "[.original]",
                "____",
                "튜토리얼은 이것을 심장 박동이라고 불렀다.",
                "____",
                "",
                "[source,text]",
                "----",
                "심장 박동 기계",
                "----",
                "",
                "////",
                "주석 속의 기계",
                "////"));
        build(); // passes
        assertTrue(Files.readString(out.resolve("ko/01-a.html")).contains("심장 박동이라고 불렀다"));
    }

    @Test
    void aRowThatPointsAtNoSectionStopsTheBuildAtTheRow() throws Exception {
        f.write("docs/glossary.tsv", GLOSSARY.replace("01-a.adoc\ttwo", "01-a.adoc\tthree"));
        assertEquals("docs/glossary.tsv:3: heartbeat: no section [#three] in docs/ko/01-a.adoc", fails());
        f.write("docs/glossary.tsv", GLOSSARY.replace("\tmachine\t\t\n", "\tmachine\t\n"));
        assertEquals("docs/glossary.tsv:4: 12 columns, not 13 (separate them with one tab each)", fails());
    }

    @Test
    void theGlossaryPageLinksEachTermToItsSectionAndItsApi() throws Exception {
        f.write("docs/ko/glossary.adoc", "= 용어집\n\n개념마다 용어 하나.\n\n"
                + "glossary::[where=\"처음 나오는 곳\"]\n");
        build();
        Document ko = Jsoup.parse(out.resolve("ko/glossary.html").toFile());
        assertEquals(3, ko.select("main dl > dt").size());
        Element term = ko.getElementById("term-heartbeat").closest("dt");
        assertEquals("하트비트 · heartbeat", term.text()); // the other language's term beside it
        Element about = term.nextElementSibling();
        assertTrue(about.text().startsWith("처음 나오는 곳: 01 둘") && about.text().contains("하트 비트")
                && about.text().contains("심장 박동"), about.text());
        assertEquals("01-a.html#two", about.select("a").attr("href"), about.outerHtml());
        Element task = ko.getElementById("term-task").closest("dt").nextElementSibling();
        assertEquals("https://docs.python.org/3/library/asyncio-task.html#asyncio.Task",
                task.select("a[href^=https://docs.python]").attr("href"), task.outerHtml());
        assertEquals("asyncio.Task", task.select("a[href^=https://docs.python] code").text());
        assertEquals("01-a.html", task.select("a").first().attr("href"));
        // sorted by the term in the page's language: 머신, 태스크, 하트비트
        assertEquals("term-machine", ko.select("main dl > dt a[id]").first().id());
        // the page is in the contents and in the search index, with the glossary's words
        assertTrue(Files.readString(out.resolve("ko/index.html")).contains("href=\"glossary.html\""));
        String index = Files.readString(out.resolve("ko/" + SearchIndex.FILE));
        assertTrue(index.contains("\"glossary.html\":\"용어집\""), index);
        assertTrue(index.contains("window.searchTerms=[\n[\"01-a.html#two\",\"하트비트\",[\"하트 비트\",\"심장 박동\",\"박동\"],[]]"), index);
    }
}
