package dev.asyncguide.snippet;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.snippet.Expectation.Expected;
import dev.asyncguide.snippet.Expectation.Group;
import dev.asyncguide.snippet.Expectation.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a program's output with its expectation and says, line by line,
 * what does not fit, at the {@code .expect} line that says otherwise. An
 * empty list means the output proves what the page claims.
 */
public final class OutputCheck {

    private OutputCheck() {}

    /** What in {@code output} breaks the lines the expectation declares
     *  for {@code side}; messages about the Python twin name it. */
    public static List<Diagnostic> mismatches(Expectation exp, Side side, List<String> output) {
        return check(exp, side, output,
                side == Side.PYTHON ? Diagnostic.shown(exp.python()) + " " : "", true);
    }

    /** As above, each message starting with {@code who} (which run it is). */
    public static List<Diagnostic> mismatches(Expectation exp, Side side, List<String> output,
                                              String who) {
        return check(exp, side, output, who, true);
    }

    /** Whether {@code output} fails on timings alone: every line is there
     *  and right but for a time out of its bounds (a loaded machine can do
     *  that; a wrong program's text is wrong too, or it fails every time). */
    public static boolean timingsOnly(Expectation exp, Side side, List<String> output) {
        return !check(exp, side, output, "", true).isEmpty()
                && check(exp, side, output, "", false).isEmpty();
    }

    private static List<Diagnostic> check(Expectation exp, Side side, List<String> output,
                                          String who, boolean times) {
        Expectation mine = exp.forSide(side);
        List<Diagnostic> problems = new ArrayList<>();
        int at = 0;
        for (Group group : mine.groups()) {
            int size = group.lines().size();
            List<String> slice = output.subList(Math.min(at, output.size()),
                    Math.min(at + size, output.size()));
            if (group.anyOrder()) {
                checkAnyOrder(exp, who, group, slice, at, problems, times);
            } else {
                for (int i = 0; i < slice.size(); i++) {
                    Expected e = group.lines().get(i);
                    String actual = slice.get(i);
                    int outLine = at + i + 1;
                    fit(e, actual, times).ifPresent(why -> problems.add(Diagnostic.at(exp.shown(),
                            e.sourceLine(), who + "output line " + outLine + " \"" + actual
                                    + "\": " + why)));
                }
            }
            for (int i = slice.size(); i < size; i++) {
                Expected e = group.lines().get(i);
                problems.add(Diagnostic.at(exp.shown(), e.sourceLine(),
                        who + "missing output line " + (at + i + 1)));
            }
            at += size;
        }
        int last = mine.allLines().isEmpty() ? 1 : mine.allLines().getLast().sourceLine();
        for (int i = at; i < output.size(); i++) {
            problems.add(Diagnostic.at(exp.shown(), last, who + "unexpected output line "
                    + (i + 1) + " \"" + output.get(i) + "\" after the last expected line"));
        }
        return problems;
    }

    /** Lines of an @any-order block: each output line takes the first
     *  expected line it fits that no earlier line took. */
    private static void checkAnyOrder(Expectation exp, String who, Group group,
                                      List<String> slice, int at, List<Diagnostic> problems,
                                      boolean times) {
        List<Expected> open = new ArrayList<>(group.lines());
        for (int i = 0; i < slice.size(); i++) {
            String actual = slice.get(i);
            Optional<Expected> fit = open.stream()
                    .filter(e -> fit(e, actual, times).isEmpty())
                    .findFirst();
            if (fit.isPresent()) {
                open.remove(fit.get());
            } else {
                problems.add(Diagnostic.at(exp.shown(), group.lines().getFirst().sourceLine(),
                        who + "output line " + (at + i + 1) + " \"" + actual
                                + "\" fits no line of the @any-order block"));
            }
        }
    }

    /** Why {@code actual} does not fit {@code e}; with {@code times} false
     *  a timing line with the right label fits whatever its seconds. */
    private static Optional<String> fit(Expected e, String actual, boolean times) {
        if (!times && e instanceof Expectation.TimingClaim t
                && Timing.parse(actual).filter(m -> m.label().equals(t.label())).isPresent()) {
            return Optional.empty();
        }
        if (!times && e instanceof Expectation.Literal l && !l.ranges().isEmpty()
                && l.pattern().matcher(actual).matches()) {
            // a measured number ({1.20..1000}x, a speed-up) out of its range:
            // as load-bound as a time, and a wrong program misses it every time
            return Optional.empty();
        }
        return e.mismatch(actual);
    }
}
