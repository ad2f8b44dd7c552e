package dev.asyncguide.translate;

import dev.asyncguide.translate.PageStructure.Ref;
import dev.asyncguide.translate.PageStructure.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Structure parity between a source page and its translation: the same
 * section ids (at the same levels, in the same order), the same
 * {@code include::} directives and the same {@code snippet=} blocks, in the
 * same sections. Each difference is a {@link Problem} at the translation's
 * line, naming the source line it refers to.
 */
public final class Parity {

    private Parity() {}

    public static List<Problem> compare(PageStructure source, PageStructure translation) {
        List<Problem> problems = new ArrayList<>();
        sections(source, translation, problems);
        refs(source, translation, source.includes(), translation.includes(),
                r -> "include::" + r.name(), problems);
        refs(source, translation, source.snippets(), translation.snippets(),
                r -> r.name().startsWith("original-of=") ? "Python block " + r.name()
                        : "snippet block snippet=" + r.name(), problems);
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return problems;
    }

    private static void sections(PageStructure source, PageStructure translation,
                                 List<Problem> problems) {
        String t = translation.display();
        Map<String, Section> theirs = byId(translation.sections());
        Map<String, Section> ours = byId(source.sections());
        Section previous = null;
        for (Section s : source.sections()) {
            if (!s.explicitId()) {
                continue;
            }
            Section tr = theirs.get(s.id());
            if (tr == null || !tr.explicitId()) {
                int line = previous == null ? firstSectionLine(translation)
                        : translation.section(previous.id()).map(Section::line)
                                .orElse(firstSectionLine(translation));
                problems.add(new Problem(t, line, "section id '" + s.id() + "' is missing ("
                        + source.display() + ":" + s.line() + ")"));
            } else if (tr.level() != s.level()) {
                problems.add(new Problem(t, tr.line(), "section '" + s.id() + "' is "
                        + level(tr.level()) + " here, " + level(s.level()) + " in "
                        + source.display() + ":" + s.line()));
            }
            previous = s;
        }
        for (Section tr : translation.sections()) {
            if (tr.explicitId() && !ours.containsKey(tr.id())) {
                problems.add(new Problem(t, tr.line(), "section id '" + tr.id()
                        + "' is not in " + source.display()));
            }
        }
        List<String> common = source.sections().stream().filter(Section::explicitId)
                .map(Section::id).filter(id -> theirs.containsKey(id) && theirs.get(id).explicitId())
                .toList();
        List<String> theirOrder = translation.sections().stream().filter(Section::explicitId)
                .map(Section::id).filter(common::contains).toList();
        for (int i = 0; i < Math.min(common.size(), theirOrder.size()); i++) {
            if (!common.get(i).equals(theirOrder.get(i))) {
                Section tr = theirs.get(theirOrder.get(i));
                problems.add(new Problem(t, tr.line(), "section '" + tr.id()
                        + "' is out of order: " + source.display() + " has '" + common.get(i)
                        + "' here (" + source.display() + ":" + ours.get(common.get(i)).line() + ")"));
                break;
            }
        }
        long sourceAnonymous = source.sections().stream().filter(s -> !s.explicitId()).count();
        List<Section> anonymous = translation.sections().stream().filter(s -> !s.explicitId()).toList();
        if (!anonymous.isEmpty() && anonymous.size() != sourceAnonymous) {
            Section first = anonymous.getFirst();
            problems.add(new Problem(t, first.line(), "section \"" + first.title()
                    + "\" has no id; give it the [#id] of its section in " + source.display()));
        }
    }

    private static void refs(PageStructure source, PageStructure translation, List<Ref> ours,
                             List<Ref> theirs, Function<Ref, String> show, List<Problem> problems) {
        String t = translation.display();
        List<Ref> unmatched = new ArrayList<>(theirs);
        for (Ref r : ours) {
            Ref match = unmatched.stream().filter(x -> x.name().equals(r.name())
                    && x.section().equals(r.section())).findFirst()
                    .or(() -> unmatched.stream().filter(x -> x.name().equals(r.name())).findFirst())
                    .orElse(null);
            if (match == null) {
                problems.add(new Problem(t, translation.lineOf(r.section()), show.apply(r)
                        + " is missing" + inSection(r) + " (" + source.display() + ":" + r.line() + ")"));
                continue;
            }
            unmatched.remove(match);
            if (!Objects.equals(match.section(), r.section())
                    && comparable(source, translation, r.section())
                    && comparable(source, translation, match.section())) {
                problems.add(new Problem(t, match.line(), show.apply(r) + " is" + inSection(match)
                        + " here but" + inSection(r) + " in " + source.display() + ":" + r.line()));
            }
        }
        for (Ref extra : unmatched) {
            problems.add(new Problem(t, extra.line(), show.apply(extra) + " is not in "
                    + source.display()));
        }
    }

    /**
     * Whether a section is the same in both pages, so that a block in it
     * can be said to be misplaced: sections with made-up ids (no [#id])
     * differ between languages by nature, and a section missing on one
     * side is reported as such already.
     */
    private static boolean comparable(PageStructure source, PageStructure translation, String section) {
        return section.isEmpty()
                || source.section(section).map(Section::explicitId).orElse(false)
                && translation.section(section).map(Section::explicitId).orElse(false);
    }

    private static String inSection(Ref r) {
        return r.section().isEmpty() ? " in the introduction" : " in section '" + r.section() + "'";
    }

    private static int firstSectionLine(PageStructure p) {
        return p.sections().isEmpty() ? 1 : p.sections().getFirst().line();
    }

    private static String level(int level) {
        return "a level-" + level + " section (" + "=".repeat(level + 1) + ")";
    }

    private static Map<String, Section> byId(List<Section> sections) {
        Map<String, Section> map = new LinkedHashMap<>();
        for (Section s : sections) {
            map.putIfAbsent(s.id(), s);
        }
        return map;
    }
}
