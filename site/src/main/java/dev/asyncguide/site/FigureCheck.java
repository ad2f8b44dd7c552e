package dev.asyncguide.site;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.DocTree;
import dev.asyncguide.core.PageOutline.CodeBlock;
import dev.asyncguide.snippet.Expectation;
import dev.asyncguide.snippet.Snippet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;

/**
 * No measurement typed by hand: the prose of every page (paragraphs, list
 * items, table cells, titles; not code, not a quotation of the original
 * tutorial) may state a time, a memory size, a rate or a ratio only as
 * <ul>
 * <li>a citation of a captured run ({@code run:Scale[elapsed]}),
 * <li>an input the page's own snippets fix: a number found in the source
 *     or the {@code .expect} of a snippet (or twin) the page runs, in the
 *     same unit or in milli-, micro- or nanoseconds (a sleep of 0.5 s is
 *     {@code ofMillis(500)}),
 * <li>or a figure marked as no measurement of ours,
 *     {@code [.not-measured]#3.12#} (a version, a date, a quoted figure
 *     with its source).
 * </ul>
 * Anything else is an error at its line.
 */
final class FigureCheck {

    /** The marker's role, for a figure that is no measurement of ours. */
    static final String NOT_MEASURED = "not-measured";

    private static final String NUM = "\\d+(?:[.,]\\d+)*";
    /** Longest first, so "ms" is not read as "s". */
    private static final String UNITS = "밀리초|마이크로초|나노초|초|분|시간|퍼센트|배"
            + "|ms|µs|us|ns|seconds?|secs?|minutes?|hours?|s"
            + "|KiB|MiB|GiB|KB|kB|MB|GB|bytes|%|×|x";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\w.])(" + NUM + ")(?:\\s*[–~-]\\s*(" + NUM + "))?\\s?(" + UNITS + ")"
            + "(?![A-Za-z])");
    /** What is not prose inside a line: code, citations, marked figures, links. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "``[^`]*``|`[^`]*`|\\+\\+\\+.*?\\+\\+\\+|\\+[^+\\s][^+]*\\+|run:[^\\s\\[]+\\[[^\\]]*]"
            + "|\\[\\." + NOT_MEASURED + "]#[^#]*#|https?://\\S+|xref:[^\\[]+\\[|<<[^>]*>>"
            + "|\\{[\\w-]+}");
    private static final Pattern LITERAL = Pattern.compile("\\d+(?:_\\d+)*(?:\\.\\d+)?");

    private final Path root;
    private final Map<String, Set<Double>> inputsBySnippet = new HashMap<>();

    FigureCheck(Path root) {
        this.root = root;
    }

    /** Checks one page; the first typed measurement is thrown. */
    void check(DocTree.Page page) throws IOException {
        List<Diagnostic> found = problems(page);
        if (!found.isEmpty()) {
            throw found.getFirst();
        }
    }

    /** Every typed measurement of a page, in page order. */
    List<Diagnostic> problems(DocTree.Page page) throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        Set<Double> inputs = new HashSet<>();
        for (CodeBlock b : page.outline().codeBlocks()) {
            inputs.addAll(inputs(SnippetBlocks.snippetOf(b.name())));
        }
        List<String> lines = page.outline().lines();
        List<Fragment> prose = new ArrayList<>();
        walk(page.doc(), lines, prose);
        for (Fragment f : prose) {
            String text = NOT_PROSE.matcher(f.text() == null ? "" : f.text()).replaceAll(" ");
            Matcher m = FIGURE.matcher(text);
            while (m.find()) {
                String unit = m.group(3);
                boolean given = given(m.group(1), unit, inputs)
                        && (m.group(2) == null || given(m.group(2), unit, inputs));
                if (!given) {
                    problems.add(Diagnostic.at(page.outline().file(),
                            lineOf(lines, f.line(), m.group()),
                            "\"" + m.group().strip() + "\" is a measurement that no run"
                                    + " produced: cite the capture (run:Snippet[field]), or mark"
                                    + " a figure that is no measurement [.not-measured]#...#"));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(Diagnostic::line));
        return problems;
    }

    /** {@code ./build.sh figures}: every typed measurement of every page. */
    public static void main(String[] args) {
        dev.asyncguide.core.Cli.main(() -> {
            Path root = Path.of("").toAbsolutePath();
            FigureCheck check = new FigureCheck(root);
            int n = 0;
            try (var adoc = new dev.asyncguide.core.Asciidoc(root)) {
                for (DocTree.Page page : DocTree.read(root, adoc, m -> { }).pages()) {
                    for (Diagnostic d : check.problems(page)) {
                        System.out.println(d.getMessage());
                        n++;
                    }
                }
            }
            System.err.println(n + " typed measurements");
            return n == 0 ? 0 : 1;
        });
    }

    /** Whether a figure is one the page's snippets fix themselves. */
    private static boolean given(String number, String unit, Set<Double> inputs) {
        double v;
        try {
            v = Double.parseDouble(number.replace(",", ""));
        } catch (NumberFormatException e) {
            return false;
        }
        double seconds = switch (unit) {
            case "ms", "밀리초" -> v / 1e3;
            case "µs", "us", "마이크로초" -> v / 1e6;
            case "ns", "나노초" -> v / 1e9;
            case "분", "minute", "minutes" -> v * 60;
            case "시간", "hour", "hours" -> v * 3600;
            default -> v;
        };
        for (double in : inputs) {
            if (same(in, v) || same(in, seconds) || same(in, seconds * 1e3)
                    || same(in, seconds * 1e6) || same(in, seconds * 1e9)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }

    /** Every number in a snippet's source, its twin and its .expect. */
    private Set<Double> inputs(String name) throws IOException {
        Set<Double> known = inputsBySnippet.get(name);
        if (known != null) {
            return known;
        }
        Set<Double> found = new HashSet<>();
        Snippet s = Snippet.named(name);
        List<Path> files = new ArrayList<>(List.of(s.source(), s.expectFile()));
        if (Files.isRegularFile(root.resolve(s.expectFile()))) {
            Expectation exp = s.expectation(root);
            files.add(exp.python());
        }
        for (Path f : files) {
            Path file = root.resolve(f);
            if (Files.isRegularFile(file)) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(Double.parseDouble(m.group().replace("_", "")));
                }
            }
        }
        inputsBySnippet.put(name, found);
        return found;
    }

    /** A piece of prose and the page line it starts on. */
    private record Fragment(int line, String text) {}

    private static void walk(StructuralNode node, List<String> lines, List<Fragment> out) {
        if (node.hasRole("original") || node.hasRole("glossary")) {
            return; // the original tutorial's own words, quoted; the glossary's
                    // entries, made from docs/glossary.tsv (section titles in links)
        }
        int at = node.getSourceLocation() == null ? 1 : node.getSourceLocation().getLineNumber();
        switch (node) {
            case Section s ->
                    out.add(new Fragment(at, at <= lines.size() ? lines.get(at - 1) : ""));
            case Table t -> {
                for (List<Row> rows : List.of(t.getHeader(), t.getBody(), t.getFooter())) {
                    for (Row r : rows) {
                        for (Cell c : r.getCells()) {
                            out.add(new Fragment(at, c.getSource()));
                        }
                    }
                }
                return;
            }
            case DescriptionList d -> {
                for (DescriptionListEntry e : d.getItems()) {
                    for (ListItem term : e.getTerms()) {
                        out.add(new Fragment(at, term.getSource()));
                    }
                    if (e.getDescription() != null) {
                        walk(e.getDescription(), lines, out);
                    }
                }
                return;
            }
            case ListItem li -> out.add(new Fragment(at, li.getSource()));
            case Block b when List.of("listing", "literal", "pass", "stem")
                    .contains(b.getContext()) -> {
                return;
            }
            case Block b -> out.add(new Fragment(at, String.join("\n", b.getLines())));
            default -> { }
        }
        if (node.getTitle() != null && !(node instanceof Section)) {
            out.add(new Fragment(Math.max(1, at - 1), node.getTitle()));
        }
        for (StructuralNode child : node.getBlocks()) {
            walk(child, lines, out);
        }
    }

    /** The first page line from {@code from} on that holds the figure. */
    private static int lineOf(List<String> lines, int from, String figure) {
        String f = figure.strip();
        for (int i = Math.max(0, from - 1); i < lines.size(); i++) {
            if (lines.get(i).contains(f)) {
                return i + 1;
            }
        }
        return from;
    }
}
