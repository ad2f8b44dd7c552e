package dev.asyncguide.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.jsoup.Jsoup;

/**
 * What the translation checks and the site need to know of a page, taken
 * from Asciidoctor's own parse: the title, the sections with the ids the
 * page really gets, and the runnable code blocks ({@code snippet=} and
 * {@code original-of=}) with the code they show. Lines are the page's.
 *
 * @param file      the page as messages name it
 * @param lines     the page's text, line by line (to cut it at its sections)
 * @param title     the title's words, without markup
 * @param sourceCommit the {@code :source-commit:} a translation records, if any
 */
public record PageOutline(String file, List<String> lines, String title,
                          Optional<Attribute> sourceCommit, List<Heading> sections,
                          List<CodeBlock> codeBlocks) {

    /** The header attribute in which a translation records its source commit. */
    public static final String SOURCE_COMMIT = "source-commit";

    /** The part of a page before its first section. */
    public static final String INTRO = "";

    /** A header attribute and its line. */
    public record Attribute(String value, int line) {}

    /**
     * A section: its id, level (1 for ==), title (HTML), line of its
     * heading, and whether the id was given ([#id]) rather than made up
     * from the title (made-up ids differ between languages).
     */
    public record Heading(String id, int level, String title, int line, boolean explicitId) {
        /** The title's words, without markup. */
        public String text() {
            return Jsoup.parse(title).text();
        }
    }

    /**
     * A runnable code block: {@code snippet=Name} (Java) or
     * {@code original-of=Name} (its Python twin), the section it is in, and
     * the code it shows (after includes).
     */
    public record CodeBlock(String kind, String name, int line, String section, String code) {
        public static final String SNIPPET = "snippet";
        public static final String ORIGINAL = "original-of";
        /** A variant run shown by {@code run::Name@variant[]} (no code). */
        public static final String VARIANT = RunMacros.BLOCK;

        public String describe() {
            return kind.equals(VARIANT) ? "run::" + name + "[]" : kind + "=" + name;
        }
    }

    private static final Pattern ATTRIBUTE_ENTRY =
            Pattern.compile("^:" + SOURCE_COMMIT + ":(?:[ \\t]+(.*?))?[ \\t]*$");

    /** The outline of a loaded page. */
    public static PageOutline of(Document doc, String file, List<String> lines) {
        List<Heading> sections = new ArrayList<>();
        List<CodeBlock> blocks = new ArrayList<>();
        walk(doc, INTRO, sections, blocks);
        String title = doc.getDoctitle() == null ? file : Jsoup.parse(doc.getDoctitle()).text();
        Attribute commit = null;
        int headerEnd = headerEnd(lines);
        for (int i = 0; i < headerEnd; i++) {
            var m = ATTRIBUTE_ENTRY.matcher(lines.get(i));
            if (m.matches()) {
                commit = new Attribute(m.group(1) == null ? "" : m.group(1), i + 1);
            }
        }
        return new PageOutline(file, List.copyOf(lines), title, Optional.ofNullable(commit),
                List.copyOf(sections), List.copyOf(blocks));
    }

    private static void walk(StructuralNode node, String section, List<Heading> sections,
                             List<CodeBlock> blocks) {
        for (StructuralNode child : node.getBlocks()) {
            String in = section;
            if (child instanceof Section s) {
                in = s.getId();
                sections.add(new Heading(s.getId(), s.getLevel(), s.getTitle(), line(s),
                        s.getAttribute("id") != null));
            } else {
                for (String kind : List.of(CodeBlock.SNIPPET, CodeBlock.ORIGINAL,
                        CodeBlock.VARIANT)) {
                    Object name = child.getAttribute(kind);
                    if (name != null) {
                        blocks.add(new CodeBlock(kind, name.toString(), line(child), section,
                                child instanceof Block b ? b.getSource() : ""));
                    }
                }
            }
            walk(child, in, sections, blocks);
        }
    }

    private static int line(StructuralNode n) {
        return n.getSourceLocation() == null ? 1 : n.getSourceLocation().getLineNumber();
    }

    /** The index of the blank line that ends the header (title and attributes). */
    public static int headerEnd(List<String> lines) {
        boolean title = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!title && l.startsWith("= ")) {
                title = true;
            } else if (title && l.isBlank()) {
                return i;
            } else if (!title && !l.isBlank() && !l.startsWith("//")) {
                return 0;
            }
        }
        return title ? lines.size() : 0;
    }

    public Optional<Heading> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The line where a section starts, or 1 for the introduction / an unknown id. */
    public int lineOf(String sectionId) {
        return section(sectionId).map(Heading::line).orElse(1);
    }

    /**
     * The page's text cut at its sections: the introduction under
     * {@link #INTRO}, then each section under its id. A section starts at
     * the block attribute lines ([#id]) above its heading. The recorded
     * source commit is left out: it is not part of the text.
     */
    public Map<String, String> sectionTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        int start = 0;
        String key = INTRO;
        for (Heading s : sections) {
            int end = s.line() - 1;
            while (end > start && lines.get(end - 1).startsWith("[")) {
                end--;
            }
            texts.merge(key, join(start, end), String::concat);
            key = s.id();
            start = end;
        }
        texts.merge(key, join(start, lines.size()), String::concat);
        return texts;
    }

    private String join(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (!ATTRIBUTE_ENTRY.matcher(line).matches()) {
                sb.append(line.stripTrailing()).append('\n');
            }
        }
        return sb.toString().strip();
    }
}
