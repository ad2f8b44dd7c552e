package dev.asyncguide.snippet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

/**
 * Every snippets/*.java, run through the real ./jbang, against its
 * snippets/*.expect (and its Python twin's timings, where python3 is
 * installed). One test per snippet; a new file is picked up as it is.
 */
@Order(1) // first, so the site checks after it reuse these captured runs
class SnippetsTest {

    static final Path SNIPPETS = Path.of("snippets");

    @TestFactory
    Stream<DynamicTest> everySnippetPrintsWhatItDeclares() throws Exception {
        List<Snippet> all = Snippet.all(SNIPPETS);
        assertFalse(all.isEmpty(), "no snippets found in " + SNIPPETS.toAbsolutePath());
        var pythonVersion = SnippetRunner.pythonVersion();
        boolean python = pythonVersion.isPresent();
        var batch = new SnippetBatch(new SnippetRunner(Path.of("").toAbsolutePath()),
                m -> System.out.println("[snippets] " + m), python);
        Map<String, SnippetBatch.Outcome> outcomes = batch.runAll(all);
        var captures = new Captures(Path.of("target/snippet-runs"));
        var pythonNote = DynamicTest.dynamicTest("python3 runs the Python originals", () -> {
            // CI installs python3 (.ci/run); elsewhere its absence is shown, not hidden
            if (System.getenv("CI") != null) {
                assertTrue(python, "python3 is missing on CI");
            }
            assumeTrue(python, "python3 not found: the Python originals were not run");
        });
        return Stream.concat(Stream.of(pythonNote), all.stream().map(s -> DynamicTest.dynamicTest(s.fileName(), s.source().toUri(), () -> {
            var outcome = outcomes.get(s.name());
            List<String> problems = CheckSnippet.problems(outcome);
            if (!problems.isEmpty()) {
                String printed = outcome.run().map(r -> String.join("\n  ", r.stdout())).orElse("");
                fail(s.fileName() + " does not do what its page says:\n  "
                        + String.join("\n  ", problems)
                        + (printed.isEmpty() ? "" : "\nit printed:\n  " + printed));
            }
            // what passed is what the pages show (the site build reuses it)
            captures.save(s.name(), s.source(), Captures.currentJdk(),
                    outcome.run().orElseThrow().stdout());
            if (outcome.python().isPresent()) {
                captures.save(Captures.pythonKey(s.name()),
                        s.pythonFile(outcome.expectation().orElseThrow()).orElseThrow(),
                        pythonVersion.orElseThrow(), outcome.python().get().stdout());
            }
        })));
    }
}
