package dev.asyncguide.translate;

import dev.asyncguide.site.Language;
import dev.asyncguide.site.Renderer;
import dev.asyncguide.translate.Git.Commit;
import dev.asyncguide.translate.Translations.LanguageStatus;
import dev.asyncguide.translate.Translations.PageStatus;
import dev.asyncguide.translate.Translations.SectionChange;
import dev.asyncguide.translate.Translations.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * What the translation state looks like on the site: the banner on a page
 * that is missing (shown from the source language) or outdated in the
 * reader's language, and the translations page ({@value #HREF} in every
 * language) with every language's state and the translators' guide. All
 * words come from the reader's language.properties, falling back to the
 * source language's.
 */
public final class TranslationPages {

    /** The translations page, in each language's folder. */
    public static final String HREF = "translations.html";

    /** The id of the guide on the translations page. */
    public static final String GUIDE_ID = "guide";

    private TranslationPages() {}

    /** The translators' guide for the translations page: CONTRIBUTING.md, rendered. */
    public static String guide(Renderer renderer, Path root) throws IOException {
        Path file = root.resolve(GUIDE_FILE);
        return Files.exists(file) ? renderer.render(file, Map.of()).body() : "";
    }

    /** The guide: Markdown kept within what Asciidoctor reads too (headings, lists, code). */
    public static final String GUIDE_FILE = "CONTRIBUTING.md";

    /** The id of a page's row on the translations page, e.g. "en-02-sync-vs-async". */
    public static String rowId(String code, String page) {
        return code + "-" + page.replaceFirst("\\.adoc$", "");
    }

    /** The source page's body, marked as written in the source language. */
    public static String fallbackBody(String body) {
        return "<div class=\"untranslated\" lang=\"" + Language.SOURCE + "\">" + body + "</div>";
    }

    /** The banner for {@code page} read in {@code reader}'s language, if it needs one. */
    public static Optional<String> banner(Translations t, Language reader, String page) {
        State state = t.state(reader.code(), page);
        String key;
        String linkKey;
        String href;
        switch (state) {
            case MISSING -> {
                key = "translation-missing";
                linkKey = "translation-help";
                href = HREF + "#" + GUIDE_ID;
            }
            case OUTDATED, UNRECORDED -> {
                key = state == State.OUTDATED ? "translation-outdated" : "translation-unrecorded";
                linkKey = "translation-changes";
                href = HREF + "#" + rowId(reader.code(), page);
            }
            default -> {
                return Optional.empty();
            }
        }
        // lang: the page around it may be marked as the source language
        return Optional.of("<span class=\"translation-banner translation-" + state.label.replace(' ', '-')
                + "\" lang=\"" + reader.code() + "\">" + esc(word(t, reader, key)) + " <a href=\"" + href + "\">"
                + esc(word(t, reader, linkKey)) + "</a></span>");
    }

    /**
     * The model of the translations page in {@code reader}'s language: the
     * frame of that language's index page ({@code indexModel}) around the
     * report and the guide.
     */
    public static Map<String, Object> pageModel(Translations t, Language reader,
                                                List<Language> languages,
                                                Map<String, Object> indexModel, String guideHtml) {
        Map<String, Object> model = new HashMap<>(indexModel);
        model.remove("banner");
        model.remove("prev");
        model.remove("next");
        model.remove("contentLang");
        model.put("isIndex", false);
        model.put("isTranslations", true);
        model.put("file", HREF);
        model.put("href", HREF);
        model.put("title", esc(word(t, reader, "translations")));
        model.put("body", body(t, reader, guideHtml));
        model.put("headings", List.of());
        Object home = model.get("home");
        if (home instanceof Map<?, ?> h) {
            Map<Object, Object> notCurrent = new HashMap<>(h);
            notCurrent.put("current", false);
            model.put("home", notCurrent);
        }
        List<Map<String, Object>> switcher = new ArrayList<>();
        for (Language other : languages) {
            switcher.add(Map.of("code", other.code(), "name", other.name(),
                    "href", "../" + other.code() + "/" + HREF,
                    "current", other.code().equals(reader.code())));
        }
        model.put("languages", switcher);
        return model;
    }

    /** The translations page's body in {@code reader}'s language. */
    public static String body(Translations t, Language reader, String guideHtml) {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"translations\">");
        html.append("<p>").append(esc(word(t, reader, "translations-intro")
                .replace("{commit}", t.gitChecked() ? t.head() : "-"))).append("</p>\n");
        html.append("<ul class=\"translation-summary\">");
        for (LanguageStatus ls : t.languages()) {
            html.append("<li><a href=\"#").append(langId(ls)).append("\" lang=\"")
                    .append(ls.language().code()).append("\">").append(esc(ls.language().name()))
                    .append("</a> <meter min=\"0\" max=\"100\" value=\"").append(ls.percent())
                    .append("\">").append(ls.percent()).append("%</meter> ")
                    .append(ls.percent()).append("%</li>");
        }
        html.append("</ul>\n");
        int[] budget = {DIFF_BUDGET};
        for (LanguageStatus ls : t.languages()) {
            language(t, reader, ls, html, budget);
        }
        html.append("<section class=\"translation-guide\" id=\"").append(GUIDE_ID).append("\"><h2>")
                .append(esc(word(t, reader, "translations-guide"))).append("</h2><div lang=\"en\">")
                .append(demoteHeadings(guideHtml)).append("</div></section>");
        html.append("</div>");
        return html.toString();
    }

    private static void language(Translations t, Language reader, LanguageStatus ls,
                                 StringBuilder html, int[] budget) {
        String code = ls.language().code();
        long done = ls.count(State.UP_TO_DATE) + ls.count(State.UNCHECKED);
        html.append("<section class=\"translation-language\" id=\"").append(langId(ls)).append("\">");
        html.append("<h2><span lang=\"").append(code).append("\">").append(esc(ls.language().name()))
                .append("</span> <code>").append(code).append("</code></h2>\n");
        html.append("<p>").append(esc(word(t, reader, "translations-summary")
                .replace("{done}", String.valueOf(done))
                .replace("{total}", String.valueOf(ls.pages().size()))
                .replace("{percent}", String.valueOf(ls.percent())))).append("</p>\n");
        html.append("<table class=\"translation-status\"><thead><tr><th>")
                .append(esc(word(t, reader, "translations-page"))).append("</th><th>")
                .append(esc(word(t, reader, "translations-state"))).append("</th><th>")
                .append(esc(word(t, reader, "translations-details"))).append("</th></tr></thead><tbody>\n");
        for (PageStatus p : ls.pages()) {
            String pageLang = p.state() == State.MISSING ? t.source().code() : code;
            html.append("<tr id=\"").append(rowId(code, p.page())).append("\" class=\"state-")
                    .append(p.state().label.replace(' ', '-')).append("\"><td><a href=\"../")
                    .append(code).append("/").append(p.page().replaceFirst("\\.adoc$", ".html"))
                    .append("\" lang=\"").append(pageLang).append("\">").append(esc(p.title()))
                    .append("</a><br><code>").append(esc(p.file())).append("</code></td><td>")
                    .append(esc(word(t, reader, p.state().word()))).append("</td><td>");
            details(t, reader, p, html, budget);
            html.append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
        List<Problem> notes = new ArrayList<>(ls.errors());
        notes.addAll(ls.todo());
        for (PageStatus p : ls.pages()) {
            if (p.state() != State.UP_TO_DATE && p.state() != State.UNCHECKED) {
                notes.addAll(p.parity());
            }
        }
        if (!notes.isEmpty()) {
            html.append("<ul class=\"translation-problems\">");
            for (Problem pr : notes) {
                html.append("<li><code>").append(esc(pr.toString())).append("</code></li>");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static void details(Translations t, Language reader, PageStatus p, StringBuilder html,
                                int[] budget) {
        if (p.state() != State.OUTDATED) {
            p.recorded().ifPresent(r -> html.append("<code>").append(esc(p.shortRecorded()))
                    .append("</code>"));
            return;
        }
        html.append("<code>").append(esc(p.shortRecorded())).append("</code> → ");
        List<String> parts = new ArrayList<>();
        for (Commit c : p.since()) {
            parts.add("<code>" + esc(c.shortId()) + "</code> " + esc(c.date()) + " " + esc(c.subject()));
        }
        if (p.uncommitted()) {
            parts.add(esc(word(t, reader, "translations-uncommitted")));
        }
        html.append("<ul class=\"translation-commits\">");
        parts.forEach(part -> html.append("<li>").append(part).append("</li>"));
        html.append("</ul>");
        if (!p.changes().isEmpty()) {
            html.append("<ul class=\"translation-sections\">");
            for (SectionChange c : p.changes()) {
                html.append("<li>");
                if (c.section().isEmpty()) {
                    html.append(esc(word(t, reader, "translations-intro-part")));
                } else {
                    html.append("<code>").append(esc(c.section())).append("</code>");
                    if (!c.title().isEmpty()) {
                        html.append(" <span lang=\"").append(t.source().code()).append("\">")
                                .append(esc(c.title())).append("</span>");
                    }
                }
                html.append(": ").append(esc(word(t, reader, "translation-section-" + c.kind())))
                        .append("</li>");
            }
            html.append("</ul>");
        }
        String command = "git diff " + p.shortRecorded() + " -- " + p.source();
        String diff = shortDiff(p.diff(), budget);
        if (diff.isEmpty()) {
            html.append("<code>").append(esc(command)).append("</code>");
        } else {
            html.append("<details><summary><code>").append(esc(command))
                    .append("</code></summary><pre class=\"diff\">").append(esc(diff))
                    .append("</pre></details>");
        }
    }

    /** Diffs shown on one translations page, in characters: it must stay a light page. */
    static final int DIFF_BUDGET = 24_000;
    /** Lines of one diff shown; the command shows the rest. */
    static final int DIFF_LINES = 60;

    /** The diff cut to fit what is left of the page's budget; empty when nothing is left. */
    private static String shortDiff(String diff, int[] budget) {
        List<String> lines = diff.lines().toList();
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (String line : lines) {
            if (shown == DIFF_LINES || sb.length() + line.length() + 1 > budget[0]) {
                break;
            }
            sb.append(line).append('\n');
            shown++;
        }
        if (shown == 0) {
            return "";
        }
        if (shown < lines.size()) {
            sb.append("... (").append(lines.size() - shown).append(" more lines)\n");
        }
        budget[0] -= sb.length();
        return sb.toString();
    }

    private static String langId(LanguageStatus ls) {
        return "lang-" + ls.language().code();
    }

    /** The guide's h2.. become h3.., under the page's own h2 sections. */
    private static String demoteHeadings(String html) {
        var body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        for (int level = 5; level >= 1; level--) {
            for (Element h : body.select("h" + level)) {
                h.tagName("h" + (level + 1));
            }
        }
        return body.body().html();
    }

    /** A word of the site in the reader's language, else in the source language. */
    public static String word(Translations t, Language reader, String key) {
        String w = reader.ui().get(key);
        if (w == null) {
            w = t.source().ui().get(key);
        }
        return w == null ? key : w;
    }

    static String esc(String s) {
        return Entities.escape(s);
    }
}
