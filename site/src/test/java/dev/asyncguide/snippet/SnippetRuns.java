package dev.asyncguide.snippet;

import dev.asyncguide.snippet.CaptureStage.Outcome;
import java.nio.file.Path;
import java.util.Map;

/**
 * Every real snippet and twin, run afresh through the capture stage once
 * per test run, whichever test asks first: the suite's snippet checks and
 * the built site share these runs (passing ones are saved, so the site
 * build reuses them and runs nothing twice).
 */
public final class SnippetRuns {

    private static Map<String, Outcome> outcomes;

    private SnippetRuns() {}

    public static synchronized Map<String, Outcome> once() throws Exception {
        if (outcomes == null) {
            outcomes = new CaptureStage(Path.of(""), m -> System.out.println("[snippets] " + m))
                    .captureAll(true);
        }
        return outcomes;
    }
}
