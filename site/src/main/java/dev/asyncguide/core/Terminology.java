package dev.asyncguide.core;

import dev.asyncguide.core.DocTree.Page;
import dev.asyncguide.core.Glossary.Entry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;

/**
 * The terminology check: a form the glossary lists as one to avoid, in a
 * page's prose, stops the build at its line
 * ({@code docs/ko/16-blocking-code.adoc:58: 심장 박동: write 하트비트 (glossary: heartbeat)}).
 *
 * <p>Prose is found from Asciidoctor's own parse (with its source map):
 * section titles, block titles, paragraphs, list items and table cells.
 * Code and literal blocks, passthroughs, comments, and quotations of the
 * original tutorial ({@code [.original]} blocks, which keep its words as
 * they were) are not prose; neither is inline code nor a link's target.
 *
 * <p>A Korean form matches as a whole word: not inside a longer word
 * before it, and followed by nothing Hangul or only by particles
 * ({@code 박동이}, {@code 일꾼들은}), so {@code 기계} does not match
 * {@code 기계어}. A space in a form matches any spacing ({@code 심장박동}).
 * A Latin form matches as a whole word, in any case; glossed in
 * parentheses after the preferred term ({@code 퓨처(future)}) it is allowed.
 */
public final class Terminology {

    /** One form to avoid in one language, and what to write instead. */
    public record Rule(String form, Pattern pattern, String preferred, String id) {}

    private static final String PARTICLE = "(?:들)?(?:은|는|이|가|을|를|의|에|에서|에게|께|와|과|로|으로|도|만"
            + "|까지|부터|처럼|보다|나|이나|라는|이라는|란|이란|라고|이라고|이다|다|인|이며|며|이고|고"
            + "|였다|이었다|이지만|지만|라|이라|조차|마다|뿐|든|이든|로서|으로서|로써|으로써|요)*";
    private static final String HANGUL = "\\p{IsHangul}";

    /** Inline code, passthroughs, link targets and attribute references: not words of the prose. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "``.+?``|`[^`]+`|\\+\\+\\+.+?\\+\\+\\+|\\+[^+]+\\+|pass:\\w*\\[[^\\]]*]"
                    + "|(?:xref|link|https?|image|kbd):[^\\[\\s]*|<<[^,>]*,?|\\{[\\w-]+}|\\[\\[[^\\]]*]]");

    private Terminology() {}

    /** The rules of {@code lang}, longer forms first (심장 박동 before 박동). */
    public static List<Rule> rules(Glossary glossary, String lang) {
        List<Rule> rules = new ArrayList<>();
        for (Entry e : glossary.entries()) {
            e.in(lang).ifPresent(t -> t.avoid().forEach(form ->
                    rules.add(new Rule(form, pattern(form), t.preferred(), e.id()))));
        }
        rules.sort(Comparator.comparingInt((Rule r) -> -r.form().length()));
        return rules;
    }

    static Pattern pattern(String form) {
        String[] words = form.strip().split("\\s+");
        StringBuilder body = new StringBuilder(Pattern.quote(words[0]));
        for (int i = 1; i < words.length; i++) { // Korean spacing varies (심장박동); English does not (heartbeat)
            boolean hangul = last(words[i - 1]).matches(HANGUL) && words[i].substring(0, 1).matches(HANGUL);
            body.append(hangul ? "\\s*" : "\\s+").append(Pattern.quote(words[i]));
        }
        boolean hangulStart = words[0].substring(0, 1).matches(HANGUL);
        boolean hangulEnd = last(words[words.length - 1]).matches(HANGUL);
        // a Latin word next to '.', '(' or '<' is code (Future.cancel, Future<T>), not a word of the prose
        String before = hangulStart ? "(?<!" + HANGUL + ")" : "(?<![\\p{L}\\p{N}_.])";
        String after = hangulEnd ? PARTICLE + "(?!" + HANGUL + ")" : "(?![\\p{L}\\p{N}_.(<])";
        return Pattern.compile(before + body + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String last(String word) {
        return word.substring(word.length() - 1);
    }

    /** Checks every page of every language the glossary has columns for; the first finding stops. */
    public static void check(DocTree tree, Glossary glossary) {
        references(tree, glossary);
        for (Page page : tree.pages()) {
            if (!glossary.languages().contains(page.language().code())) {
                continue;
            }
            first(page, rules(glossary, page.language().code())).ifPresent(d -> {
                throw d;
            });
        }
    }

    /** Each entry names a page and section of the source language that exist. */
    static void references(DocTree tree, Glossary glossary) {
        String source = tree.source().code();
        for (Entry e : glossary.entries()) {
            Optional<Page> page = tree.page(source, e.page());
            if (page.isEmpty()) {
                throw Diagnostic.at(Glossary.FILE, e.line(), e.id() + ": no page docs/" + source + "/"
                        + e.page());
            }
            if (!e.section().isEmpty() && page.get().outline().sections().stream()
                    .noneMatch(s -> s.id().equals(e.section()))) {
                throw Diagnostic.at(Glossary.FILE, e.line(), e.id() + ": no section [#" + e.section()
                        + "] in " + page.get().outline().file());
            }
        }
    }

    /** The first form to avoid in a page's prose, in reading order. */
    public static Optional<Diagnostic> first(Page page, List<Rule> rules) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = page.outline().lines();
        TreeSet<Integer> prose = new TreeSet<>();
        proseLines(page.doc(), page.file(), lines, prose);
        for (int i = 0; i < lines.size(); i++) { // the page's title, above its first block
            if (lines.get(i).startsWith("= ")) {
                prose.add(i + 1);
                break;
            }
        }
        for (int n : prose) {
            if (n < 1 || n > lines.size()) {
                continue;
            }
            String text = blank(lines.get(n - 1));
            Rule found = null;
            int at = Integer.MAX_VALUE;
            for (Rule r : rules) {
                Matcher m = r.pattern().matcher(text);
                while (m.find()) {
                    if (glossed(text, m)) {
                        continue;
                    }
                    if (m.start() < at) { // the earliest in the line; the longer form at a tie
                        found = r;
                        at = m.start();
                    }
                    break;
                }
            }
            if (found != null) {
                return Optional.of(Diagnostic.at(page.outline().file(), n, found.form() + ": write "
                        + found.preferred() + " (glossary: " + found.id() + ")"));
            }
        }
        return Optional.empty();
    }

    /** What is not prose in a line, blanked to spaces (positions stay). */
    static String blank(String line) {
        Matcher m = NOT_PROSE.matcher(line);
        StringBuilder sb = new StringBuilder(line);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** A Latin form as a gloss: the whole of a parenthesis, {@code 퓨처(future)}. */
    private static boolean glossed(String text, Matcher m) {
        if (m.group().matches(".*" + HANGUL + ".*")) {
            return false;
        }
        int open = text.lastIndexOf('(', m.start());
        int close = text.indexOf(')', m.end());
        return open >= 0 && close >= 0 && text.substring(open + 1, close).matches("[\\x20-\\x7E]+")
                && text.lastIndexOf(')', m.start()) < open;
    }

    /** The lines of the page that are prose, from the parse's source locations. */
    static void proseLines(StructuralNode node, Path file, List<String> lines, TreeSet<Integer> out) {
        if (skipped(node)) {
            return;
        }
        int at = line(node, file);
        if (at > 0) {
            if (node.getTitle() != null && !(node instanceof Section)) {
                for (int i = at - 1; i >= Math.max(1, at - 3); i--) { // .Title above the block
                    if (lines.get(i - 1).matches("^\\.[^.\\s].*")) {
                        out.add(i);
                        break;
                    }
                }
            }
            switch (node) {
                case Section s -> out.add(at);
                case Table t -> {
                    for (int i = at + 1; i <= lines.size() && !lines.get(i - 1).strip().equals("|==="); i++) {
                        out.add(i);
                    }
                }
                case ListItem item -> addLines(out, at, item.getSource());
                case org.asciidoctor.ast.Block b when "simple".equals(b.getContentModel()) ->
                        addLines(out, at, b.getSource());
                default -> { }
            }
        }
        if (node instanceof DescriptionList dl) {
            for (DescriptionListEntry e : dl.getItems()) {
                e.getTerms().forEach(t -> proseLines(t, file, lines, out));
                if (e.getDescription() != null) {
                    proseLines(e.getDescription(), file, lines, out);
                }
            }
            return;
        }
        if (node instanceof Table) {
            return;
        }
        for (StructuralNode child : node.getBlocks()) {
            proseLines(child, file, lines, out);
        }
    }

    private static void addLines(TreeSet<Integer> out, int from, String source) {
        int n = source == null || source.isEmpty() ? 1 : (int) source.lines().count();
        for (int i = 0; i < n; i++) {
            out.add(from + i);
        }
    }

    /** Code, literal text, passthrough, generated content and quotations of the original. */
    private static boolean skipped(StructuralNode node) {
        String context = node.getContext();
        return switch (context == null ? "" : context) {
            case "listing", "literal", "pass", "stem", "comment", "image", "audio", "video" -> true;
            default -> node.hasRole("original") || node.hasRole("glossary");
        };
    }

    /** The node's line in the page ({@code file}), 0 when it is not from the page. */
    private static int line(StructuralNode node, Path file) {
        Cursor c = node.getSourceLocation();
        if (c == null || c.getLineNumber() < 1) {
            return 0;
        }
        if (c.getFile() != null && !Path.of(c.getFile()).toAbsolutePath().normalize()
                .equals(file.toAbsolutePath().normalize())) {
            return 0; // included from elsewhere
        }
        return c.getLineNumber();
    }
}
