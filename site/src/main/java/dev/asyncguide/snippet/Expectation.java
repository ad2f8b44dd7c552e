package dev.asyncguide.snippet;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a snippet must print, read from {@code snippets/<Name>.expect}.
 *
 * <pre>
 * # comment
 * &#64;python python/gather.py   the Python twin, relative to snippets/ (required)
 * &#64;priority                   its claims are tenths of a second: run it one at
 *                            a time, ahead of the side-by-side runs, which
 *                            yield the CPU to it
 * &#64;alone                      it keeps the cores busy: run it with nothing
 *                            else alongside
 * &#64;timeout 30s                kill the run after this long
 * &#64;any-order ... &#64;end           lines in between may come in any order
 * results: [0, 0, 0, 0]      a plain line, matched exactly; {A..B}
 *                            inside it matches a number in [A, B]
 * ~ regex                    a regular expression for the whole line
 * elapsed: 1.00s (not 4.00s) a timing: ideal seconds (optionally "&lt;= 1.60s"),
 *                            and the wrong answer it guards against: the time
 *                            a wrong program (sequential, not cancelling, not
 *                            limited) prints; a bound that admits it is an error
 * java| closed: true         a line only the Java snippet prints
 * python| closed: True       a line only the Python twin prints
 * &#64;variant one-carrier: jbang -Djdk.virtualThreadScheduler.parallelism=1 snippets/Demo.java
 *                            a variant run: the command a reader types (jbang or
 *                            python3, options, the snippet or its twin, arguments);
 *                            the lines after it, up to the next &#64;variant, are
 *                            what that run must print
 * </pre>
 *
 * Every other line is a claim both programs must keep: the Python twin is
 * checked against the same lines (timings, ranges, counts) as the snippet.
 */
public record Expectation(
        Path file,
        String shown,
        List<Group> groups,
        Path python,
        Slot slot,
        Duration timeout,
        List<Variant> variants) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /**
     * How the capture stage schedules the snippet and its twin. Most run
     * side by side at a lower CPU priority, so that they hardly delay a
     * {@code PRIORITY} run (tenths-of-a-second claims that six JVMs
     * starting beside it at the same priority would stretch); {@code ALONE}
     * ones keep the cores busy themselves and run with nothing else.
     */
    public enum Slot { SIDE_BY_SIDE, PRIORITY, ALONE }

    /**
     * A variant run of the snippet or of its twin, as a reader types it
     * ({@code command}, from the repository root): {@code options} go before
     * the file (JBang's or Python's), {@code args} after it, to the program.
     */
    public record Variant(String name, int sourceLine, Side side, String command,
                          List<String> options, Path file, List<String> args,
                          List<Group> groups) {
        /** The variant as an expectation of its own, checked like a main run. */
        public Expectation expectation(Expectation of) {
            return new Expectation(of.file(), of.shown(), groups, of.python(), of.slot(),
                    of.timeout(), List.of());
        }
    }

    public Optional<Variant> variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** A run of expected lines; unordered groups may match in any order. */
    public record Group(List<Expected> lines, boolean anyOrder) {}

    /** Which program a line is expected from. */
    public enum Side {
        JAVA("java| "), PYTHON("python| ");

        final String prefix;

        Side(String prefix) {
            this.prefix = prefix;
        }
    }

    /** One expected output line. */
    public sealed interface Expected {
        int sourceLine();

        /** The one program this line is for, or empty for both. */
        Optional<Side> only();

        /** Why {@code actual} does not fit, or empty when it does. */
        Optional<String> mismatch(String actual);
    }

    /** A literal line, where {A..B} stands for a number in a range. */
    public record Literal(int sourceLine, Optional<Side> only, String text,
                          Pattern pattern, List<double[]> ranges) implements Expected {
        public Optional<String> mismatch(String actual) {
            Matcher m = pattern.matcher(actual);
            if (!m.matches()) {
                return Optional.of("expected \"" + text + "\"");
            }
            for (int i = 0; i < ranges.size(); i++) {
                double v = Double.parseDouble(m.group(i + 1));
                double[] r = ranges.get(i);
                if (v < r[0] || v > r[1]) {
                    return Optional.of("number " + m.group(i + 1)
                            + " is outside " + r[0] + ".." + r[1]
                            + " in \"" + text + "\"");
                }
            }
            return Optional.empty();
        }
    }

    /** A line matched by a regular expression. */
    public record Regex(int sourceLine, Optional<Side> only, Pattern pattern)
            implements Expected {
        public Optional<String> mismatch(String actual) {
            return pattern.matcher(actual).matches()
                    ? Optional.empty()
                    : Optional.of("expected a line matching /" + pattern + "/");
        }
    }

    /** A timing claim: measured must lie in [ideal - 0.05 s, upper], and
     *  so never reach {@code wrong}, what a wrong program prints. */
    public record TimingClaim(int sourceLine, Optional<Side> only, String label,
                              double ideal, double upper, List<Double> wrong)
            implements Expected {
        /** Sleeps and timers only ever run late, never early. */
        public static final double EARLY_SLACK = 0.05;

        /** Default upper bound: survives a loaded 2-core machine, and
         *  stays below twice the ideal, where two waits run in turn land,
         *  short ideals included (1.5 x + 0.25 alone reaches 2 x at 0.5 s). */
        public static double defaultUpper(double ideal) {
            // at once (0 s) has no "twice": a quarter of a second of start-up
            return ideal == 0 ? 0.25 : Math.min(1.5 * ideal + 0.25, 1.75 * ideal);
        }

        /** Whether the claim's bounds take {@code seconds} for a pass. */
        public boolean admits(double seconds) {
            return seconds >= ideal - EARLY_SLACK && seconds <= upper;
        }

        public Optional<String> mismatch(String actual) {
            var t = Timing.parse(actual);
            if (t.isEmpty() || !t.get().label().equals(label)) {
                return Optional.of("expected a timing line \""
                        + Timing.describe(label) + ": N.NNs\"");
            }
            return check(t.get().seconds());
        }

        public Optional<String> check(double measured) {
            if (measured < ideal - EARLY_SLACK || measured > upper) {
                return Optional.of(Timing.describe(label) + " "
                        + Timing.seconds(measured) + " is outside "
                        + Timing.seconds(ideal - EARLY_SLACK) + ".."
                        + Timing.seconds(upper) + " (ideal "
                        + Timing.seconds(ideal) + ")");
            }
            return Optional.empty();
        }
    }

    public List<Expected> allLines() {
        return groups.stream().flatMap(g -> g.lines().stream()).toList();
    }

    /** The expectation as it applies to one program: its own lines and
     *  the shared ones. */
    public Expectation forSide(Side side) {
        List<Group> kept = new ArrayList<>();
        for (Group g : groups) {
            List<Expected> lines = g.lines().stream()
                    .filter(e -> e.only().isEmpty() || e.only().get() == side)
                    .toList();
            if (!lines.isEmpty()) {
                kept.add(new Group(lines, g.anyOrder()));
            }
        }
        return new Expectation(file, shown, List.copyOf(kept), python, slot, timeout,
                variants);
    }

    public List<TimingClaim> timings() {
        return allLines().stream()
                .filter(TimingClaim.class::isInstance)
                .map(TimingClaim.class::cast)
                .toList();
    }

    private static final Pattern RANGE =
            Pattern.compile("\\{(-?\\d+(?:\\.\\d+)?)\\.\\.(-?\\d+(?:\\.\\d+)?)}");
    /** Looks like a range but is not one, e.g. {1..x} or {..2}. */
    private static final Pattern BROKEN_RANGE = Pattern.compile("\\{[^{}]*\\.\\.[^{}]*}");
    private static final Pattern TIMING_CLAIM = Pattern.compile(
            "^((?:.+ )?elapsed: )(\\d+\\.\\d{2})s(?: <= (\\d+\\.\\d{2})s)?"
            + "(?: \\(not ([^)]*)\\))?$");
    private static final Pattern WRONG_ANSWER = Pattern.compile("\\d+\\.\\d{2}s");
    private static final Pattern VARIANT_NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Reads an expectation file ({@code rel} from the repository root);
     *  a mistake in it is a {@link Diagnostic} at its line. */
    public static Expectation read(Path root, Path rel) throws IOException {
        Path file = root.resolve(rel);
        String shown = Diagnostic.shown(rel);
        List<String> text = SourceText.read(file, shown).lines().toList();
        List<Group> groups = new ArrayList<>();
        List<Expected> current = new ArrayList<>();
        boolean inAnyOrder = false;
        Path python = null;
        Slot slot = Slot.SIDE_BY_SIDE;
        Duration timeout = DEFAULT_TIMEOUT;
        List<Variant> variants = new ArrayList<>();
        Variant open = null; // the variant whose lines are being read
        List<Group> main = null; // the main run's lines, once a variant starts
        for (int i = 0; i < text.size(); i++) {
            int n = i + 1;
            String line = text.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("@")) {
                String[] parts = trimmed.split("\\s+", 2);
                String arg = parts.length > 1 ? parts[1] : "";
                if (open != null && !List.of("@variant", "@any-order", "@end")
                        .contains(parts[0].replaceFirst(":$", ""))) {
                    throw bad(shown, n, parts[0] + " belongs before the first @variant");
                }
                switch (parts[0]) {
                    case "@python" -> {
                        if (arg.isEmpty()) {
                            throw bad(shown, n, "@python needs a path");
                        }
                        Path twin = rel.resolveSibling(arg).normalize();
                        if (!Files.isRegularFile(root.resolve(twin))) {
                            throw bad(shown, n, "the Python twin " + Diagnostic.shown(twin)
                                    + " does not exist");
                        }
                        python = twin;
                    }
                    case "@priority", "@alone" -> {
                        if (slot != Slot.SIDE_BY_SIDE) {
                            throw bad(shown, n, "a second @priority or @alone"
                                    + " (give only one of them)");
                        }
                        slot = parts[0].equals("@alone") ? Slot.ALONE : Slot.PRIORITY;
                    }
                    case "@timeout" -> timeout = seconds(arg).orElseThrow(
                            () -> bad(shown, n, "@timeout wants seconds, e.g. 30s"));
                    case "@any-order" -> {
                        if (inAnyOrder) {
                            throw bad(shown, n, "@any-order inside @any-order");
                        }
                        if (!current.isEmpty()) {
                            groups.add(new Group(List.copyOf(current), false));
                        }
                        current.clear();
                        inAnyOrder = true;
                    }
                    case "@end" -> {
                        if (!inAnyOrder) {
                            throw bad(shown, n, "@end without @any-order");
                        }
                        groups.add(new Group(List.copyOf(current), true));
                        current.clear();
                        inAnyOrder = false;
                    }
                    case "@variant" -> {
                        if (inAnyOrder) {
                            throw bad(shown, n, "@any-order is never closed by @end");
                        }
                        if (!current.isEmpty()) {
                            groups.add(new Group(List.copyOf(current), false));
                        }
                        current.clear();
                        if (open != null) {
                            variants.add(close(shown, open, groups));
                        } else {
                            main = mainGroups(shown, groups, python);
                        }
                        open = variant(root, rel, shown, n, arg, python, variants);
                        groups = new ArrayList<>();
                    }
                    default -> throw bad(shown, n, "unknown directive " + parts[0]
                            + " (known: @python @priority @alone @timeout @any-order @end"
                            + " @variant)");
                }
                continue;
            }
            Expected e = parseLine(shown, n, line);
            if (open != null && e.only().isPresent()) {
                throw bad(shown, n, "a variant runs one program: its lines take no "
                        + e.only().get().prefix.strip() + " prefix");
            }
            current.add(e);
        }
        if (inAnyOrder) {
            throw bad(shown, text.size(), "@any-order is never closed by @end");
        }
        if (!current.isEmpty()) {
            groups.add(new Group(List.copyOf(current), false));
        }
        if (open != null) {
            variants.add(close(shown, open, groups));
        } else {
            main = mainGroups(shown, groups, python);
        }
        return new Expectation(file, shown, main, python, slot, timeout,
                List.copyOf(variants));
    }

    /** The main run's lines, complete: there are some, and a twin. */
    private static List<Group> mainGroups(String shown, List<Group> groups, Path python) {
        if (groups.isEmpty()) {
            throw bad(shown, 1, "declares no expected output line");
        }
        if (python == null) {
            throw bad(shown, 1, "names no Python twin: add @python python/name.py"
                    + " (the asyncio program this snippet mirrors)");
        }
        return List.copyOf(groups);
    }

    private static Variant close(String shown, Variant v, List<Group> groups) {
        if (groups.isEmpty()) {
            throw bad(shown, v.sourceLine(), "variant " + v.name()
                    + " declares no expected output line");
        }
        return new Variant(v.name(), v.sourceLine(), v.side(), v.command(), v.options(),
                v.file(), v.args(), List.copyOf(groups));
    }

    /**
     * {@code @variant NAME: jbang [options] snippets/Name.java [args]}, or
     * {@code python3 [options] snippets/python/name.py [args]}: the command
     * must run this very snippet or its twin, as a reader types it.
     */
    private static Variant variant(Path root, Path rel, String shown, int n, String arg,
                                   Path python, List<Variant> earlier) {
        int colon = arg.indexOf(':');
        if (colon < 0) {
            throw bad(shown, n, "a variant reads \"@variant NAME: jbang [options] "
                    + javaOf(rel) + " [args]\" (or python3 ... the twin)");
        }
        String name = arg.substring(0, colon).strip();
        if (!VARIANT_NAME.matcher(name).matches()) {
            throw bad(shown, n, "variant name \"" + name
                    + "\": lower case words joined by '-', e.g. one-carrier");
        }
        if (earlier.stream().anyMatch(v -> v.name().equals(name))) {
            throw bad(shown, n, "a second variant named " + name);
        }
        String command = arg.substring(colon + 1).strip();
        List<String> words = List.of(command.split("\\s+"));
        Side side = switch (words.getFirst()) {
            case "jbang" -> Side.JAVA;
            case "python3" -> Side.PYTHON;
            default -> throw bad(shown, n, "variant " + name
                    + ": the command starts with jbang or python3, not " + words.getFirst());
        };
        Path target = side == Side.JAVA ? javaOf(rel) : python;
        if (target == null) {
            throw bad(shown, n, "variant " + name + ": @python must come before it");
        }
        int at = words.indexOf(Diagnostic.shown(target));
        if (at < 0) {
            throw bad(shown, n, "variant " + name + ": the command must run "
                    + Diagnostic.shown(target) + " (as typed from the repository root)");
        }
        for (String w : words) {
            if (!w.matches("[\\w@%+=:,./-]+")) {
                throw bad(shown, n, "variant " + name + ": \"" + w
                        + "\" needs quoting in a shell; use plain words");
            }
        }
        if (!Files.isRegularFile(root.resolve(target))) {
            throw bad(shown, n, "variant " + name + ": there is no " + Diagnostic.shown(target));
        }
        return new Variant(name, n, side, command, words.subList(1, at), target,
                words.subList(at + 1, words.size()), List.of());
    }

    private static Path javaOf(Path expect) {
        String f = expect.getFileName().toString();
        return expect.resolveSibling(f.substring(0, f.length() - ".expect".length()) + ".java");
    }

    private static Expected parseLine(String shown, int n, String line) {
        Optional<Side> only = Optional.empty();
        for (Side side : Side.values()) {
            if (line.startsWith(side.prefix)) {
                only = Optional.of(side);
                line = line.substring(side.prefix.length());
            }
        }
        if (line.startsWith("~ ")) {
            try {
                return new Regex(n, only, Pattern.compile(line.substring(2)));
            } catch (PatternSyntaxException e) {
                throw bad(shown, n, "bad regular expression: " + e.getDescription());
            }
        }
        Matcher t = TIMING_CLAIM.matcher(line);
        if (t.matches()) {
            String prefix = t.group(1);
            String label = prefix.equals("elapsed: ") ? Timing.NO_LABEL
                    : prefix.substring(0, prefix.length() - " elapsed: ".length());
            double ideal = Double.parseDouble(t.group(2));
            double upper = t.group(3) != null ? Double.parseDouble(t.group(3))
                    : TimingClaim.defaultUpper(ideal);
            if (upper <= ideal) {
                throw bad(shown, n, "upper bound must be above the ideal");
            }
            if (t.group(4) == null) {
                throw bad(shown, n, "name the wrong answer this claim guards against,"
                        + " e.g. \"" + line.strip() + " (not " + Timing.seconds(ideal * 3)
                        + ")\": what a sequential (or not cancelling, not limited)"
                        + " program prints");
            }
            List<Double> wrong = new ArrayList<>();
            for (String w : t.group(4).split(",")) {
                if (!WRONG_ANSWER.matcher(w.strip()).matches()) {
                    throw bad(shown, n, "a wrong answer reads like 4.00s, not \""
                            + w.strip() + "\"");
                }
                wrong.add(Double.parseDouble(w.strip().replace("s", "")));
            }
            var claim = new TimingClaim(n, only, label, ideal, upper, List.copyOf(wrong));
            for (double w : wrong) {
                if (claim.admits(w)) {
                    throw bad(shown, n, "the bound " + Timing.seconds(ideal - TimingClaim.EARLY_SLACK)
                            + ".." + Timing.seconds(upper) + " admits the wrong answer "
                            + Timing.seconds(w));
                }
            }
            return claim;
        }
        if (line.contains("elapsed: ")) {
            throw bad(shown, n, "a timing line reads \"[label ]elapsed: 1.00s\""
                    + " optionally followed by \" <= 1.60s\" and then \" (not 3.00s)\"");
        }
        StringBuilder regex = new StringBuilder();
        List<double[]> ranges = new ArrayList<>();
        Matcher r = RANGE.matcher(line);
        int last = 0;
        while (r.find()) {
            regex.append(Pattern.quote(line.substring(last, r.start())));
            regex.append("(-?\\d+(?:\\.\\d+)?)");
            double lo = Double.parseDouble(r.group(1));
            double hi = Double.parseDouble(r.group(2));
            if (lo > hi) {
                throw bad(shown, n, "empty range " + r.group());
            }
            ranges.add(new double[] {lo, hi});
            last = r.end();
        }
        regex.append(Pattern.quote(line.substring(last)));
        Matcher broken = BROKEN_RANGE.matcher(RANGE.matcher(line).replaceAll(""));
        if (broken.find()) {
            throw bad(shown, n, "malformed range " + broken.group()
                    + ": write {LOW..HIGH} with two numbers, e.g. {0.9..1.3}");
        }
        return new Literal(n, only, line, Pattern.compile(regex.toString()), ranges);
    }

    /** A time limit written as whole seconds, {@code 30s}; empty if it is not. */
    static Optional<Duration> seconds(String text) {
        return text.matches("\\d{1,6}s")
                ? Optional.of(Duration.ofSeconds(Long.parseLong(text.substring(0,
                        text.length() - 1))))
                : Optional.empty();
    }

    private static Diagnostic bad(String file, int line, String msg) {
        return Diagnostic.at(file, line, msg);
    }
}
