package dev.asyncguide.snippet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code ./build.sh snippet Gather}: runs one snippet (and its Python
 *  twin) the way the suite does and says what does not fit. */
public final class CheckSnippet {

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path source = root.resolve("snippets").resolve(args[0] + ".java");
        if (!source.toFile().isFile()) {
            System.err.println("error: snippets/" + args[0] + ".java does not exist");
            System.exit(2);
        }
        Snippet s = Snippet.of(root.relativize(source));
        var batch = new SnippetBatch(new SnippetRunner(root),
                m -> System.err.println("[snippet] " + m), true);
        var outcome = batch.runAll(List.of(s)).get(s.name());
        outcome.run().ifPresent(r -> r.stdout().forEach(System.out::println));
        List<String> problems = problems(outcome);
        problems.forEach(p -> System.err.println("error: " + p));
        System.err.println(problems.isEmpty() ? "[snippet] " + s.fileName()
                + " prints what " + s.expectFile() + " declares" : "");
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    /** Everything wrong with one outcome, one line each. */
    public static List<String> problems(SnippetBatch.Outcome o) {
        List<String> problems = new ArrayList<>();
        o.problem().ifPresent(problems::add);
        if (o.run().isPresent() && o.expectation().isPresent() && o.problem().isEmpty()) {
            problems.addAll(OutputCheck.mismatches(o.expectation().get(),
                    Expectation.Side.JAVA, o.run().get().stdout()));
        }
        o.python().ifPresent(py -> {
            Expectation exp = o.expectation().orElseThrow();
            Path twin = o.snippet().pythonFile(exp).orElseThrow();
            if (!py.ok()) {
                problems.add(SnippetRunner.failure(twin, py, exp.timeout()));
            } else {
                problems.addAll(OutputCheck.mismatches(exp, Expectation.Side.PYTHON, py.stdout()));
            }
        });
        return problems;
    }
}
