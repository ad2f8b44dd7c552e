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
 * {@code glossary::[]} in a page: the glossary of docs/glossary.tsv as a
 * table in the page's language (the folder the page is in), sorted by its
 * terms: each term with its anchor ({@code #term-<id>}), the variants and
 * the forms to avoid, the other languages' terms, the Python and Java
 * names linked to their API documentation, and a link to the section that
 * introduces it. The table is written as AsciiDoc and parsed in place, so
 * the page's own words (the column headings, given as the macro's
 * attributes) stay in the page, where a translator finds them:
 * {@code glossary::[term=Term,python=Python,java=Java,where=Introduced in,variants=Also,avoid=Not]}.
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
        parseContent(block, table(glossary, lang, docs, dir, attributes));
        return block;
    }

    static List<String> table(Glossary glossary, String lang, Path docs, Path dir,
                              Map<String, Object> words) {
        List<String> others = glossary.languages().stream().filter(l -> !l.equals(lang)).toList();
        List<String> out = new ArrayList<>();
        out.add("[cols=\"3," + "2,".repeat(others.size()) + "3,3,3\",options=\"header\"]");
        out.add("|===");
        StringBuilder head = new StringBuilder("|" + word(words, "term", "Term"));
        others.forEach(o -> head.append(" |").append(languageName(docs, o)));
        head.append(" |").append(word(words, "python", "Python")).append(" |")
                .append(word(words, "java", "Java")).append(" |")
                .append(word(words, "where", "Introduced in"));
        out.add(head.toString());
        Collator order = Collator.getInstance(Locale.forLanguageTag(lang));
        String shownLang = lang;
        List<Entry> entries = glossary.entries().stream()
                .sorted(Comparator.comparing((Entry e) -> e.terms().get(shownLang).preferred(), order))
                .toList();
        Map<String, List<String>> pageLines = new HashMap<>();
        for (Entry e : entries) {
            Terms t = e.terms().get(lang);
            out.add("");
            StringBuilder term = new StringBuilder("|[[term-" + e.id() + "]]**" + escape(t.preferred()) + "**");
            if (!t.variants().isEmpty()) {
                term.append(" +\n").append(word(words, "variants", "Also")).append(": ")
                        .append(escape(String.join(", ", t.variants())));
            }
            if (!t.avoid().isEmpty()) {
                term.append(" +\n").append(word(words, "avoid", "Not")).append(": ")
                        .append(escape(String.join(", ", t.avoid())));
            }
            out.add(term.toString());
            for (String o : others) {
                out.add("|" + escape(e.terms().get(o).preferred()));
            }
            out.add("|" + names(e.python(), e.pythonDoc()));
            out.add("|" + names(e.java(), e.javaDoc()));
            List<String> lines = pageLines.computeIfAbsent(e.page(), p -> lines(dir.resolve(p)));
            out.add("|xref:" + e.page() + (e.section().isEmpty() ? "" : "#" + e.section()) + "["
                    + (e.page().replaceFirst("-.*", "") + " " + title(lines, e.section()))
                    .replace("]", "\\]") + "]");
        }
        out.add("|===");
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
            shown.add(i == 0 && !url.isEmpty() ? url + "[" + code + "]" : code);
        }
        if (shown.isEmpty() && !url.isEmpty()) {
            shown.add(url + "[docs]");
        }
        return String.join(", ", shown);
    }

    /** Text as it is, not read as AsciiDoc markup. */
    private static String escape(String text) {
        return "pass:c[" + text.replace("]", "\\]") + "]";
    }

    private static String languageName(Path docs, String lang) {
        try {
            return escape(Language.read(docs, docs.resolve(lang)).name());
        } catch (IOException | RuntimeException e) {
            return lang;
        }
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

    /** A title's words without inline markup. */
    private static String plain(String title) {
        return title.replaceAll("`+\\+?|\\+?`+", "").replace("+", "");
    }
}
