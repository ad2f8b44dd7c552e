package dev.asyncguide.site;

import dev.asyncguide.core.Glossary;
import dev.asyncguide.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
 * section's link and title, its prose (with the file names of its snippets)
 * and the identifiers of its code, each once ({@code CompletableFuture
 * supplyAsync ...}), at most {@value #MAX_IDENTIFIERS}; the pages' titles
 * apart, once each. Captured output is left out, and so are the words of
 * the language itself ({@code public}, {@code def}), a lower-case
 * identifier the section's prose has already ({@code gather}), and what
 * the site generates from other sources: the glossary's table (the search
 * has the glossary as {@code window.searchTerms}) and the translation
 * report's tables.
 *
 * <p>It is written as {@code <lang>/search-index.js}, a script that sets
 * {@code window.searchPages}, {@code window.searchIndex} and
 * {@code window.searchTerms}: on the first search a page loads it, with
 * the search engine (assets/search.js), with script elements, which work
 * from file:// where fetch() of JSON does not. search.js matches
 * substrings of folded text, so Korean words are found without a
 * tokenizer, and ranks the sections.
 */
public final class SearchIndex {

    /**
     * One searchable section. {@code href} is relative to the language
     * folder; {@code code} is the identifiers of its code, space-separated.
     */
    public record Entry(String href, String page, String section, String text, String code) {}

    /** A snippet's file name in a block's title: its name is searchable like its code. */
    private static final Pattern SNIPPET_FILE = Pattern.compile("^snippets/(?:[\\w-]+/)*(\\w+)\\.(?:java|py)$");

    /**
     * Identifiers kept per section: the snippets' names and the identifiers
     * with a capital or an underscore first ({@code CompletableFuture},
     * {@code create_task}: what readers type as code), then plain ones, in
     * the order they come. A section with several long snippets would
     * otherwise list a hundred, mostly local names.
     */
    static final int MAX_IDENTIFIERS = 30;

    /** A plain lower-case identifier ({@code gather}, {@code elapsed}): no capital, no underscore. */
    private static final Pattern PLAIN = Pattern.compile("[a-z]+");

    /** An identifier of code worth searching for: three characters or more. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{2,}");

    /** Words of Java and Python themselves, and the printing every snippet does. */
    static final Set<String> CODE_WORDS = Set.of("abstract", "boolean", "break", "byte", "case",
            "catch", "char", "class", "continue", "default", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "implements", "import", "instanceof", "int",
            "interface", "long", "new", "null", "package", "private", "protected", "public",
            "return", "short", "static", "super", "switch", "this", "throw", "throws", "try",
            "var", "void", "while", "true", "false", "String", "System", "out", "err", "println",
            "printf", "print", "args", "main", "and", "def", "del", "elif", "except", "from",
            "not", "pass", "raise", "with", "yield", "None", "True", "False", "self", "Locale",
            "ROOT", "format", "nanoTime");

    public static final String FILE = "search-index.js";

    /**
     * Most one language's index and the search engine (assets/search.js)
     * may weigh together. They are loaded once, on the first search, never
     * with a page; the index grows with the guide (every section's prose),
     * so they have their own budget beside the pages' 100 KB.
     */
    public static final long LIMIT = 250_000;

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
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        String page = h1 == null ? doc.title() : h1.text();
        List<Entry> out = new ArrayList<>();
        var state = new Object() {
            String href = file;
            String section = "";
            StringBuilder text = new StringBuilder();
            Set<String> code = new LinkedHashSet<>();

            void flush() {
                String t = text.toString().replaceAll("\\s+", " ").strip();
                if (!t.isEmpty() || !section.isEmpty()) {
                    String lower = t.toLowerCase(java.util.Locale.ROOT);
                    List<String> kept = code.stream()
                            .filter(c -> !(PLAIN.matcher(c).matches() && lower.contains(c)))
                            .sorted(java.util.Comparator.comparing((String c) -> PLAIN.matcher(c).matches()))
                            .limit(MAX_IDENTIFIERS).toList();
                    out.add(new Entry(href, page, section, t, String.join(" ", kept)));
                }
                text.setLength(0);
                code.clear();
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
                if (skipped(e) || foreign(e, lang)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.hasClass("title") && e.parent() != null && e.parent().hasClass("listingblock")) {
                    var m = SNIPPET_FILE.matcher(e.text().strip());
                    if (m.matches()) {
                        state.code.add(m.group(1)); // AsyncWith, async_with
                    }
                }
                if (e.normalName().equals("pre")) { // code: its identifiers
                    var m = IDENTIFIER.matcher(e.wholeText());
                    while (m.find()) {
                        if (!CODE_WORDS.contains(m.group())) {
                            state.code.add(m.group());
                        }
                    }
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

    /**
     * What a reader would not search for: navigation, output, page title,
     * and what is generated from elsewhere (the glossary's table, the
     * translation report's tables).
     */
    private static boolean skipped(Element e) {
        return switch (e.normalName()) {
            case "h1", "nav", "script", "style", "button" -> true;
            default -> e.hasClass("anchor") || e.hasClass("banner") || e.hasClass("page-list")
                    || e.hasClass("console") || e.hasClass("run-command") || e.hasClass("diff")
                    || e.hasClass("glossary") || e.hasClass("translation-summary")
                    || e.hasClass("translation-status") || e.hasClass("translation-problems");
        };
    }

    /**
     * A block in another language than the page's (the translators' guide,
     * in English on every language's translations page): not this
     * language's words. A page shown untranslated, from the source
     * language, stays searchable.
     */
    private static boolean foreign(Element e, String lang) {
        return !lang.isEmpty() && e.hasAttr("lang") && !e.attr("lang").equals(lang)
                && (e.normalName().equals("div") || e.normalName().equals("section"))
                && !e.hasClass("untranslated");
    }

    /**
     * The script that carries the entries: the pages' titles once,
     * {@code window.searchPages={"file":"title",...};}, then
     * {@code window.searchIndex=[[href,section,text,code],...];}, where a
     * section's href is {@code #id} when the entry before is of the same page.
     */
    public static String script(List<Entry> entries) {
        StringBuilder sb = new StringBuilder("window.searchPages={");
        Set<String> files = new LinkedHashSet<>();
        for (Entry e : entries) {
            String file = e.href().replaceFirst("#.*", "");
            if (files.add(file)) {
                sb.append(files.size() == 1 ? "\n" : ",\n").append(Json.of(file)).append(':')
                        .append(Json.of(e.page()));
            }
        }
        sb.append("};\nwindow.searchIndex=[");
        String before = "";
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String file = e.href().replaceFirst("#.*", "");
            String href = file.equals(before) ? e.href().substring(file.length()) : e.href();
            before = file;
            sb.append(i == 0 ? "\n" : ",\n").append(Json.of(List.of(href,
                    e.section(), e.text(), e.code())));
        }
        return sb.append("];\n").toString();
    }

    /**
     * The glossary for the search of {@code lang}:
     * {@code window.searchTerms=[[href,preferred,[variants and forms to avoid],[API names]],...];}
     * search.js reads a query that is one of these words as the concept: a
     * variant as the preferred term, and the section that introduces the
     * concept first. Empty for a language without glossary columns.
     */
    public static String terms(Glossary glossary, String lang) {
        StringBuilder sb = new StringBuilder("window.searchTerms=[");
        boolean first = true;
        for (Glossary.Entry e : glossary.entries()) {
            var t = e.in(lang);
            if (t.isEmpty()) {
                continue;
            }
            List<String> typed = new ArrayList<>(t.get().variants());
            typed.addAll(t.get().avoid());
            List<String> api = new ArrayList<>(e.python());
            api.addAll(e.java());
            sb.append(first ? "\n" : ",\n").append(Json.of(List.of(e.href(), t.get().preferred(),
                    typed, api)));
            first = false;
        }
        return sb.append("];\n").toString();
    }

    /** Writes {@code langDir/search-index.js}; returns its size in bytes. */
    public static long write(Path langDir, Glossary glossary, String lang) throws IOException {
        Path file = langDir.resolve(FILE);
        Files.writeString(file, script(entries(langDir)) + terms(glossary, lang));
        return Files.size(file);
    }
}
