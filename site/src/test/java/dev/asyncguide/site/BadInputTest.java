package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.Cli;
import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.translate.Fixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input, on a small tree: the build stops with one line,
 * {@code path:line: what is wrong}, and the site of the last good build is
 * left as it was (no half-written site, no scratch folder). Snippets run
 * through the real ./jbang and python3.
 */
class BadInputTest {

    @TempDir
    Path dir;

    Fixture f;
    Path out;
    String goodIndex;
    final List<String> progress = new CopyOnWriteArrayList<>();

    static final String NAP = Fixture.NAP;
    static final String NAP_PY = """
            import time
            start = time.perf_counter()
            time.sleep(0.2)
            print("nap done")
            print(f"elapsed: {time.perf_counter() - start:.2f}s")
            """;

    /** A good tree, built once: the site every failing build must leave alone. */
    @BeforeEach
    void goodSite() throws Exception {
        f = Fixture.twoLanguages(dir).withSiteFiles().withJbang();
        out = f.path("target/site");
        build();
        goodIndex = Files.readString(out.resolve("en/index.html"));
    }

    Path build() throws Exception {
        return new SiteBuilder(f.root, progress::add).build(out);
    }

    /** The build fails with exactly this one line and the old site survives. */
    String fails() throws Exception {
        var e = assertThrows(Exception.class, this::build);
        Diagnostic d = Cli.diagnose(e);
        assertTrue(d != null, "not a diagnostic but a bug: " + e);
        String m = d.getMessage();
        assertFalse(m.contains("\n"), "one line: " + m);
        assertEquals(goodIndex, Files.readString(out.resolve("en/index.html")), "old site changed");
        assertFalse(Files.isDirectory(f.path("target/site.partial")), "scratch folder left behind");
        return m;
    }

    @Test
    void anExpectationTheOutputDoesNotMeetIsNeverPublished() throws Exception {
        f.withSnippet("Nap", NAP, "nap done\nelapsed: 0.20s <= 0.55s (not 0.60s)\n", NAP_PY);
        build();
        goodIndex = Files.readString(out.resolve("en/index.html"));
        String good = f.read("snippets/Nap.expect");
        f.write("snippets/Nap.expect", good.replace("nap done", "nap over"));
        progress.clear();
        assertEquals("snippets/Nap.expect:2: output line 1 \"nap done\": expected \"nap over\"",
                fails());
        assertTrue(progress.contains("1 snippets: 2 runs reused, 0 to run"), progress.toString());
        // put back: passes again, from the stored runs, without running anything
        f.write("snippets/Nap.expect", good);
        progress.clear();
        build();
        assertTrue(progress.contains("1 snippets: 2 runs reused, 0 to run"), progress.toString());
    }

    @Test
    void aMissedTimingClaimIsNeverPublished() throws Exception {
        f.withSnippet("Nap", NAP.replace("Thread.sleep(200)", "Thread.sleep(600)"),
                "nap done\nelapsed: 0.20s <= 0.55s (not 0.60s)\n", NAP_PY);
        String m = fails();
        assertTrue(m.matches("snippets/Nap\\.expect:3: output line 2 \"elapsed: 0\\.6\\ds\":"
                + " elapsed 0\\.6\\ds is outside 0\\.15s\\.\\.0\\.55s \\(ideal 0\\.20s\\)"), m);
        assertFalse(Files.exists(f.path("target/snippet-runs/Nap.out")), "a failing run was saved");
    }

    @Test
    void aPythonTwinIsHeldToTheSameClaim() throws Exception {
        f.withSnippet("Nap", NAP, "nap done\nelapsed: 0.20s <= 0.55s (not 0.60s)\n",
                NAP_PY.replace("time.sleep(0.2)", "time.sleep(0.6)"));
        String m = fails();
        assertTrue(m.startsWith("snippets/Nap.expect:3: snippets/python/nap.py output line 2"), m);
    }

    @Test
    void aPageWithAByteThatIsNotUtf8() throws Exception {
        String page = f.read("docs/ko/01-a.adoc");
        Files.write(f.path("docs/ko/01-a.adoc"), (page + "caf").getBytes(StandardCharsets.UTF_8));
        Files.write(f.path("docs/ko/01-a.adoc"), new byte[] {(byte) 0xff, '\n'},
                java.nio.file.StandardOpenOption.APPEND);
        int line = (int) page.lines().count() + 1; // the line after the good text
        assertEquals("docs/ko/01-a.adoc:" + line + ": byte 0xFF is not UTF-8 (save the file as UTF-8)",
                fails());
    }

    @Test
    void aBlockLeftOpenInTheMiddleOfAPage() throws Exception {
        f.replace("docs/ko/01-a.adoc", "첫째.", "첫째.\n\n----\n열린 채로");
        assertEquals("docs/ko/01-a.adoc:10: unterminated listing block", fails());
    }

    @Test
    void aBrokenInclude() throws Exception {
        f.write("docs/en/index.adoc", f.read("docs/en/index.adoc")
                + "\ninclude::../../snippets/Missing.java[]\n");
        assertEquals("docs/en/index.adoc:5: include file not found: snippets/Missing.java",
                fails());
    }

    @Test
    void anOutputFolderThatCannotBeWritten() throws Exception {
        // as root no folder is read-only; a dead link where the scratch folder goes is
        Files.createSymbolicLink(f.path("target/site.partial"), Path.of("/proc/self/nowhere"));
        String m = fails();
        assertTrue(m.matches(".*target/site\\.partial: cannot read or write here: .*"), m);
    }

    @Test
    void aFullDiskNamesThePath() {
        var full = new FileSystemException("target/site.partial/ko/index.html", null,
                "No space left on device");
        assertEquals("target/site.partial/ko/index.html: cannot read or write here:"
                + " No space left on device", Cli.diagnose(full).getMessage());
    }

    @Test
    void aSnippetPrintingWithoutEndIsKilledAtTheCap() throws Exception {
        f.withSnippet("Spew", """
                public class Spew {
                    public static void main(String[] a) {
                        while (true) {
                            System.out.println("again and again and again");
                        }
                    }
                }
                """, "again and again and again\n", "print('again and again and again')\n");
        long start = System.nanoTime();
        assertEquals("snippets/Spew.java:1: printed more than 64 KiB; killed"
                + " (a page shows a few lines: print less)", fails());
        assertTrue((System.nanoTime() - start) / 1e9 < 60, "killed late");
    }

    @Test
    void aSnippetThatThrowsPointsAtItsThrowingLine() throws Exception {
        f.withSnippet("Fails", """
                public class Fails {
                    public static void main(String[] a) {
                        System.out.println("before");
                        throw new IllegalStateException("no luck");
                    }
                }
                """, "before\n", "print('before')\n");
        assertEquals("snippets/Fails.java:6: exited with code 1: Exception in thread \"main\""
                + " java.lang.IllegalStateException: no luck", fails());
    }

    @Test
    void aPythonTwinThatRaisesPointsAtItsLine() throws Exception {
        f.withSnippet("Nap", NAP, "nap done\nelapsed: 0.20s <= 0.55s (not 0.60s)\n",
                "import time\n\n\nraise RuntimeError('twin broke')\n");
        assertEquals("snippets/python/nap.py:4: exited with code 1: RuntimeError: twin broke",
                fails());
    }

    @Test
    void aSnippetThatDoesNotCompile() throws Exception {
        f.withSnippet("Broken", "public class Broken {\n  int x = ;\n}\n", "x\n", "print('x')\n");
        String m = fails();
        assertTrue(m.startsWith("snippets/Broken.java:4: does not compile: "), m);
    }

    @Test
    void aSnippetThatHangsIsKilledAtItsTimeLimit() throws Exception {
        f.withSnippet("Hangs", """
                public class Hangs {
                    public static void main(String[] a) throws Exception {
                        Thread.sleep(Long.MAX_VALUE);
                    }
                }
                """, "@timeout 3s\nnever\n", "print('never')\n");
        assertEquals("snippets/Hangs.java:1: still running after 3 s; killed (does it wait"
                + " forever? @timeout in its .expect sets the limit)", fails());
    }

    @Test
    void anExpectationWithoutItsSnippet() throws Exception {
        f.write("snippets/Orphan.expect", "@python python/x.py\nhello\n");
        assertEquals("snippets/Orphan.expect:1: there is no snippets/Orphan.java beside it"
                + " (renamed or removed?)", fails());
    }

    @Test
    void aSnippetWithoutItsExpectation() throws Exception {
        f.write("snippets/Lonely.java", NAP.replace("Nap", "Lonely"));
        assertEquals("snippets/Lonely.java:1: declares no expectation: create"
                + " snippets/Lonely.expect with the lines it must print (see README)", fails());
    }

    @Test
    void aMissingPythonTwin() throws Exception {
        f.withSnippet("Nap", NAP, "nap done\nelapsed: 0.20s <= 0.55s (not 0.60s)\n", NAP_PY);
        Files.delete(f.path("snippets/python/nap.py"));
        assertEquals("snippets/Nap.expect:1: the Python twin snippets/python/nap.py does not exist",
                fails());
    }

    @Test
    void aMalformedRange() throws Exception {
        f.withSnippet("Nap", NAP, "nap {1..x}\nelapsed: 0.20s <= 0.55s (not 0.60s)\n", NAP_PY);
        assertEquals("snippets/Nap.expect:2: malformed range {1..x}: write {LOW..HIGH} with two"
                + " numbers, e.g. {0.9..1.3}", fails());
    }

    @Test
    void anUnknownDirective() throws Exception {
        f.withSnippet("Nap", NAP, "@sometimes\nnap done\n", NAP_PY);
        assertEquals("snippets/Nap.expect:2: unknown directive @sometimes"
                + " (known: @python @priority @alone @timeout @any-order @end @variant)", fails());
    }

    @Test
    void twoSlotsForOneSnippet() throws Exception {
        f.withSnippet("Nap", NAP, "@priority\n@alone\nnap done\n", NAP_PY);
        assertEquals("snippets/Nap.expect:3: a second @priority or @alone (give only one of them)",
                fails());
    }

    @Test
    void aTimeLimitNotInSeconds() throws Exception {
        f.withSnippet("Nap", NAP, "@timeout 2m\nnap done\n", NAP_PY);
        assertEquals("snippets/Nap.expect:2: @timeout wants seconds, e.g. 30s", fails());
    }

    /** Nap with its nap in milliseconds as its argument (200 without one). */
    static final String NAP_ARG = NAP.replace("Thread.sleep(200)",
            "Thread.sleep(a.length > 0 ? Integer.parseInt(a[0]) : 200)");

    @Test
    void aTimingClaimThatNamesNoWrongAnswer() throws Exception {
        f.withSnippet("Nap", NAP, "nap done\nelapsed: 0.20s\n", NAP_PY);
        assertEquals("snippets/Nap.expect:3: name the wrong answer this claim guards against,"
                + " e.g. \"elapsed: 0.20s (not 0.60s)\": what a sequential (or not cancelling,"
                + " not limited) program prints", fails());
    }

    @Test
    void aBoundThatAdmitsTheWrongAnswer() throws Exception {
        f.withSnippet("Nap", NAP, "nap done\nelapsed: 0.20s <= 0.70s (not 0.60s)\n", NAP_PY);
        assertEquals("snippets/Nap.expect:3: the bound 0.15s..0.70s admits the wrong answer 0.60s",
                fails());
    }

    @Test
    void theDefaultBoundOfAShortIdealStaysBelowTwiceIt() throws Exception {
        // 1.5 x + 0.25 would be 0.55 s: it admitted two 0.2-second naps in turn
        f.withSnippet("Nap", NAP, "nap done\nelapsed: 0.20s (not 0.40s)\n", NAP_PY);
        build(); // 0.35 s: a quiet nap passes, and the bound takes the wrong answer's side
        f.write("snippets/Nap.expect", "@python python/nap.py\nnap done\n"
                + "elapsed: 0.20s <= 0.40s (not 0.40s)\n");
        assertEquals("snippets/Nap.expect:3: the bound 0.15s..0.40s admits the wrong answer 0.40s",
                fails());
    }

    @Test
    void aVariantRunIsCheckedShownAndCitedLikeTheMainRun() throws Exception {
        f.withSnippet("Nap", NAP_ARG, """
                nap done
                elapsed: 0.20s <= 0.55s (not 0.60s)
                @variant long: jbang snippets/Nap.java 600
                nap done
                elapsed: 0.60s (not 0.20s)
                """, NAP_PY);
        for (String lang : List.of("ko", "en")) {
            f.replace("docs/" + lang + "/01-a.adoc", "[#two]",
                    "run::Nap@long[]\n\nA long nap: run:Nap@long[elapsed].\n\n[#two]");
        }
        build();
        String page = Files.readString(out.resolve("en/01-a.html"));
        assertTrue(page.contains("jbang snippets/Nap.java 600"), "the variant's command");
        var doc = org.jsoup.Jsoup.parse(page);
        var cite = doc.selectFirst("a.run-cite");
        assertTrue(cite != null, page);
        assertTrue(cite.text().matches("0\\.6\\ds"), cite.text());
        assertEquals("#run-Nap-long", cite.attr("href"));
        assertTrue(page.contains("A long nap: " + cite.outerHtml() + "."), "no space around it");
        var output = doc.getElementById("run-Nap-long");
        assertTrue(output != null && output.text().contains(cite.text()),
                "the cited value is the one in the output block it links to");
        assertTrue(Files.readString(f.path("target/snippet-runs/Nap@long.out")).contains("nap done"));
    }

    @Test
    void aVariantThatFailsItsCheckStopsTheBuild() throws Exception {
        f.withSnippet("Nap", NAP_ARG, """
                nap done
                elapsed: 0.20s <= 0.55s (not 0.60s)
                @variant long: jbang snippets/Nap.java 600
                nap done
                elapsed: 0.20s <= 0.55s (not 0.60s)
                """, NAP_PY);
        String m = fails();
        assertTrue(m.matches("snippets/Nap\\.expect:6: variant long: output line 2 \"elapsed:"
                + " 0\\.6\\ds\": elapsed 0\\.6\\ds is outside 0\\.15s\\.\\.0\\.55s \\(ideal 0\\.20s\\)"), m);
        assertFalse(Files.exists(f.path("target/snippet-runs/Nap@long.out")), "a failing run was saved");
    }

    @Test
    void aVariantMustRunItsOwnSnippet() throws Exception {
        f.withSnippet("Nap", NAP, "nap done\nelapsed: 0.20s <= 0.55s (not 0.60s)\n"
                + "@variant other: jbang snippets/Other.java\nnap done\n", NAP_PY);
        assertEquals("snippets/Nap.expect:4: variant other: the command must run"
                + " snippets/Nap.java (as typed from the repository root)", fails());
    }

    @Test
    void aCitationOfAFieldTheRunDoesNotPrint() throws Exception {
        f.withSnippet("Nap", NAP, "nap done\nelapsed: 0.20s <= 0.55s (not 0.60s)\n", NAP_PY);
        f.replace("docs/ko/01-a.adoc", "둘째.", "둘째.\n\n[source,java,snippet=Nap]\n----\n"
                + "include::../../snippets/Nap.java[]\n----\n\n낮잠: run:Nap[slept].");
        String m = fails();
        assertTrue(m.startsWith("docs/ko/01-a.adoc:25: run:Nap[slept]: no output line of Nap has"
                + " the field 'slept' (fields: elapsed)"), m);
    }

    @Test
    void aCitationOfAnUnknownVariant() throws Exception {
        f.withSnippet("Nap", NAP, "nap done\nelapsed: 0.20s <= 0.55s (not 0.60s)\n", NAP_PY);
        f.replace("docs/en/01-a.adoc", "Second.", "Second, run:Nap@long[elapsed].");
        assertEquals("docs/en/01-a.adoc:19: run:Nap@long[elapsed]: Nap has no variant long"
                + " (its .expect declares none)", fails());
    }

    @Test
    void aMeasurementTypedIntoProse() throws Exception {
        f.replace("docs/ko/01-a.adoc", "둘째.", "둘째는 350–450 MB를 쓴다.");
        assertEquals("docs/ko/01-a.adoc:18: \"350–450 MB\" is a measurement that no run produced:"
                + " cite the capture (run:Snippet[field]), or mark a figure that is no measurement"
                + " [.not-measured]#...#", fails());
    }

    @Test
    void figuresThatAreInputsMarkedOrQuotedPass() throws Exception {
        f.withSnippet("Nap", NAP, "nap done\nelapsed: 0.20s <= 0.55s (not 0.60s)\n", NAP_PY);
        f.replace("docs/ko/01-a.adoc", "둘째.", """
                둘째: 200ms 낮잠(0.2초), `3.5 s` 코드, ``4.5 s``는 코드, [.not-measured]#2018#년 12 MB 기록 없음.

                [source,java,snippet=Nap]
                ----
                include::../../snippets/Nap.java[]
                ----

                [.original]
                ____
                원문은 3.7초라고 한다.
                ____
                """.replace("12 MB", "[.not-measured]#12 MB#"));
        build();
    }
}
