package dev.asyncguide.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every internal link of a built site: each {@code href}, {@code src}
 * {@code data-index} and {@code data-engine} in every HTML page, and each link in the search
 * indexes, must name a file of the site (a file, not a folder, so that it
 * also works from file://), and its {@code #fragment} an id in that file.
 * Links that leave the site (http:, mailto:, ...) are not followed.
 */
final class LinkChecker {

    private static final Pattern SCHEME = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*:|//).*");
    private static final Pattern INDEX_HREF = Pattern.compile("^\\[\"([^\"]*)\",", Pattern.MULTILINE);

    private final Path site;
    private final Map<Path, Set<String>> ids = new HashMap<>();
    private int checked;

    LinkChecker(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    int checked() {
        return checked;
    }

    /** Every broken link, as {@code page: <a href="...">: why}. */
    List<String> check() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> all = Files.walk(site)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".html")) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element e : doc.select("[href], [src], [data-index], [data-engine]")) {
                    for (String attr : List.of("href", "src", "data-index", "data-engine")) {
                        if (e.hasAttr(attr)) {
                            check(file, e.attr(attr), tag(e, attr), problems);
                        }
                    }
                }
            } else if (name.equals(SearchIndex.FILE)) {
                Matcher m = INDEX_HREF.matcher(Files.readString(file));
                String page = "";
                while (m.find()) {
                    // #id: a section of the page of the entry before
                    String href = m.group(1).startsWith("#") ? page + m.group(1) : m.group(1);
                    page = href.replaceFirst("#.*", "");
                    check(file, href, "search result \"" + href + "\"", problems);
                }
            }
        }
        return problems;
    }

    private static String tag(Element e, String attr) {
        return "<" + e.normalName() + " " + attr + "=\"" + e.attr(attr) + "\">";
    }

    private void check(Path from, String url, String what, List<String> problems)
            throws IOException {
        checked++;
        String where = site.relativize(from) + ": " + what + ": ";
        if (url.isEmpty()) {
            problems.add(where + "empty link");
            return;
        }
        if (SCHEME.matcher(url).matches()) {
            return; // leaves the site: not ours to check (SiteTest keeps src/stylesheets in)
        }
        int hash = url.indexOf('#');
        String path = (hash < 0 ? url : url.substring(0, hash)).replaceFirst("\\?.*", "");
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        Path target = path.isEmpty() ? from : from.getParent().resolve(path).normalize();
        if (!target.startsWith(site)) {
            problems.add(where + "points outside the site");
            return;
        }
        if (Files.isDirectory(target)) {
            problems.add(where + "points at a folder (name the file, e.g. index.html,"
                    + " so that it works from file:// too)");
            return;
        }
        if (!Files.isRegularFile(target)) {
            problems.add(where + "no file " + site.relativize(target));
            return;
        }
        if (fragment != null) {
            if (fragment.isEmpty()) {
                problems.add(where + "empty #fragment");
            } else if (!idsOf(target).contains(fragment)) {
                problems.add(where + "no id \"" + fragment + "\" in " + site.relativize(target));
            }
        }
    }

    private Set<String> idsOf(Path file) throws IOException {
        Set<String> known = ids.get(file);
        if (known == null) {
            known = new HashSet<>();
            if (file.toString().endsWith(".html")) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element e : doc.select("[id]")) {
                    known.add(e.id());
                }
                for (Element e : doc.select("a[name]")) {
                    known.add(e.attr("name"));
                }
            }
            ids.put(file, known);
        }
        return known;
    }
}
