package dev.asyncguide.site;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.Language;
import dev.asyncguide.translate.Git.Commit;
import dev.asyncguide.translate.Translations;
import dev.asyncguide.translate.Translations.LanguageStatus;
import dev.asyncguide.translate.Translations.PageStatus;
import dev.asyncguide.translate.Translations.SectionChange;
import dev.asyncguide.translate.Translations.State;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What the translation state looks like on the site, as template models
 * (the HTML is in the theme: page.mustache's banner, translations.mustache):
 * the banner on a page that is missing (shown from the source language) or
 * outdated in the reader's language, and the translations page
 * ({@value #HREF} in every language) with every language's state and the
 * translators' guide. All words come from the reader's language.properties,
 * falling back to the source language's.
 */
public final class TranslationPages {

    /** The translations page, in each language's folder. */
    public static final String HREF = "translations.html";

    /** The id of the guide on the translations page. */
    public static final String GUIDE_ID = "guide";

    /** The guide: Markdown kept within what Asciidoctor reads too (headings, lists, code). */
    public static final String GUIDE_FILE = "CONTRIBUTING.md";

    /**
     * Diffs shown on one translations page, in bytes of HTML (UTF-8, as
     * escaped): it must stay a light page. Each outdated page's row shows
     * its command, which prints the whole diff.
     */
    static final int DIFF_BUDGET = 16_000;
    /** Lines of one diff shown; the command shows the rest. */
    static final int DIFF_LINES = 60;

    private TranslationPages() {}

    /** The id of a page's row on the translations page, e.g. "en-02-sync-vs-async". */
    public static String rowId(String code, String page) {
        return code + "-" + page.replaceFirst("\\.adoc$", "");
    }

    /** The banner for {@code page} read in {@code reader}'s language, if it needs one. */
    public static Optional<Map<String, Object>> banner(Translations t, Language reader,
                                                       String page) {
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
        return Optional.of(Map.of("state", state.label.replace(' ', '-'), "lang", reader.code(),
                "text", word(t, reader, key), "href", href, "link", word(t, reader, linkKey)));
    }

    /**
     * The model of the translations page in {@code reader}'s language: the
     * frame of that language's index page ({@code indexModel}) around the
     * report and the guide.
     */
    public static Map<String, Object> pageModel(Translations t, Language reader,
                                                List<Language> languages,
                                                Map<String, Object> indexModel, String guideHtml) {
        Map<String, Object> model = SiteBuilder.inIndexFrame(indexModel, languages, reader, HREF,
                word(t, reader, "translations"));
        model.put("isTranslations", true);
        model.put("body", "");
        model.put("translations", report(t, reader, guideHtml));
        return model;
    }

    /** The model of translations.mustache in {@code reader}'s language. */
    static Map<String, Object> report(Translations t, Language reader, String guideHtml) {
        Map<String, Object> m = new HashMap<>();
        m.put("intro", word(t, reader, "translations-intro")
                .replace("{commit}", t.gitChecked() ? t.head() : "-"));
        Map<String, String> words = new HashMap<>();
        for (String k : List.of("page", "state", "details", "uncommitted", "guide")) {
            words.put(k, word(t, reader, "translations-" + k));
        }
        words.put("introPart", word(t, reader, "translations-intro-part"));
        m.put("words", words);
        int[] budget = {DIFF_BUDGET};
        List<Map<String, Object>> langs = new ArrayList<>();
        for (LanguageStatus ls : t.languages()) {
            langs.add(language(t, reader, ls, budget));
        }
        m.put("languages", langs);
        m.put("guide", demoteHeadings(guideHtml));
        return m;
    }

    private static Map<String, Object> language(Translations t, Language reader,
                                                LanguageStatus ls, int[] budget) {
        String code = ls.language().code();
        long done = ls.count(State.UP_TO_DATE) + ls.count(State.UNCHECKED);
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", ls.language().name());
        m.put("percent", ls.percent());
        m.put("summary", word(t, reader, "translations-summary")
                .replace("{done}", String.valueOf(done))
                .replace("{total}", String.valueOf(ls.pages().size()))
                .replace("{percent}", String.valueOf(ls.percent())));
        List<Map<String, Object>> pages = new ArrayList<>();
        for (PageStatus p : ls.pages()) {
            Map<String, Object> row = new HashMap<>();
            row.put("rowId", rowId(code, p.page()));
            row.put("state", p.state().label.replace(' ', '-'));
            row.put("href", p.page().replaceFirst("\\.adoc$", ".html"));
            row.put("pageLang", p.state() == State.MISSING ? t.source().code() : code);
            row.put("title", p.title());
            row.put("file", p.file());
            row.put("stateWord", word(t, reader, p.state().word()));
            p.recorded().ifPresent(r -> row.put("recorded", p.shortRecorded()));
            if (p.state() == State.OUTDATED) {
                row.put("outdated", outdated(t, p, budget));
            }
            pages.add(row);
        }
        m.put("pages", pages);
        List<String> notes = new ArrayList<>();
        ls.errors().forEach(d -> notes.add(d.getMessage()));
        ls.todo().forEach(d -> notes.add(d.getMessage()));
        for (PageStatus p : ls.pages()) {
            if (p.state() != State.UP_TO_DATE && p.state() != State.UNCHECKED) {
                p.parity().stream().map(Diagnostic::getMessage).forEach(notes::add);
            }
        }
        m.put("notes", notes);
        return m;
    }

    private static Map<String, Object> outdated(Translations t, PageStatus p, int[] budget) {
        Map<String, Object> m = new HashMap<>();
        List<Map<String, String>> commits = new ArrayList<>();
        for (Commit c : p.since()) {
            commits.add(Map.of("id", c.shortId(), "date", c.date(), "subject", c.subject()));
        }
        m.put("commits", commits);
        m.put("uncommitted", p.uncommitted());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (SectionChange c : p.changes()) {
            Map<String, Object> ch = new LinkedHashMap<>();
            ch.put("intro", c.section().isEmpty());
            ch.put("section", c.section());
            ch.put("title", c.title());
            ch.put("sourceLang", t.source().code());
            ch.put("kind", c.kind());
            changes.add(ch);
        }
        m.put("changes", changes);
        m.put("command", "git diff " + p.shortRecorded() + " -- " + p.source());
        String diff = shortDiff(p.diff(), budget);
        if (!diff.isEmpty()) {
            m.put("diff", diff);
        }
        return m;
    }

    /**
     * The diff as HTML for a {@code <pre>}, cut to fit what is left of the
     * page's budget; empty when nothing is left. Escaped for a text node
     * only ({@code & < >}): the template's own escaping would write every
     * new line, {@code =} and backquote as a character reference.
     */
    static String shortDiff(String diff, int[] budget) {
        List<String> lines = diff.lines().toList();
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        int shown = 0;
        for (String line : lines) {
            String html = escape(line) + "\n";
            int size = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (shown == DIFF_LINES || bytes + size > budget[0]) {
                break;
            }
            sb.append(html);
            bytes += size;
            shown++;
        }
        if (shown == 0) {
            return "";
        }
        if (shown < lines.size()) {
            sb.append("... (").append(lines.size() - shown).append(" more lines)\n");
        }
        budget[0] -= bytes;
        return sb.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
}
