package dev.asyncguide.core;

import dev.asyncguide.core.Glossary.Entry;
import dev.asyncguide.core.Glossary.Terms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

/**
 * {@code glossary::[]} in a page: the glossary of docs/glossary.tsv in the
 * page's language (the folder the page is in), sorted by its terms: each
 * term with its anchor ({@code #term-<id>}) and the other languages' terms,
 * a link to the section that introduces it, the Python and Java names
 * linked to their API documentation, the variants and the forms to avoid.
 * It is written as AsciiDoc and parsed in place, so
 * the page's own words (the column headings, given as the macro's
 * attributes) stay in the page, where a translator finds them:
 * {@code glossary::[python=Python,java=Java,where=Introduced in,variants=Also,avoid=Not]}.
 */
@Name("glossary")
public final class GlossaryMacro extends BlockMacroProcessor {

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Path dir = Path.of(String.valueOf(parent.getDocument().getAttribute("docdir")));
        Path docs = dir.getParent();
        String lang = dir.getFileName().toString();
        Glossary glossary = Glossary.read(docs.getParent());
        if (!glossary.languages().contains(lang)) {
            lang = glossary.languages().contains("en") ? "en" : Language.SOURCE;
        }
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", "glossary"); // the terminology check passes over it
        Block block = createBlock(parent, "open", List.of(), attrs, new HashMap<>());
        String self = parent.getDocument().getAttribute("docname") + ".adoc";
        parseContent(block, table(glossary, lang, docs, dir, self, attributes));
        return block;
    }

    /**
     * A description list, not a table: one entry per concept, its term
     * (and the other languages' terms) as the title, then where it is
     * introduced, its Python and Java names, the variants and the forms to
     * avoid. A table's cells weigh a third more than the words in them,
     * and a hundred entries must stay within a page's weight.
     */
    static List<String> table(Glossary glossary, String lang, Path docs, Path dir, String self,
                              Map<String, Object> words) {
        List<String> others = glossary.languages().stream().filter(l -> !l.equals(lang)).toList();
        List<String> out = new ArrayList<>();
        Collator order = Collator.getInstance(Locale.forLanguageTag(lang));
        List<Entry> entries = glossary.entries().stream()
                .sorted(Comparator.comparing((Entry e) -> e.terms().get(lang).preferred(), order))
                .toList();
        Map<String, List<String>> pageLines = new HashMap<>();
        for (Entry e : entries) {
            Terms t = e.terms().get(lang);
            StringBuilder term = new StringBuilder("[[term-" + e.id() + "]]" + escape(t.preferred()));
            for (String o : others) {
                term.append(" · ").append(escape(e.terms().get(o).preferred()));
            }
            out.add(term + "::");
            List<String> lines = pageLines.computeIfAbsent(e.page(), p -> lines(dir.resolve(p)));
            String where = (e.page().replaceFirst("-.*", "") + " " + title(lines, e.section()))
                    .replace("]", "\\]");
            StringBuilder body = new StringBuilder(word(words, "where", "Introduced in") + ": "
                    + (e.page().equals(self) ? where // this page: no link to itself
                    : "xref:" + e.page() + (e.section().isEmpty() ? "" : "#" + e.section()) + "[" + where + "]"));
            if (!e.python().isEmpty() || !e.pythonDoc().isEmpty()) {
                body.append(" +\n").append(word(words, "python", "Python")).append(": ")
                        .append(names(e.python(), e.pythonDoc()));
            }
            if (!e.java().isEmpty() || !e.javaDoc().isEmpty()) {
                body.append(" +\n").append(word(words, "java", "Java")).append(": ")
                        .append(names(e.java(), e.javaDoc()));
            }
            if (!t.variants().isEmpty()) {
                body.append(" +\n").append(word(words, "variants", "Also")).append(": ")
                        .append(escape(String.join(", ", t.variants())));
            }
            if (!t.avoid().isEmpty()) {
                body.append(" +\n").append(word(words, "avoid", "Not")).append(": ")
                        .append(escape(String.join(", ", t.avoid())));
            }
            out.addAll(List.of(body.toString().split("\n")));
        }
        return out;
    }

    private static String word(Map<String, Object> words, String key, String fallback) {
        Object w = words.get(key);
        return w == null ? fallback : escape(w.toString());
    }

    /** API names in code, the first linked to its documentation. */
    private static String names(List<String> names, String url) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String code = "`+" + names.get(i) + "+`";
            // ++...++: an address as it is (__aenter__ in it is no emphasis)
            shown.add(i == 0 && !url.isEmpty() ? "link:++" + url + "++[" + code + "]" : code);
        }
        if (shown.isEmpty() && !url.isEmpty()) {
            shown.add("link:++" + url + "++[docs]");
        }
        return String.join(", ", shown);
    }

    /** Text as it is, not read as AsciiDoc markup. */
    private static String escape(String text) {
        return "pass:c[" + text.replace("]", "\\]") + "]";
    }

    private static List<String> lines(Path page) {
        try {
            return Files.readAllLines(page);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The title of a section ({@code [#id]} above {@code == Title}), or of the page. */
    static String title(List<String> lines, String section) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (section.isEmpty() && line.startsWith("= ")) {
                return plain(line.substring(2));
            }
            if (!section.isEmpty() && line.equals("[#" + section + "]")) {
                for (int j = i + 1; j < lines.size(); j++) {
                    if (lines.get(j).startsWith("=")) {
                        return plain(lines.get(j).replaceFirst("^=+\\s*", ""));
                    }
                }
            }
        }
        return section;
    }

    /** A title's words without inline markup, as link text (__aenter__ is not emphasis). */
    private static String plain(String title) {
        return title.replaceAll("`+\\+?|\\+?`+", "").replace("+", "")
                .replace("_", "&#95;").replace("*", "&#42;");
    }
}
