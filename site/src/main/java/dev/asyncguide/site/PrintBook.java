package dev.asyncguide.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The body of {@value #FILE}: every page of one language in reading order,
 * on one page, to read offline or print to PDF (theme: book.mustache). Each
 * page becomes an article {@code page-<name>}; the ids in it get the page's
 * name in front ({@code 03-basics--gather}) so that no two collide, and the
 * links between pages point into the book. Headings go one level down under
 * the book's own title.
 */
final class PrintBook {

    static final String FILE = "print.html";

    /** Attributes that name ids (besides href). */
    private static final List<String> ID_REFS = List.of("for", "aria-labelledby",
            "aria-describedby", "aria-controls", "headers");

    private PrintBook() {}

    static String base(String href) {
        return href.replaceFirst("\\.html$", "");
    }

    /** The id of a page's article in the book. */
    static String articleId(String href) {
        return "page-" + base(href);
    }

    /** The book's body from the rendered pages' models (href, title, body, ...). */
    static String body(Layout layout, List<Map<String, Object>> pages, Map<String, String> ui) {
        Set<String> hrefs = pages.stream().map(p -> (String) p.get("href"))
                .collect(Collectors.toSet());
        List<Map<String, Object>> articles = new ArrayList<>();
        for (Map<String, Object> page : pages) {
            String href = (String) page.get("href");
            Map<String, Object> a = new HashMap<>();
            a.put("id", articleId(href));
            a.put("title", page.get("title"));
            a.put("body", rewrite((String) page.get("body"), base(href), hrefs));
            if (page.containsKey("untranslated")) {
                a.put("contentLang", page.get("untranslated"));
            }
            if (page.containsKey("banner")) {
                a.put("banner", page.get("banner"));
            }
            articles.add(a);
        }
        return layout.render("book", Map.of("articles", articles, "ui", ui));
    }

    /** One page's body with its ids, links and headings fitted into the book. */
    static String rewrite(String html, String base, Set<String> hrefs) {
        var body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        String prefix = base + "--";
        for (Element e : body.select("[id]")) {
            e.id(prefix + e.id());
        }
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href");
            int hash = href.indexOf('#');
            String file = hash < 0 ? href : href.substring(0, hash);
            if (file.isEmpty()) {
                a.attr("href", "#" + prefix + href.substring(1));
            } else if (hrefs.contains(file)) {
                a.attr("href", hash < 0 ? "#" + articleId(file)
                        : "#" + base(file) + "--" + href.substring(hash + 1));
            }
        }
        for (String attr : ID_REFS) {
            for (Element e : body.select("[" + attr + "]")) {
                e.attr(attr, List.of(e.attr(attr).trim().split("\\s+")).stream()
                        .map(id -> prefix + id).collect(Collectors.joining(" ")));
            }
        }
        for (int level = 5; level >= 1; level--) {
            for (Element h : body.select("h" + level)) {
                h.tagName("h" + (level + 1));
            }
        }
        return body.body().html();
    }
}
