package dev.asyncguide.site;

import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Small touches to a rendered page body for the reader:
 * <ul>
 * <li>Asciidoctor's section anchors ({@code sectanchors}) are empty links,
 * drawn as "#" by the theme; each gets a name a screen reader can say, in
 * the page's language (its {@code anchor} word and the heading).</li>
 * <li>Rouge wraps every name, operator and bracket of highlighted code in a
 * span of its own; the theme draws those in the text colour, so their
 * spans are dropped (the text stays), which makes a page with code about
 * a third lighter.</li>
 * <li>An empty header cell (a table's top left corner) becomes a plain
 * cell: a header that names nothing confuses screen readers.</li>
 * </ul>
 */
public final class ReaderMarkup {

    /** Rouge token classes drawn in the plain text colour (see code.css). */
    static final Set<String> PLAIN_TOKENS = Set.of("n", "o", "p", "w", "nx");

    private ReaderMarkup() {}

    public static String polish(String html, Map<String, String> ui) {
        var body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        String word = ui.getOrDefault("anchor", "Link to this section");
        for (Element a : body.select("a.anchor")) {
            Element heading = a.parent();
            String text = heading == null ? "" : heading.text().strip();
            a.attr("aria-label", text.isEmpty() ? word : word + ": " + text);
        }
        for (Element th : body.select("thead th")) {
            if (th.text().isBlank() && th.select("img").isEmpty()) {
                th.tagName("td");
            }
        }
        for (Element span : body.select("pre.highlight span[class]")) {
            if (span.attributesSize() == 1 && PLAIN_TOKENS.contains(span.className())) {
                span.unwrap();
            }
        }
        return body.body().html();
    }

    /** Characters of a page description at most (search results show about this many). */
    static final int DESCRIPTION = 160;

    /**
     * A page's description for its head (and a shared link): the text of its
     * first paragraph, cut at a space before {@value #DESCRIPTION} characters.
     */
    public static String description(String html) {
        var body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        Element p = body.selectFirst("div.paragraph > p, p");
        String text = p == null ? "" : p.text().strip();
        if (text.length() <= DESCRIPTION) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION - 1);
        return text.substring(0, cut > DESCRIPTION / 2 ? cut : DESCRIPTION - 1).strip() + "…";
    }
}
