package dev.asyncguide.site;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the site is published, from {@value #FILE}: an optional public
 * base URL ({@code base-url=https://example.org/async-guide/}) and an
 * optional repository URL ({@code repository-url=https://github.com/o/r},
 * with {@code repository-branch=}, {@code main} unless set). Both are empty
 * by default, and then nothing of this class reaches a page: the site is
 * relative and works offline.
 *
 * <p>With a base URL every page gets a canonical link, hreflang links to
 * each language it is translated into (plus x-default), a description and
 * OpenGraph tags, and the site a {@code sitemap.xml} and {@code robots.txt}.
 * With a repository URL every page gets a repository link, "edit this page"
 * (the {@code .adoc} in its language) and "suggest a translation" (the
 * page's folder for that language, beside the translations page's diff of
 * its source since the recorded commit). Links use GitHub's URL forms
 * ({@code /edit/<branch>/<file>}, {@code /tree/<branch>/<folder>}).
 *
 * <p>The file holds one {@code key=value} a line, {@code #} comments and
 * blank lines; anything else is an error at its line.
 */
public record Publishing(Optional<String> baseUrl, Optional<String> repositoryUrl,
                         String branch) {

    public static final String FILE = "site/publish.properties";

    static final String BASE_URL = "base-url";
    static final String REPOSITORY_URL = "repository-url";
    static final String REPOSITORY_BRANCH = "repository-branch";
    static final List<String> KEYS = List.of(BASE_URL, REPOSITORY_URL, REPOSITORY_BRANCH);

    /** Nothing published: relative links only. */
    public static final Publishing NONE = new Publishing(Optional.empty(), Optional.empty(), "main");

    private static final Pattern LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*)\\s*=\\s*(.*?)\\s*$");
    private static final Pattern WEB = Pattern.compile("^https?://[^/?#\\s]+(/[^?#\\s]*)?$");
    private static final Pattern BRANCH = Pattern.compile("^[A-Za-z0-9._][A-Za-z0-9._/-]*$");

    /** The settings of the repository at {@code root}; no file means {@link #NONE}. */
    public static Publishing read(Path root) throws IOException {
        Path file = root.resolve(FILE);
        if (!Files.exists(file)) {
            return NONE;
        }
        Map<String, String> values = new HashMap<>();
        List<String> lines = SourceText.read(file, FILE).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int n = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var m = LINE.matcher(line);
            if (!m.matches()) {
                throw Diagnostic.at(FILE, n, "not a setting: write key=value (keys: "
                        + String.join(", ", KEYS) + ")");
            }
            String key = m.group(1);
            String value = m.group(2);
            if (!KEYS.contains(key)) {
                throw Diagnostic.at(FILE, n, "unknown setting " + key + " (known: "
                        + String.join(", ", KEYS) + ")");
            }
            if (values.put(key, value) != null) {
                throw Diagnostic.at(FILE, n, key + " is set twice");
            }
            check(key, value, n);
        }
        Optional<String> base = optional(values.get(BASE_URL))
                .map(u -> u.endsWith("/") ? u : u + "/");
        Optional<String> repository = optional(values.get(REPOSITORY_URL))
                .map(u -> u.replaceFirst("/+$", "").replaceFirst("\\.git$", ""));
        String branch = optional(values.get(REPOSITORY_BRANCH)).orElse(NONE.branch);
        return new Publishing(base, repository, branch);
    }

    private static void check(String key, String value, int line) {
        if (value.isEmpty()) {
            return;
        }
        switch (key) {
            case BASE_URL -> {
                if (!WEB.matcher(value).matches()) {
                    throw Diagnostic.at(FILE, line, "base-url must be the site's public address,"
                            + " http(s) without ?query or #fragment, e.g. https://example.org/async-guide/");
                }
            }
            case REPOSITORY_URL -> {
                if (!WEB.matcher(value).matches() || value.replaceFirst("^https?://[^/]+/*", "").isEmpty()) {
                    throw Diagnostic.at(FILE, line, "repository-url must be the repository's web"
                            + " address, e.g. https://github.com/owner/async-guide");
                }
            }
            default -> {
                if (!BRANCH.matcher(value).matches()) {
                    throw Diagnostic.at(FILE, line, "repository-branch is not a branch name: " + value);
                }
            }
        }
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The public address of a file of the site, e.g. {@code en/03-basics.html}. */
    public Optional<String> url(String sitePath) {
        return baseUrl.map(b -> b + sitePath);
    }

    /** The repository's page that edits a file, e.g. {@code docs/en/03-basics.adoc}. */
    public Optional<String> edit(String repoPath) {
        return repositoryUrl.map(r -> r + "/edit/" + branch + "/" + repoPath);
    }

    /** The repository's page of a folder, e.g. {@code docs/en}. */
    public Optional<String> folder(String repoPath) {
        return repositoryUrl.map(r -> r + "/tree/" + branch + "/" + repoPath);
    }

    /**
     * Where one page is, as its head links and the sitemap see it: site
     * paths such as {@code en/03-basics.html}.
     *
     * @param path       the page itself
     * @param canonical  the page its text is first published as: itself, or
     *                   the source language's page when it is shown untranslated
     * @param alternates language code to path, for each language the page is
     *                   translated into (the source first)
     * @param xDefault   for readers of any other language
     */
    public record PageAddress(String path, String canonical, Map<String, String> alternates,
                              String xDefault) {}

    /** A page of a language folder, translated into {@code translated} (the source first). */
    public static PageAddress page(String lang, String href, List<String> translated,
                                   String xDefault) {
        Map<String, String> alternates = new LinkedHashMap<>();
        translated.forEach(code -> alternates.put(code, code + "/" + href));
        String path = lang + "/" + href;
        return new PageAddress(path, translated.contains(lang) ? path : alternates.values()
                .iterator().next(), alternates, xDefault);
    }

    /**
     * The template model of a page's head links (canonical, hreflang,
     * OpenGraph), or empty without a base URL.
     */
    public Optional<Map<String, Object>> head(PageAddress page, String title,
                                               String description, String siteName,
                                               boolean article) {
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        String canonical = url(page.canonical()).orElseThrow();
        m.put("canonical", canonical);
        m.put("alternates", alternates(page, false));
        m.put("xDefault", url(page.xDefault()).orElseThrow());
        m.put("ogType", article ? "article" : "website");
        m.put("title", title);
        m.put("description", description);
        m.put("siteName", siteName);
        m.put("url", canonical);
        return Optional.of(m);
    }

    private List<Map<String, String>> alternates(PageAddress page, boolean withDefault) {
        List<Map<String, String>> list = new ArrayList<>();
        page.alternates().forEach((code, path) ->
                list.add(Map.of("code", code, "href", url(path).orElseThrow())));
        if (withDefault) {
            list.add(Map.of("code", "x-default", "href", url(page.xDefault()).orElseThrow()));
        }
        return list;
    }

    /**
     * The model of sitemap.mustache: every page that is its own canonical
     * page, with its language versions; empty without a base URL.
     */
    public Optional<Map<String, Object>> sitemap(List<PageAddress> pages) {
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> urls = new ArrayList<>();
        for (PageAddress p : pages) {
            if (p.path().equals(p.canonical())) {
                urls.add(Map.of("loc", url(p.path()).orElseThrow(),
                        "alternates", alternates(p, true)));
            }
        }
        return Optional.of(Map.of("urls", urls, "sitemap", url(SITEMAP).orElseThrow()));
    }

    /** The sitemap's file name at the site's root. */
    public static final String SITEMAP = "sitemap.xml";

    /**
     * The model of the page's repository links, or empty without a
     * repository URL: {@code edit} (the file the page is made from, e.g.
     * docs/en/03-basics.adoc) and {@code translate} (the folder of the
     * page's language, e.g. docs/en; none on the source language's pages).
     */
    public Optional<Map<String, Object>> links(Optional<String> editFile, Optional<String> langFolder) {
        if (repositoryUrl.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> m = new HashMap<>();
        editFile.flatMap(this::edit).ifPresent(u -> m.put("edit", u));
        langFolder.flatMap(this::folder).ifPresent(u -> m.put("translate", u));
        return Optional.of(m);
    }
}
