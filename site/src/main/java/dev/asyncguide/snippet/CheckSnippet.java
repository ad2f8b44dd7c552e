package dev.asyncguide.snippet;

import dev.asyncguide.core.Cli;
import dev.asyncguide.core.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code ./build.sh snippet Gather}: runs one snippet and its Python twin
 *  afresh, through the same capture stage as the build and the suite,
 *  and says what does not fit its {@code .expect}. A passing run is saved
 *  and the next build shows it. */
public final class CheckSnippet {

    private CheckSnippet() {}

    public static void main(String[] args) {
        Cli.main(() -> {
            if (args.length != 1) {
                throw Diagnostic.usage("./build.sh snippet NAME (a file snippets/NAME.java)");
            }
            Path root = Path.of("").toAbsolutePath();
            Snippet s = Snippet.named(args[0]);
            if (!Files.isRegularFile(root.resolve(s.source()))) {
                throw Diagnostic.usage("./build.sh snippet NAME: there is no "
                        + Diagnostic.shown(s.source()));
            }
            var stage = new CaptureStage(root, m -> System.err.println("[snippet] " + m));
            var outcome = stage.capture(List.of(s), true).get(s.name());
            var printed = outcome.printed();
            printed.getOrDefault(Expectation.Side.JAVA, List.of()).forEach(System.out::println);
            if (printed.containsKey(Expectation.Side.PYTHON)) {
                System.out.println("--- python3 " + outcome.expectation()
                        .map(e -> Diagnostic.shown(e.python())).orElse(""));
                printed.get(Expectation.Side.PYTHON).forEach(System.out::println);
            }
            outcome.variants().forEach((name, run) -> {
                System.out.println("--- " + run.command());
                run.stdout().forEach(System.out::println);
            });
            outcome.problems().forEach(p -> System.err.println("error: " + p.getMessage()));
            if (outcome.passed()) {
                System.err.println("[snippet] " + s.fileName() + " and its Python twin print what "
                        + Diagnostic.shown(s.expectFile()) + " declares");
            }
            return outcome.passed() ? 0 : 1;
        });
    }
}
