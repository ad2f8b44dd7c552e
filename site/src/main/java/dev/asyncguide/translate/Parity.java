package dev.asyncguide.translate;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.PageOutline;
import dev.asyncguide.core.PageOutline.CodeBlock;
import dev.asyncguide.core.PageOutline.Heading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Structure parity between a source page and its translation, as
 * Asciidoctor parsed them: the same section ids (at the same levels, in the
 * same order) and the same runnable code blocks ({@code snippet=},
 * {@code original-of=}) in the same sections, showing the same code (so an
 * include of another file or tag shows up). Each difference is a
 * {@link Diagnostic} at the translation's line, naming the source line it
 * refers to.
 */
public final class Parity {

    private Parity() {}

    public static List<Diagnostic> compare(PageOutline source, PageOutline translation) {
        List<Diagnostic> problems = new ArrayList<>();
        sections(source, translation, problems);
        blocks(source, translation, problems);
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return problems;
    }

    private static void sections(PageOutline source, PageOutline translation,
                                 List<Diagnostic> problems) {
        String t = translation.file();
        Map<String, Heading> theirs = byId(translation.sections());
        Map<String, Heading> ours = byId(source.sections());
        Heading previous = null;
        for (Heading s : source.sections()) {
            if (!s.explicitId()) {
                continue;
            }
            Heading tr = theirs.get(s.id());
            if (tr == null || !tr.explicitId()) {
                int line = previous == null ? firstSectionLine(translation)
                        : translation.section(previous.id()).map(Heading::line)
                                .orElse(firstSectionLine(translation));
                problems.add(Diagnostic.at(t, line, "section id '" + s.id() + "' is missing ("
                        + source.file() + ":" + s.line() + ")"));
            } else if (tr.level() != s.level()) {
                problems.add(Diagnostic.at(t, tr.line(), "section '" + s.id() + "' is "
                        + level(tr.level()) + " here, " + level(s.level()) + " in "
                        + source.file() + ":" + s.line()));
            }
            previous = s;
        }
        for (Heading tr : translation.sections()) {
            if (tr.explicitId() && !ours.containsKey(tr.id())) {
                problems.add(Diagnostic.at(t, tr.line(), "section id '" + tr.id()
                        + "' is not in " + source.file()));
            }
        }
        List<String> common = source.sections().stream().filter(Heading::explicitId)
                .map(Heading::id).filter(id -> theirs.containsKey(id) && theirs.get(id).explicitId())
                .toList();
        List<String> theirOrder = translation.sections().stream().filter(Heading::explicitId)
                .map(Heading::id).filter(common::contains).toList();
        for (int i = 0; i < Math.min(common.size(), theirOrder.size()); i++) {
            if (!common.get(i).equals(theirOrder.get(i))) {
                Heading tr = theirs.get(theirOrder.get(i));
                problems.add(Diagnostic.at(t, tr.line(), "section '" + tr.id()
                        + "' is out of order: " + source.file() + " has '" + common.get(i)
                        + "' here (" + source.file() + ":" + ours.get(common.get(i)).line() + ")"));
                break;
            }
        }
        long sourceAnonymous = source.sections().stream().filter(s -> !s.explicitId()).count();
        List<Heading> anonymous = translation.sections().stream().filter(s -> !s.explicitId()).toList();
        if (!anonymous.isEmpty() && anonymous.size() != sourceAnonymous) {
            Heading first = anonymous.getFirst();
            problems.add(Diagnostic.at(t, first.line(), "section \"" + first.title()
                    + "\" has no id; give it the [#id] of its section in " + source.file()));
        }
    }

    private static void blocks(PageOutline source, PageOutline translation,
                               List<Diagnostic> problems) {
        String t = translation.file();
        List<CodeBlock> unmatched = new ArrayList<>(translation.codeBlocks());
        for (CodeBlock b : source.codeBlocks()) {
            CodeBlock match = unmatched.stream().filter(x -> same(x, b)
                    && x.section().equals(b.section())).findFirst()
                    .or(() -> unmatched.stream().filter(x -> same(x, b)).findFirst())
                    .orElse(null);
            String where = " (" + source.file() + ":" + b.line() + ")";
            if (match == null) {
                problems.add(Diagnostic.at(t, translation.lineOf(b.section()), "code block "
                        + b.describe() + " is missing" + inSection(b) + where));
                continue;
            }
            unmatched.remove(match);
            if (!Objects.equals(match.section(), b.section())
                    && comparable(source, translation, b.section())
                    && comparable(source, translation, match.section())) {
                problems.add(Diagnostic.at(t, match.line(), "code block " + b.describe() + " is"
                        + inSection(match) + " here but" + inSection(b) + " in "
                        + source.file() + ":" + b.line()));
            }
            if (!match.code().equals(b.code())) {
                problems.add(Diagnostic.at(t, match.line(), "code block " + b.describe()
                        + " shows other code than" + where
                        + ": include the same file with the same tags"));
            }
        }
        for (CodeBlock extra : unmatched) {
            problems.add(Diagnostic.at(t, extra.line(), "code block " + extra.describe()
                    + " is not in " + source.file()));
        }
    }

    private static boolean same(CodeBlock a, CodeBlock b) {
        return a.kind().equals(b.kind()) && a.name().equals(b.name());
    }

    /**
     * Whether a section is the same in both pages, so that a block in it
     * can be said to be misplaced: sections with made-up ids (no [#id])
     * differ between languages by nature, and a section missing on one
     * side is reported as such already.
     */
    private static boolean comparable(PageOutline source, PageOutline translation, String section) {
        return section.isEmpty()
                || source.section(section).map(Heading::explicitId).orElse(false)
                && translation.section(section).map(Heading::explicitId).orElse(false);
    }

    private static String inSection(CodeBlock b) {
        return b.section().isEmpty() ? " in the introduction" : " in section '" + b.section() + "'";
    }

    private static int firstSectionLine(PageOutline p) {
        return p.sections().isEmpty() ? 1 : p.sections().getFirst().line();
    }

    private static String level(int level) {
        return "a level-" + level + " section (" + "=".repeat(level + 1) + ")";
    }

    private static Map<String, Heading> byId(List<Heading> sections) {
        Map<String, Heading> map = new LinkedHashMap<>();
        for (Heading s : sections) {
            map.putIfAbsent(s.id(), s);
        }
        return map;
    }
}
