package dev.asyncguide.site;

import dev.asyncguide.core.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader downloads to open one page: its HTML and the stylesheets
 * and scripts it links (images aside). No page may weigh more than
 * {@link #LIMIT} bytes all together. What it loads only on demand (on the
 * first search, the language's search index, {@code data-index}, and the
 * search engine, {@code data-engine}) is counted apart, in
 * {@code onDemand}, and has a limit of its own, {@link SearchIndex#LIMIT}.
 */
public record PageWeight(String page, long html, long css, long js, long onDemand) {

    /** 100 KB of HTML, CSS and JavaScript together. */
    public static final long LIMIT = 100_000;

    /**
     * The one-page book of a language (print.html) is every page at once,
     * opened on purpose to read offline or print: it has a limit of its own,
     * {@value} bytes (about 40 pages' worth: the guide has 21 pages of some
     * 25 KB of HTML each), and is not one of the pages {@link #measure} lists.
     */
    public static final long BOOK_LIMIT = 1_000_000;

    /** HTML, CSS and JavaScript loaded with the page. */
    public long total() {
        return html + css + js;
    }

    /** Every HTML page under {@code site} but the books, heaviest first. */
    public static List<PageWeight> measure(Path site) throws IOException {
        return measure(site, false);
    }

    /** The one-page books (print.html) under {@code site}, heaviest first. */
    public static List<PageWeight> books(Path site) throws IOException {
        return measure(site, true);
    }

    private static List<PageWeight> measure(Path site, boolean books) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")
                    && p.getFileName().toString().equals(PrintBook.FILE) == books).sorted().toList();
        }
        List<PageWeight> weights = new ArrayList<>();
        for (Path p : pages) {
            weights.add(of(site, p));
        }
        weights.sort(Comparator.comparingLong(PageWeight::total).reversed()
                .thenComparing(PageWeight::page));
        return weights;
    }

    static PageWeight of(Path site, Path file) throws IOException {
        Document doc = Jsoup.parse(file.toFile(), "UTF-8");
        long css = 0;
        long js = 0;
        long onDemand = 0;
        for (Element link : doc.select("link[rel~=(?i)^stylesheet$][href]")) {
            css += size(site, file, link.attr("href"));
        }
        for (Element script : doc.select("script[src]")) {
            js += size(site, file, script.attr("src"));
        }
        for (Element search : doc.select("[data-index], [data-engine]")) {
            for (String attr : List.of("data-index", "data-engine")) {
                if (search.hasAttr(attr)) {
                    onDemand += size(site, file, search.attr(attr));
                }
            }
        }
        String page = site.relativize(file).toString().replace('\\', '/');
        return new PageWeight(page, Files.size(file), css, js, onDemand);
    }

    private static long size(Path site, Path page, String url) throws IOException {
        Path target = page.getParent().resolve(url.replaceFirst("[?#].*", "")).normalize();
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
            throw Diagnostic.at(site.relativize(page), 1, "loads " + url
                    + ", which is not a file of the site");
        }
        return Files.size(target);
    }

    static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1000.0);
    }

    /** E.g. {@code ko/03-basics.html 41.2 KB (HTML 28.0 KB, CSS 9.1 KB, JS 4.1 KB)}. */
    public String describe() {
        return page + " " + kb(total()) + " (HTML " + kb(html) + ", CSS " + kb(css)
                + ", JS " + kb(js) + ")";
    }
}
