package dev.asyncguide.core;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one glossary of the guide, {@code docs/glossary.tsv}: a row per
 * concept, read with commons-csv (tab-separated, {@code #} starts a
 * comment line). It feeds the glossary pages, the terminology check of
 * the prose and the search.
 *
 * <p>Columns: {@code id}, {@code python}, {@code java} (API names, several
 * separated by {@code ;}), {@code page} and {@code section} (where the
 * concept is introduced: a page of docs/ko and a section id of it, or no
 * section for the page's start), {@code python-doc}, {@code java-doc} (API
 * documentation URLs), then three columns per language: {@code ko} (the
 * preferred term), {@code ko-variants} (what readers also type: search
 * finds the preferred term for them) and {@code ko-avoid} (forms the
 * prose may not use: the build stops at them). A new language adds its
 * three columns; a language without them is neither checked nor searched
 * through the glossary.
 */
public final class Glossary {

    public static final String FILE = "docs/glossary.tsv";

    /** One language's words for a concept. */
    public record Terms(String preferred, List<String> variants, List<String> avoid) {}

    /** One concept. {@code line} is its row's line in the file. */
    public record Entry(String id, List<String> python, List<String> java, String page,
                        String section, String pythonDoc, String javaDoc,
                        Map<String, Terms> terms, int line) {

        public Optional<Terms> in(String lang) {
            return Optional.ofNullable(terms.get(lang));
        }

        /** Where the concept is introduced, as a link from a page of the same folder. */
        public String href() {
            String html = page.replaceFirst("\\.adoc$", ".html");
            return section.isEmpty() ? html : html + "#" + section;
        }
    }

    private static final List<String> FIXED = List.of("id", "python", "java", "page", "section",
            "python-doc", "java-doc");

    private final List<Entry> entries;
    private final Set<String> languages;

    private Glossary(List<Entry> entries, Set<String> languages) {
        this.entries = entries;
        this.languages = languages;
    }

    public static Glossary empty() {
        return new Glossary(List.of(), Set.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The languages that have their columns. */
    public Set<String> languages() {
        return languages;
    }

    /** The glossary of the tree at {@code root}; empty when it has none. */
    public static Glossary read(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.exists(file)) {
            return empty();
        }
        String shown = FILE;
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw Diagnostic.io(Path.of(shown), e.getMessage());
        }
        try (Reader in = new StringReader(text);
             CSVParser csv = CSVFormat.TDF.builder().setCommentMarker('#').setHeader()
                     .setIgnoreSurroundingSpaces(true).setQuote(null).get().parse(in)) {
            List<String> header = csv.getHeaderNames();
            for (String column : FIXED) {
                if (!header.contains(column)) {
                    throw Diagnostic.at(shown, 1, "no column '" + column + "': the columns are "
                            + String.join(", ", FIXED) + ", then <lang>, <lang>-variants, <lang>-avoid");
                }
            }
            Set<String> langs = new LinkedHashSet<>();
            for (String column : header) {
                if (FIXED.contains(column)) {
                    continue;
                }
                String lang = column.replaceFirst("-(variants|avoid)$", "");
                if (!header.contains(lang) || !header.contains(lang + "-variants")
                        || !header.contains(lang + "-avoid")) {
                    throw Diagnostic.at(shown, 1, "column '" + column + "': a language has three columns, "
                            + lang + ", " + lang + "-variants and " + lang + "-avoid");
                }
                langs.add(lang);
            }
            List<Entry> entries = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            for (CSVRecord r : csv) {
                int line = 1 + (int) text.substring(0, (int) r.getCharacterPosition()).chars()
                        .filter(c -> c == '\n').count();
                if (!r.isConsistent()) {
                    throw Diagnostic.at(shown, line, r.size() + " columns, not " + header.size()
                            + " (separate them with one tab each)");
                }
                String id = r.get("id");
                if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    throw Diagnostic.at(shown, line, "id '" + id + "': lower case words joined by -");
                }
                if (!ids.add(id)) {
                    throw Diagnostic.at(shown, line, "id '" + id + "' is already a row above");
                }
                Map<String, Terms> terms = new LinkedHashMap<>();
                for (String lang : langs) {
                    if (r.get(lang).isEmpty()) {
                        throw Diagnostic.at(shown, line, id + ": no preferred term in column " + lang);
                    }
                    terms.put(lang, new Terms(r.get(lang), list(r.get(lang + "-variants")),
                            list(r.get(lang + "-avoid"))));
                }
                for (String url : List.of(r.get("python-doc"), r.get("java-doc"))) {
                    if (!url.isEmpty() && !url.startsWith("https://")) {
                        throw Diagnostic.at(shown, line, id + ": '" + url + "' is not an https:// address");
                    }
                }
                entries.add(new Entry(id, list(r.get("python")), list(r.get("java")), r.get("page"),
                        r.get("section"), r.get("python-doc"), r.get("java-doc"), terms, line));
            }
            return new Glossary(List.copyOf(entries), langs);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw Diagnostic.io(Path.of(shown), e.getMessage());
        }
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of()
                : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
