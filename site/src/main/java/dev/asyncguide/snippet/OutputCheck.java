package dev.asyncguide.snippet;

import dev.asyncguide.snippet.Expectation.Expected;
import dev.asyncguide.snippet.Expectation.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a snippet's output with its expectation and says, line by line,
 * what does not fit. An empty list means the output is as declared.
 */
public final class OutputCheck {

    private OutputCheck() {}

    /** What in {@code output} breaks the lines the expectation declares
     *  for {@code side}; messages about the Python twin name it. */
    public static List<String> mismatches(Expectation exp, Expectation.Side side,
                                          List<String> output) {
        String who = side == Expectation.Side.PYTHON
                ? exp.python().map(p -> p + " ").orElse("python ") : "";
        List<String> problems = new ArrayList<>();
        for (String p : mismatches(exp.forSide(side), output)) {
            int cut = p.indexOf(": ") + 2;
            problems.add(p.substring(0, cut) + who + p.substring(cut));
        }
        return problems;
    }

    static List<String> mismatches(Expectation exp, List<String> output) {
        List<String> problems = new ArrayList<>();
        int at = 0;
        for (Group group : exp.groups()) {
            int size = group.lines().size();
            List<String> slice = output.subList(
                    Math.min(at, output.size()),
                    Math.min(at + size, output.size()));
            if (group.anyOrder()) {
                checkAnyOrder(exp, group, slice, at, problems);
            } else {
                for (int i = 0; i < slice.size(); i++) {
                    Expected e = group.lines().get(i);
                    String actual = slice.get(i);
                    int outLine = at + i + 1;
                    e.mismatch(actual).ifPresent(why -> problems.add(
                            where(exp, e) + "output line " + outLine + " \""
                                    + actual + "\": " + why));
                }
            }
            for (int i = slice.size(); i < size; i++) {
                Expected e = group.lines().get(i);
                problems.add(where(exp, e) + "missing output line " + (at + i + 1));
            }
            at += size;
        }
        for (int i = at; i < output.size(); i++) {
            problems.add(exp.file() + ": unexpected output line " + (i + 1)
                    + " \"" + output.get(i) + "\"");
        }
        return problems;
    }

    /** Lines of an @any-order block: each output line takes the first
     *  expected line it fits that no earlier line took. */
    private static void checkAnyOrder(Expectation exp, Group group,
                                      List<String> slice, int at,
                                      List<String> problems) {
        List<Expected> open = new ArrayList<>(group.lines());
        for (int i = 0; i < slice.size(); i++) {
            String actual = slice.get(i);
            Optional<Expected> fit = open.stream()
                    .filter(e -> e.mismatch(actual).isEmpty())
                    .findFirst();
            if (fit.isPresent()) {
                open.remove(fit.get());
            } else {
                problems.add(exp.file() + ":" + group.lines().getFirst().sourceLine()
                        + ": output line " + (at + i + 1) + " \"" + actual
                        + "\" fits no line of the @any-order block");
            }
        }
    }

    private static String where(Expectation exp, Expected e) {
        return exp.file() + ":" + e.sourceLine() + ": ";
    }

}
