package dev.asyncguide.translate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the translation checks need from one AsciiDoc page, read from its
 * lines (no rendering, so it is fast and knows every line number): the
 * header's {@code :source-commit:}, the sections with their ids, the
 * {@code include::} directives and the {@code snippet=} blocks, each with
 * the section it sits in.
 *
 * @param display the file as messages name it, e.g. docs/en/02-sync-vs-async.adoc
 */
public record PageStructure(String display, List<String> lines, Optional<Attribute> sourceCommit,
                            int headerEnd, List<Section> sections, List<Ref> includes,
                            List<Ref> snippets) {

    /** The header attribute a translation records its source commit in. */
    public static final String SOURCE_COMMIT = "source-commit";

    /** A header attribute entry ({@code :name: value}) at a 1-based line. */
    public record Attribute(String value, int line) {}

    /**
     * A section heading at a 1-based line (of its id line, when it has one);
     * {@code explicitId} tells a written {@code [#id]} from one made up from
     * the title, which differs between languages.
     */
    public record Section(String id, int level, int line, String title, boolean explicitId) {}

    /** An include target or a snippet name, at a 1-based line, in a section ("" for the
     *  text before the first section). */
    public record Ref(String name, int line, String section) {}

    /** The key of the text before the first section (the title and introduction). */
    public static final String INTRO = "";

    private static final Pattern TITLE_OR_HEADING = Pattern.compile("^(={1,6}|#{1,6})[ \\t]+(\\S.*?)[ \\t]*$");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:([\\w-]+!?):(?:[ \\t]+(.*?))?[ \\t]*$");
    private static final Pattern INCLUDE = Pattern.compile("^include::(\\S*?)\\[(.*)\\][ \\t]*$");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[(.*)\\][ \\t]*$");
    private static final Pattern ANCHOR = Pattern.compile("^\\[\\[([^\\],\\s]+)(?:,[^\\]]*)?\\]\\]$");
    private static final Pattern SHORTHAND_ID = Pattern.compile("^(?:[\\w-]*)?(?:[.%][\\w-]+)*#([^.%#,\\s]+)");
    private static final Pattern ID_ATTRIBUTE = Pattern.compile("(?:^|,)\\s*id=\"?([^\",\\s]+)");
    private static final Pattern SNIPPET_ATTRIBUTE = Pattern.compile("(?:^|,)\\s*((?:snippet|original-of)=)\"?([^\",\\s]+)");
    private static final Pattern VERBATIM_DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|```.*)$");
    private static final Pattern COMMENT_DELIMITER = Pattern.compile("^/{4,}$");

    public static PageStructure read(Path file, String display) throws IOException {
        return parse(display, Files.readAllLines(file));
    }

    public static PageStructure parse(String display, List<String> lines) {
        Attribute sourceCommit = null;
        List<Section> sections = new ArrayList<>();
        List<Ref> includes = new ArrayList<>();
        List<Ref> snippets = new ArrayList<>();
        String comment = null;   // the delimiter of the comment block we are in
        String verbatim = null;  // the delimiter of the listing/literal/pass block we are in
        String pendingId = null;
        int pendingLine = 0;
        boolean titleSeen = false;
        int headerEnd = -1;      // index of the blank line that ends the header
        String section = INTRO;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (comment != null) {
                if (line.equals(comment)) {
                    comment = null;
                }
                continue;
            }
            if (verbatim == null && COMMENT_DELIMITER.matcher(line).matches()) {
                comment = line;
                continue;
            }
            if (line.startsWith("//") && !line.startsWith("///")) {
                continue; // a line comment
            }
            Matcher inc = INCLUDE.matcher(line);
            if (inc.matches()) { // processed inside listing blocks too
                includes.add(new Ref(inc.group(1) + "[" + inc.group(2) + "]", lineNo, section));
                continue;
            }
            if (verbatim != null) {
                if (line.equals(verbatim) || (verbatim.startsWith("```") && line.equals("```"))) {
                    verbatim = null;
                }
                continue;
            }
            if (VERBATIM_DELIMITER.matcher(line).matches()) {
                verbatim = line;
                pendingId = null;
                continue;
            }
            if (line.isBlank()) {
                if (titleSeen && headerEnd < 0) {
                    headerEnd = i;
                }
                continue;
            }
            Matcher attr = ATTRIBUTE_ENTRY.matcher(line);
            if (attr.matches()) {
                if (headerEnd < 0 && attr.group(1).equals(SOURCE_COMMIT)) {
                    sourceCommit = new Attribute(attr.group(2) == null ? "" : attr.group(2), lineNo);
                }
                continue;
            }
            Matcher anchor = ANCHOR.matcher(line);
            if (anchor.matches()) {
                pendingId = anchor.group(1);
                pendingLine = lineNo;
                continue;
            }
            Matcher block = BLOCK_ATTRIBUTES.matcher(line);
            if (block.matches() && !line.startsWith("[[")) {
                String attrs = block.group(1);
                Matcher id = SHORTHAND_ID.matcher(attrs);
                Matcher idAttr = ID_ATTRIBUTE.matcher(attrs);
                if (id.find()) {
                    pendingId = id.group(1);
                    pendingLine = lineNo;
                } else if (idAttr.find()) {
                    pendingId = idAttr.group(1);
                    pendingLine = lineNo;
                }
                Matcher snippet = SNIPPET_ATTRIBUTE.matcher(attrs);
                if (snippet.find()) {
                    // Java snippets by name; Python originals as "original-of=Name"
                    String kind = snippet.group(1);
                    snippets.add(new Ref((kind.equals("snippet=") ? "" : kind) + snippet.group(2),
                            lineNo, section));
                }
                continue;
            }
            Matcher heading = TITLE_OR_HEADING.matcher(line);
            if (heading.matches()) {
                int level = heading.group(1).length() - 1;
                if (level == 0 && !titleSeen && sections.isEmpty()) {
                    titleSeen = true;
                } else if (level > 0) {
                    boolean explicit = pendingId != null;
                    String id = explicit ? pendingId : autoId(heading.group(2));
                    sections.add(new Section(id, level, explicit ? pendingLine : lineNo,
                            heading.group(2), explicit));
                    section = id;
                }
            }
            pendingId = null;
        }
        if (headerEnd < 0) {
            headerEnd = titleSeen ? lines.size() : 0;
        }
        return new PageStructure(display, List.copyOf(lines), Optional.ofNullable(sourceCommit),
                headerEnd, List.copyOf(sections), List.copyOf(includes), List.copyOf(snippets));
    }

    /** Roughly the id Asciidoctor makes up (idprefix "", idseparator "-"). */
    static String autoId(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("<[^>]*>", "")
                .replaceAll("[^\\p{L}\\p{N}_]+", "-").replaceAll("^-|-$", "");
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The 1-based line where a section starts, or 1 for the introduction / an unknown id. */
    public int lineOf(String sectionId) {
        return section(sectionId).map(Section::line).orElse(1);
    }

    /**
     * The page's text cut at its sections: the introduction under {@link #INTRO},
     * then each section under its id, in order. Used to tell which sections
     * changed between two versions of a page.
     */
    public Map<String, String> sectionTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        int start = 0;
        String key = INTRO;
        for (Section s : sections) {
            int end = s.line() - 1;
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
            if (ATTRIBUTE_ENTRY.matcher(line).matches() && line.startsWith(":" + SOURCE_COMMIT + ":")) {
                continue;
            }
            sb.append(line.stripTrailing()).append('\n');
        }
        return sb.toString().strip();
    }
}
