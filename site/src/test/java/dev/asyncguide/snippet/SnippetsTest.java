package dev.asyncguide.snippet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.snippet.Expectation.Side;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every snippets/*.java and its Python twin, run afresh through the real
 * ./jbang and python3 by the capture stage, against its .expect. One test
 * per snippet; a new file is picked up as it is.
 */
class SnippetsTest {

    @TestFactory
    Stream<DynamicTest> everySnippetAndTwinPrintWhatTheyDeclare() throws Exception {
        List<Snippet> all = Snippet.all(Path.of(""));
        assertFalse(all.isEmpty(), "no snippets found");
        Map<String, CaptureStage.Outcome> outcomes = SnippetRuns.once();
        var python = DynamicTest.dynamicTest("python3 runs the Python twins", () -> assertTrue(
                outcomes.values().stream().allMatch(o -> o.python().isPresent()
                        || !o.passed()), "python3 is missing: ./build.sh test installs it"));
        return Stream.concat(Stream.of(python), all.stream().map(s -> DynamicTest.dynamicTest(
                s.fileName(), s.source().toUri(), () -> {
                    var o = outcomes.get(s.name());
                    if (!o.passed()) {
                        fail(s.fileName() + " does not do what its page says:\n  "
                                + String.join("\n  ", o.problems().stream()
                                        .map(Diagnostic::getMessage).toList())
                                + printed(o, Side.JAVA) + printed(o, Side.PYTHON));
                    }
                })));
    }

    private static String printed(CaptureStage.Outcome o, Side side) {
        var lines = o.printed().get(side);
        return lines == null ? "" : "\n" + side.name().toLowerCase() + " printed:\n  "
                + String.join("\n  ", lines);
    }
}
