package dev.asyncguide.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The search index of one language, built from its rendered pages: one entry
 * per section (and one for the text before the first section), with the
 * section's link, the page's and the section's titles and its prose. Code
 * and captured output are left out (the file names of snippets stay in).
 *
 * <p>It is written as {@code <lang>/search-index.js}, a script that sets
 * {@code window.searchIndex}: a page loads it with a script element, which
 * works from file:// where fetch() of JSON does not. site.js matches
 * substrings of normalized text, so Korean words are found without a
 * tokenizer.
 */
public final class SearchIndex {

    /** One searchable section. {@code href} is relative to the language folder. */
    public record Entry(String href, String page, String section, String text) {}

    public static final String FILE = "search-index.js";

    private static final Set<String> SECTION_HEADINGS = Set.of("h2", "h3", "h4");

    private SearchIndex() {}

    /** Every section of every page in {@code langDir}, index.html first. */
    public static List<Entry> entries(Path langDir) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(langDir)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(".html")
                            && !p.getFileName().toString().equals(PrintBook.FILE)) // the pages again
                    .sorted((a, b) -> order(a).compareTo(order(b)))
                    .toList();
        }
        List<Entry> entries = new ArrayList<>();
        for (Path page : pages) {
            entries.addAll(entries(Jsoup.parse(page.toFile(), "UTF-8"),
                    page.getFileName().toString()));
        }
        return entries;
    }

    private static String order(Path p) {
        String name = p.getFileName().toString();
        return name.equals("index.html") ? "" : name;
    }

    static List<Entry> entries(Document doc, String file) {
        Element main = doc.selectFirst("main");
        if (main == null) {
            return List.of();
        }
        Element h1 = main.selectFirst("h1");
        String page = h1 == null ? doc.title() : h1.text();
        List<Entry> out = new ArrayList<>();
        var state = new Object() {
            String href = file;
            String section = "";
            StringBuilder text = new StringBuilder();

            void flush() {
                String t = text.toString().replaceAll("\\s+", " ").strip();
                if (!t.isEmpty() || !section.isEmpty()) {
                    out.add(new Entry(href, page, section, t));
                }
                text.setLength(0);
            }
        };
        main.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    state.text.append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e) || e == main) {
                    return FilterResult.CONTINUE;
                }
                if (skipped(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (SECTION_HEADINGS.contains(e.normalName()) && !e.id().isEmpty()) {
                    state.flush();
                    state.href = file + "#" + e.id();
                    state.section = e.text().strip();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.isBlock()) {
                    state.text.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        });
        state.flush();
        return out;
    }

    /** What a reader would not search for: navigation, code, output, page title. */
    private static boolean skipped(Element e) {
        return switch (e.normalName()) {
            case "h1", "nav", "pre", "script", "style", "button" -> true;
            default -> e.hasClass("anchor") || e.hasClass("banner") || e.hasClass("page-list")
                    || e.hasClass("console") || e.hasClass("run-command");
        };
    }

    /** The script that carries the entries: {@code window.searchIndex=[[href,page,section,text],...];} */
    public static String script(List<Entry> entries) {
        StringBuilder sb = new StringBuilder("window.searchIndex=[");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            sb.append(i == 0 ? "\n[" : ",\n[")
                    .append(json(e.href())).append(',')
                    .append(json(e.page())).append(',')
                    .append(json(e.section())).append(',')
                    .append(json(e.text())).append(']');
        }
        return sb.append("];\n").toString();
    }

    /** Writes {@code langDir/search-index.js}; returns its size in bytes. */
    public static long write(Path langDir) throws IOException {
        Path file = langDir.resolve(FILE);
        Files.writeString(file, script(entries(langDir)));
        return Files.size(file);
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '<' -> sb.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
