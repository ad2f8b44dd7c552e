package dev.asyncguide.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker that decides whether a snippet proves its page's claim. */
class OutputCheckTest {

    @TempDir
    Path dir;

    /** snippets/Demo.expect with these lines, and its twin python/gather.py. */
    Expectation expect(String... lines) throws IOException {
        Files.createDirectories(dir.resolve("snippets/python"));
        Files.writeString(dir.resolve("snippets/python/gather.py"), "print('hi')\n");
        List<String> text = new java.util.ArrayList<>(List.of(lines));
        if (text.stream().noneMatch(l -> l.startsWith("@python"))) {
            text.add("@python python/gather.py");
        }
        Files.write(dir.resolve("snippets/Demo.expect"), text);
        return Expectation.read(dir, Path.of("snippets/Demo.expect"));
    }

    /** The Java side's mismatches, as the one-line messages a reader sees. */
    static List<String> check(Expectation exp, List<String> output) {
        return messages(OutputCheck.mismatches(exp, Expectation.Side.JAVA, output));
    }

    static List<String> messages(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::getMessage).toList();
    }

    @Test
    void sequentialRunDeclaredConcurrentFails() throws IOException {
        var exp = expect("# three 1-second waits at once", "elapsed: 1.00s (not 3.00s)");
        var problems = check(exp, List.of("elapsed: 3.01s"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.getFirst().contains("Demo.expect:2:"), problems.getFirst());
        assertTrue(problems.getFirst().contains("elapsed 3.01s is outside 0.95s..1.75s"),
                problems.getFirst());
    }

    /** Only a run whose text is right and a time out of bounds is run
     *  again alone; a wrong text, a missing or a wrongly labelled timing is
     *  a wrong program. */
    @Test
    void aRunThatFailsOnTimingAloneIsToldApart() throws IOException {
        var exp = expect("sum: 6", "job elapsed: 0.00s (not 0.80s)",
                "elapsed: 1.00s (not 3.00s)");
        var java = Expectation.Side.JAVA;
        assertTrue(OutputCheck.timingsOnly(exp, java,
                List.of("sum: 6", "job elapsed: 0.26s", "elapsed: 1.00s")));
        assertTrue(OutputCheck.timingsOnly(exp, java,
                List.of("sum: 6", "job elapsed: 0.00s", "elapsed: 3.01s")));
        assertTrue(!OutputCheck.timingsOnly(exp, java,
                List.of("sum: 6", "job elapsed: 0.00s", "elapsed: 1.00s")), "it passes");
        for (var wrong : List.of(List.of("sum: 7", "job elapsed: 0.26s", "elapsed: 1.00s"),
                List.of("sum: 6", "elapsed: 0.26s", "elapsed: 1.00s"),
                List.of("sum: 6", "job elapsed: 0.26s"))) {
            assertTrue(!OutputCheck.timingsOnly(exp, java, wrong), wrong.toString());
        }
        // a measured ratio out of its range is load-bound too; other text is not
        var ratio = expect("speed-up: {1.20..1000}x", "same: true");
        assertTrue(OutputCheck.timingsOnly(ratio, java, List.of("speed-up: 1.11x", "same: true")));
        assertTrue(!OutputCheck.timingsOnly(ratio, java, List.of("speed-up: 1.11x", "same: no")));
    }

    @Test
    void concurrentRunPasses() throws IOException {
        var exp = expect("elapsed: 1.00s (not 3.00s)");
        assertEquals(List.of(), check(exp, List.of("elapsed: 1.00s")));
        assertEquals(List.of(), check(exp, List.of("elapsed: 1.31s")));
    }

    @Test
    void tooFastIsAsWrongAsTooSlow() throws IOException {
        var exp = expect("elapsed: 3.00s (not 1.00s)");
        var problems = check(exp, List.of("elapsed: 1.02s"));
        assertEquals(1, problems.size());
    }

    @Test
    void defaultUpperBoundSeparatesConcurrentFromSequential() {
        // a concurrent ideal at most half the sequential one must be told apart
        double concurrentUpper = Expectation.TimingClaim.defaultUpper(1.0);
        assertTrue(concurrentUpper < 2.0, "upper " + concurrentUpper);
        assertTrue(concurrentUpper >= 1.5, "too tight for a loaded machine");
        for (double ideal : new double[] {0.1, 0.2, 0.3, 0.5, 0.8, 2.0}) {
            // 1.5 x + 0.25 reached 2 x at 0.5 s: two short waits in turn passed
            assertTrue(Expectation.TimingClaim.defaultUpper(ideal) < 2 * ideal, "at " + ideal);
        }
    }

    @Test
    void aClaimNamesTheWrongAnswerAndItsBoundExcludesIt() throws IOException {
        var exp = expect("elapsed: 1.00s (not 3.00s, 0.00s)");
        assertEquals(List.of(3.0, 0.0), exp.timings().getFirst().wrong());
        var none = assertThrows(Diagnostic.class, () -> expect("elapsed: 1.00s"));
        assertTrue(none.getMessage().contains("name the wrong answer"), none.getMessage());
        var admitted = assertThrows(Diagnostic.class,
                () -> expect("elapsed: 0.50s <= 1.20s (not 1.00s)"));
        assertTrue(admitted.getMessage().endsWith("the bound 0.45s..1.20s admits the wrong"
                + " answer 1.00s"), admitted.getMessage());
        var early = assertThrows(Diagnostic.class, () -> expect("elapsed: 1.00s (not 0.97s)"));
        assertTrue(early.getMessage().contains("admits the wrong answer 0.97s"), early.getMessage());
    }

    @Test
    void variantsKeepTheirOwnLines() throws IOException {
        Files.createDirectories(dir.resolve("snippets"));
        Files.writeString(dir.resolve("snippets/Demo.java"), "class Demo {}\n");
        var exp = expect("@python python/gather.py", "main line", "@variant slow: jbang -Dx=1 snippets/Demo.java 5",
                "slow line", "@variant fast: python3 snippets/python/gather.py", "fast line");
        assertEquals(1, exp.allLines().size());
        var slow = exp.variant("slow").orElseThrow();
        assertEquals(List.of("-Dx=1"), slow.options());
        assertEquals(List.of("5"), slow.args());
        assertEquals(Expectation.Side.PYTHON, exp.variant("fast").orElseThrow().side());
        assertEquals(List.of(), messages(OutputCheck.mismatches(slow.expectation(exp),
                Expectation.Side.JAVA, List.of("slow line"))));
        var late = assertThrows(Diagnostic.class, () -> expect("@python python/gather.py", "a",
                "@variant v: jbang snippets/Demo.java", "b", "@timeout 5s"));
        assertTrue(late.getMessage().endsWith("@timeout belongs before the first @variant"),
                late.getMessage());
    }

    @Test
    void labelledTimingsAreMatchedByLabel() throws IOException {
        var exp = expect("sequential elapsed: 3.00s (not 1.00s)",
                "concurrent elapsed: 1.00s (not 3.00s)");
        assertEquals(List.of(), check(exp,
                List.of("sequential elapsed: 3.02s", "concurrent elapsed: 1.01s")));
        var swapped = check(exp,
                List.of("concurrent elapsed: 1.01s", "sequential elapsed: 3.02s"));
        assertEquals(2, swapped.size(), swapped.toString());
    }

    @Test
    void explicitUpperBound() throws IOException {
        var exp = expect("elapsed: 1.00s <= 1.20s (not 3.00s)");
        assertEquals(1, check(exp, List.of("elapsed: 1.25s")).size());
    }

    @Test
    void unparsableOutputFailsReadably() throws IOException {
        var exp = expect("results: [0, 0, 0, 0]", "elapsed: 1.00s (not 4.00s)");
        var problems = check(exp, List.of("Exception in thread main", "took 1 s"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("output line 1 \"Exception in thread main\""));
        assertTrue(problems.get(0).contains("expected \"results: [0, 0, 0, 0]\""));
        assertTrue(problems.get(1).contains("expected a timing line \"elapsed: N.NNs\""),
                problems.get(1));
    }

    @Test
    void missingAndExtraLinesAreReported() throws IOException {
        var exp = expect("a", "b");
        assertTrue(check(exp, List.of("a")).getFirst()
                .contains("missing output line 2"));
        assertTrue(check(exp, List.of("a", "b", "c")).getFirst()
                .contains("unexpected output line 3 \"c\""));
    }

    @Test
    void rangesAndPatterns() throws IOException {
        var exp = expect("item 1 at {0.45..0.90}s", "~ Thread\\[#\\d+\\]");
        assertEquals(List.of(), check(exp, List.of("item 1 at 0.51s", "Thread[#21]")));
        var out = check(exp, List.of("item 1 at 1.51s", "Thread[main]"));
        assertEquals(2, out.size(), out.toString());
        assertTrue(out.get(0).contains("outside 0.45..0.9"), out.get(0));
    }

    @Test
    void anyOrderBlock() throws IOException {
        var exp = expect("start", "@any-order", "task a", "task b", "@end", "done");
        assertEquals(List.of(), check(exp, List.of("start", "task b", "task a", "done")));
        assertEquals(1, check(exp, List.of("start", "task b", "task b", "done")).size());
    }

    @Test
    void pythonTwinIsHeldToEverySharedLine() throws IOException {
        var exp = expect("@python python/gather.py", "java| results: [0, 0]",
                "python| [0, 0]", "ratio: {0.40..1.50}x",
                "elapsed: 1.00s (not 2.00s)");
        var py = Expectation.Side.PYTHON;
        assertEquals(List.of(), messages(OutputCheck.mismatches(exp, py,
                List.of("[0, 0]", "ratio: 1.02x", "elapsed: 1.01s"))));
        // a ratio the Java snippet would fail on fails the twin too
        var ratio = messages(OutputCheck.mismatches(exp, py,
                List.of("[0, 0]", "ratio: 1.73x", "elapsed: 1.01s")));
        assertEquals(1, ratio.size(), ratio.toString());
        assertTrue(ratio.getFirst().contains("snippets/Demo.expect:4: snippets/python/gather.py output line 2"),
                ratio.getFirst());
        assertEquals(1, OutputCheck.mismatches(exp, py,
                List.of("[0, 0]", "ratio: 1.00x", "elapsed: 2.01s")).size());
        // Java's own lines do not apply to the twin, and the reverse
        assertEquals(List.of(), check(exp,
                List.of("results: [0, 0]", "ratio: 1.00x", "elapsed: 1.00s")));
        assertTrue(messages(OutputCheck.mismatches(exp, py, List.of("done"))).getFirst()
                .contains("snippets/Demo.expect:3: snippets/python/gather.py output line 1 \"done\""));
    }

    @Test
    void malformedRangeIsAnErrorAtItsLine() {
        var e = assertThrows(Diagnostic.class, () -> expect("ok", "n = {1..x}"));
        assertTrue(e.getMessage().endsWith("Demo.expect:2: malformed range {1..x}:"
                + " write {LOW..HIGH} with two numbers, e.g. {0.9..1.3}"), e.getMessage());
    }

    @Test
    void brokenExpectationsNameFileAndLine() throws IOException {
        var e = assertThrows(Diagnostic.class,
                () -> expect("# nothing but comments"));
        assertTrue(e.getMessage().endsWith("Demo.expect:1: declares no expected output line"),
                e.getMessage());
        e = assertThrows(Diagnostic.class, () -> expect("ok", "elapsed: 1s"));
        assertTrue(e.getMessage().contains("Demo.expect:2:"), e.getMessage());
        e = assertThrows(Diagnostic.class, () -> expect("ok", "@sometimes"));
        assertTrue(e.getMessage().contains("Demo.expect:2: unknown directive"), e.getMessage());
    }

    @Test
    void snippetWithoutExpectationIsAnError() throws IOException {
        Files.createDirectories(dir.resolve("snippets"));
        Files.writeString(dir.resolve("snippets/Lonely.java"), "class Lonely {}");
        var e = assertThrows(Diagnostic.class, () -> Snippet.all(dir));
        assertTrue(e.getMessage().startsWith("snippets/Lonely.java:1: declares no expectation"),
                e.getMessage());
    }

    @Test
    void expectationWithoutSnippetIsAnError() throws IOException {
        expect("ok");
        var e = assertThrows(Diagnostic.class, () -> Snippet.all(dir));
        assertEquals("snippets/Demo.expect:1: there is no snippets/Demo.java beside it"
                + " (renamed or removed?)", e.getMessage());
    }

    @Test
    void aMissingPythonTwinIsAnErrorAtItsLine() throws IOException {
        var e = assertThrows(Diagnostic.class, () -> expect("# demo", "@python python/nope.py", "ok"));
        assertEquals("snippets/Demo.expect:2: the Python twin snippets/python/nope.py does not exist",
                e.getMessage());
    }
}
