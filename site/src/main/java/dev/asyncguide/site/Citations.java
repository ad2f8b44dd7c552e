package dev.asyncguide.site;

import dev.asyncguide.snippet.CaptureStore.Capture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a citation {@code run:Name[field,options]} stands for, read off a
 * captured run. A run's output line is a list of fields, {@code key: value}
 * separated by ", " ({@code tasks: 100000, done: 100000}; a timing line's
 * key is its label with "elapsed": {@code sequential elapsed}). Options:
 * <ul>
 * <li>{@code line=N}: the whole N-th output line instead of a field;
 * <li>{@code n=K}: only the K-th number of the value ({@code 7391} of
 *     {@code 7391 of 10000000});
 * <li>{@code round=D}: numbers with D decimals.
 * </ul>
 * Integers of four digits or more are grouped with commas ({@code 1,308}),
 * in every language, as the prose writes them.
 */
final class Citations {

    /** A citation: which run ({@code Name}, {@code Name.python},
     *  {@code Name@variant}) and what of it. */
    record Ref(String key, String field, Map<String, String> options, String text) {}

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Set<String> OPTIONS = Set.of("line", "n", "round");

    private Citations() {}

    /** {@code Scale@small[elapsed,round=1]}, as the macro's phrase holds it. */
    static Ref parse(String text) {
        int open = text.indexOf('[');
        if (open < 0 || !text.endsWith("]")) {
            throw new IllegalArgumentException("a citation reads run:Name[field]");
        }
        String key = text.substring(0, open);
        String field = "";
        Map<String, String> options = new LinkedHashMap<>();
        for (String part : text.substring(open + 1, text.length() - 1).split(",")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq > 0 && OPTIONS.contains(p.substring(0, eq).strip())) {
                options.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
            } else if (eq > 0) {
                throw new IllegalArgumentException("unknown option " + p.substring(0, eq)
                        + " (known: line, n, round)");
            } else if (field.isEmpty()) {
                field = p;
            } else {
                throw new IllegalArgumentException("two fields, " + field + " and " + p
                        + ": cite one value at a time");
            }
        }
        if (field.isEmpty() == !options.containsKey("line")) {
            throw new IllegalArgumentException("name a field (run:" + key
                    + "[elapsed]) or a whole line (run:" + key + "[line=2]), one of them");
        }
        return new Ref(key, field, options, text);
    }

    /** The value the citation shows; what is missing, as an exception. */
    static String value(Capture run, Ref ref) {
        String value;
        if (ref.options().containsKey("line")) {
            int n = positive(ref.options().get("line"), "line");
            if (n > run.stdout().size()) {
                throw new IllegalArgumentException("line=" + n + ": the run printed "
                        + run.stdout().size() + " lines");
            }
            value = run.stdout().get(n - 1);
        } else {
            Map<String, String> fields = fields(run.stdout());
            value = fields.get(ref.field());
            if (value == null) {
                throw new IllegalArgumentException("no output line of " + ref.key()
                        + " has the field '" + ref.field() + "' (fields: "
                        + String.join(", ", fields.keySet()) + ")");
            }
        }
        if (ref.options().containsKey("n")) {
            int k = positive(ref.options().get("n"), "n");
            List<String> numbers = new ArrayList<>();
            Matcher m = NUMBER.matcher(value);
            while (m.find()) {
                numbers.add(m.group());
            }
            if (k > numbers.size()) {
                throw new IllegalArgumentException("n=" + k + ": \"" + value + "\" holds "
                        + numbers.size() + " numbers");
            }
            value = numbers.get(k - 1);
        }
        Integer decimals = ref.options().containsKey("round")
                ? Integer.valueOf(positiveOrZero(ref.options().get("round"))) : null;
        return formatNumbers(value, decimals);
    }

    /** Every {@code key: value} field of the output, the first of a key kept. */
    static Map<String, String> fields(List<String> lines) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : lines) {
            for (String part : line.split(", ")) {
                int colon = part.indexOf(": ");
                if (colon > 0) {
                    fields.putIfAbsent(part.substring(0, colon), part.substring(colon + 2));
                }
            }
        }
        return fields;
    }

    /** Rounds (when asked) and groups the thousands of every number. */
    static String formatNumbers(String value, Integer decimals) {
        Matcher m = NUMBER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = m.group();
            String shown;
            if (decimals != null) {
                shown = String.format(Locale.ROOT, "%,." + decimals + "f", Double.parseDouble(n));
            } else if (n.contains(".")) {
                shown = n;
            } else {
                shown = String.format(Locale.ROOT, "%,d", Long.parseLong(n));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int positive(String v, String option) {
        int n = positiveOrZero(v);
        if (n < 1) {
            throw new IllegalArgumentException(option + "=" + v + ": counts from 1");
        }
        return n;
    }

    private static int positiveOrZero(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + v + "\" is not a number");
        }
    }
}
