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
 * elapsed: 1.00s             a timing: ideal seconds (and "&lt;= 1.60s")
 * java| closed: true         a line only the Java snippet prints
 * python| closed: True       a line only the Python twin prints
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
        Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /**
     * How the capture stage schedules the snippet and its twin. Most run
     * side by side at a lower CPU priority, so that they hardly delay a
     * {@code PRIORITY} run (tenths-of-a-second claims that six JVMs
     * starting beside it at the same priority would stretch); {@code ALONE}
     * ones keep the cores busy themselves and run with nothing else.
     */
    public enum Slot { SIDE_BY_SIDE, PRIORITY, ALONE }

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

    /** A timing claim: measured must lie in [ideal - 0.05 s, upper]. */
    public record TimingClaim(int sourceLine, Optional<Side> only, String label,
                              double ideal, double upper) implements Expected {
        /** Sleeps and timers only ever run late, never early. */
        public static final double EARLY_SLACK = 0.05;

        /** Default upper bound: survives a loaded 2-core machine, and
         *  stays below twice the ideal, where a sequential run lands. */
        public static double defaultUpper(double ideal) {
            return 1.5 * ideal + 0.25;
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
        return new Expectation(file, shown, List.copyOf(kept), python, slot, timeout);
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
            "^((?:.+ )?elapsed: )(\\d+\\.\\d{2})s(?: <= (\\d+\\.\\d{2})s)?$");

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
                    case "@timeout" -> {
                        if (!arg.matches("\\d+s")) {
                            throw bad(shown, n, "@timeout wants seconds, e.g. 30s");
                        }
                        timeout = Duration.ofSeconds(Long.parseLong(
                                arg.substring(0, arg.length() - 1)));
                    }
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
                    default -> throw bad(shown, n, "unknown directive " + parts[0]
                            + " (known: @python @priority @alone @timeout @any-order @end)");
                }
                continue;
            }
            current.add(parseLine(shown, n, line));
        }
        if (inAnyOrder) {
            throw bad(shown, text.size(), "@any-order is never closed by @end");
        }
        if (!current.isEmpty()) {
            groups.add(new Group(List.copyOf(current), false));
        }
        if (groups.isEmpty()) {
            throw bad(shown, 1, "declares no expected output line");
        }
        if (python == null) {
            throw bad(shown, 1, "names no Python twin: add @python python/name.py"
                    + " (the asyncio program this snippet mirrors)");
        }
        return new Expectation(file, shown, List.copyOf(groups), python, slot, timeout);
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
            return new TimingClaim(n, only, label, ideal, upper);
        }
        if (line.contains("elapsed: ")) {
            throw bad(shown, n, "a timing line reads \"[label ]elapsed: 1.00s\""
                    + " optionally followed by \" <= 1.60s\"");
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

    private static Diagnostic bad(String file, int line, String msg) {
        return Diagnostic.at(file, line, msg);
    }
}
