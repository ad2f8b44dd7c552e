package dev.asyncguide.snippet;

import dev.asyncguide.core.Cli;
import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.ProcessRunner.Result;
import dev.asyncguide.core.SourceText;
import dev.asyncguide.snippet.Expectation.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Wrong versions of the snippets, each of which its {@code .expect} must
 * reject: proof that a timing claim is asserted, not only printed. They
 * live in {@code snippets/mutants/Name.mutants}:
 *
 * <pre>
 * # why this version is wrong
 * &#64;mutant sequential
 * &#64;timeout 40s     (optional) kill it sooner than the snippet's limit
 * - a line of snippets/Name.java, exactly (leading and trailing blanks aside)
 * + the line that replaces it (none, one or more "+" lines)
 * </pre>
 *
 * A mutant is run like the snippet (a scratch copy through the real
 * {@code ./jbang}) and checked against the snippet's main expectation. It
 * must print something the expectation refuses; a mutant that does not
 * run at all (a compile error, an exception) proves nothing and is an error
 * of the mutant, as is a {@code -} line the snippet no longer has. Every
 * snippet with a timing claim needs at least one mutant.
 */
public final class Mutants {

    public static final String FOLDER = "snippets/mutants";

    /** One wrong version: its name, where it is declared, and its edits. */
    public record Mutant(Snippet snippet, String name, Path file, int line, List<Edit> edits,
                         Optional<Duration> timeout) {
        String describe() {
            return snippet.name() + " " + name;
        }
    }

    /** Replace the line equal to {@code from} with the {@code to} lines. */
    public record Edit(int line, String from, List<String> to) {}

    /** What became of a mutant: rejected by the check (killed), or not. */
    public record Verdict(Mutant mutant, boolean killed, String why) {}

    private Mutants() {}

    /** Every mutant of every snippet; a timing snippet without one is an error. */
    public static List<Mutant> all(Path root) throws IOException {
        return of(root, List.of());
    }

    /** The mutants of the named snippets (all when none is named). */
    public static List<Mutant> of(Path root, List<String> names) throws IOException {
        List<Mutant> all = new ArrayList<>();
        for (Snippet s : Snippet.all(root)) {
            if (!names.isEmpty() && !names.contains(s.name())) {
                continue;
            }
            Path file = Path.of(FOLDER, s.name() + ".mutants");
            if (Files.isRegularFile(root.resolve(file))) {
                all.addAll(read(root, s, file));
            } else if (!s.expectation(root).timings().isEmpty()) {
                throw Diagnostic.at(s.expectFile(), s.expectation(root).timings().getFirst()
                        .sourceLine(), "a timing claim that no wrong version is checked"
                        + " against: add " + file + " (see " + FOLDER + "/README.md)");
            }
        }
        Path dir = root.resolve(FOLDER);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".mutants")).toList()) {
                    String name = f.getFileName().toString().replace(".mutants", "");
                    if (!Files.isRegularFile(root.resolve(Snippet.named(name).source()))) {
                        throw Diagnostic.at(Path.of(FOLDER, f.getFileName().toString()), 1,
                                "there is no snippets/" + name + ".java to mutate");
                    }
                }
            }
        }
        return all;
    }

    static List<Mutant> read(Path root, Snippet s, Path file) throws IOException {
        String shown = Diagnostic.shown(file);
        List<String> text = SourceText.read(root.resolve(file), shown).lines().toList();
        List<String> source = Files.readAllLines(root.resolve(s.source()));
        List<Mutant> mutants = new ArrayList<>();
        String name = null;
        int at = 0;
        List<Edit> edits = new ArrayList<>();
        Optional<Duration> timeout = Optional.empty();
        for (int i = 0; i <= text.size(); i++) {
            String line = i < text.size() ? text.get(i) : "@mutant";
            int n = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@mutant")) {
                if (name != null) {
                    if (edits.isEmpty()) {
                        throw Diagnostic.at(shown, at, "mutant " + name + " changes nothing");
                    }
                    mutants.add(new Mutant(s, name, file, at, List.copyOf(edits), timeout));
                }
                if (i == text.size()) {
                    break;
                }
                name = line.substring("@mutant".length()).strip();
                if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    throw Diagnostic.at(shown, n, "a mutant's name: lower case words"
                            + " joined by '-', e.g. @mutant sequential");
                }
                at = n;
                edits = new ArrayList<>();
                timeout = Optional.empty();
            } else if (name == null) {
                throw Diagnostic.at(shown, n, "start with @mutant NAME");
            } else if (line.startsWith("@timeout")) {
                // a wrong program that could run for many minutes, killed
                // once it is surely past its claim's bound
                var limit = Expectation.seconds(line.substring("@timeout".length()).strip());
                if (limit.isEmpty() || !edits.isEmpty() || timeout.isPresent()) {
                    throw Diagnostic.at(shown, n, "@timeout wants seconds (e.g. 40s),"
                            + " once, right after its @mutant line");
                }
                timeout = limit;
            } else if (line.startsWith("- ")) {
                String from = line.substring(2).strip();
                if (source.stream().noneMatch(l -> l.strip().equals(from))) {
                    throw Diagnostic.at(shown, n, "snippets/" + s.fileName()
                            + " has no line \"" + from + "\" (changed since?)");
                }
                edits.add(new Edit(n, from, new ArrayList<>()));
            } else if (line.startsWith("+")) {
                if (edits.isEmpty()) {
                    throw Diagnostic.at(shown, n, "a + line follows the - line it replaces");
                }
                edits.getLast().to().add(line.length() > 1 ? line.substring(2) : "");
            } else {
                throw Diagnostic.at(shown, n, "a line starts with @mutant, @timeout, - or +");
            }
        }
        if (mutants.isEmpty()) {
            throw Diagnostic.at(shown, 1, "declares no @mutant");
        }
        return mutants;
    }

    /** The mutant's source: the snippet with its edits made. */
    static List<String> apply(Path root, Mutant m) throws IOException {
        List<String> out = new ArrayList<>(Files.readAllLines(root.resolve(m.snippet().source())));
        for (Edit e : m.edits()) {
            int i = 0;
            while (!out.get(i).strip().equals(e.from())) {
                i++;
            }
            String indent = out.get(i).substring(0, out.get(i).indexOf(e.from()));
            out.remove(i);
            for (String to : e.to().reversed()) {
                out.add(i, to.isBlank() ? to : indent + to.strip());
            }
        }
        return out;
    }

    /** Runs one mutant from a scratch folder and checks it like the snippet. */
    static Verdict run(Path root, SnippetRunner runner, Mutant m) throws Exception {
        Path dir = Files.createTempDirectory("mutant-");
        try {
            Path copy = dir.resolve(m.snippet().fileName());
            Files.write(copy, apply(root, m));
            Expectation exp = m.snippet().expectation(root);
            Duration limit = m.timeout().orElse(exp.timeout());
            Result r = runner.runFresh(copy, limit);
            if (r.timedOut()) {
                return new Verdict(m, true, "still running after " + limit.toSeconds()
                        + " s, " + (m.timeout().isPresent() ? "the mutant's @timeout"
                        : "the snippet's time limit") + "; killed");
            }
            if (!r.ok()) {
                return new Verdict(m, false, "the mutant does not run: "
                        + SnippetRunner.runFailure(copy, r, limit).what());
            }
            List<Diagnostic> wrong = OutputCheck.mismatches(exp, Side.JAVA, r.stdout());
            return wrong.isEmpty()
                    ? new Verdict(m, false, "passes " + Diagnostic.shown(m.snippet().expectFile())
                            + ": " + String.join(" | ", r.stdout()))
                    : new Verdict(m, true, wrong.getFirst().getMessage());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** {@code ./build.sh mutants [NAME...]}: every mutant must be killed. */
    public static void main(String[] args) {
        Cli.main(() -> {
            Path root = Path.of("").toAbsolutePath();
            List<Mutant> all = of(root, List.of(args));
            SnippetRunner runner = new SnippetRunner(root);
            List<Future<Verdict>> verdicts = new ArrayList<>();
            // two at a time: each is a JVM of its own, and a slow machine only
            // makes a wrong (slower) program fail the harder
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                for (Mutant m : all) {
                    verdicts.add(pool.submit(() -> run(root, runner, m)));
                }
            }
            int survived = 0;
            for (Future<Verdict> f : verdicts) {
                Verdict v = f.get();
                if (v.killed()) {
                    System.out.println("killed   " + v.mutant().describe() + ": " + v.why());
                } else {
                    survived++;
                    System.out.println(Diagnostic.at(v.mutant().file(), v.mutant().line(),
                            "mutant " + v.mutant().name() + " survived: " + v.why())
                            .getMessage());
                }
            }
            System.out.println(all.size() - survived + " killed, " + survived + " survived");
            return survived == 0 ? 0 : 1;
        });
    }
}
