package dev.asyncguide.snippet;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One timing line of a snippet's output, as fixed by the design:
 * {@code elapsed: 1.00s} or {@code sequential elapsed: 3.01s}.
 */
public record Timing(String label, double seconds) {

    public static final Pattern LINE =
            Pattern.compile("^(?:(.+) )?elapsed: (\\d+\\.\\d{2})s$");

    /** The label of a line with no label, e.g. plain {@code elapsed: 1.00s}. */
    public static final String NO_LABEL = "";

    public static Optional<Timing> parse(String line) {
        var m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = m.group(1) == null ? NO_LABEL : m.group(1);
        return Optional.of(new Timing(label, Double.parseDouble(m.group(2))));
    }

    /** How the label reads in a message: "elapsed" or "sequential elapsed". */
    public static String describe(String label) {
        return label.isEmpty() ? "elapsed" : label + " elapsed";
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2fs", s);
    }
}
