package dev.asyncguide.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.site.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new translator sees: a docs/ja with one translated page is a
 * language of the site, every other page is there in ja from the Korean
 * source with a banner, and a Korean edit marks the translations outdated.
 */
class TranslationSiteTest {

    @TempDir
    Path dir;

    @Test
    void aNewLanguageWithOnePageThenAnOutdatedTranslation() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.write("docs/ko/02-b.adoc", "= 나\n\n[#b]\n== 나 절\n\n본문.\n");
        f.write("docs/en/02-b.adoc", "= B\n\n[#b]\n== B section\n\nBody.\n");
        f.commit("page b");
        f.withSiteFiles();
        // the new translator: a folder, its words, one page
        f.write("docs/ja/language.properties", f.read("docs/en/language.properties")
                .replace("name=English", "name=日本語")
                .replace("translation-missing=This page has not been translated into English yet, so here is the Korean original.",
                        "translation-missing=このページはまだ日本語に翻訳されていません。韓国語の原文を表示しています。"));
        f.write("docs/ja/01-a.adoc", Fixture.EN_A.replace("SHA", f.lastCommit("docs/ko/01-a.adoc"))
                .replace("= A", "= あ").replace("Introduction.", "はじめに。"));
        f.commit("ja: start with one page");

        Path site = build(f);
        // ja is in the switcher of every page of every language, and no switcher link is dead
        List<String> dead = new ArrayList<>();
        for (Path html : htmlFiles(site)) {
            if (html.getParent().equals(site)) {
                continue; // the root language picker
            }
            Document d = Jsoup.parse(html.toFile());
            Element ja = d.selectFirst("nav.languages a[hreflang=ja]");
            assertNotNull(ja, html + " has no ja in its switcher");
            assertEquals("日本語", ja.text());
            for (Element a : d.select("nav.languages a")) {
                if (!Files.exists(html.getParent().resolve(a.attr("href")))) {
                    dead.add(site.relativize(html) + " -> " + a.attr("href"));
                }
            }
        }
        assertEquals(List.of(), dead);
        // the translated page: no banner
        assertNull(page(site, "ja/01-a.html").selectFirst(".banner"));
        assertEquals("ja", page(site, "ja/01-a.html").selectFirst("html").attr("lang"));
        // every other page: the Korean source, marked ko, under a Japanese banner
        for (String missing : List.of("ja/index.html", "ja/02-b.html")) {
            Document d = page(site, missing);
            Element banner = d.selectFirst(".banner");
            assertNotNull(banner, missing);
            assertTrue(banner.text().startsWith("このページはまだ日本語に翻訳されていません。"), banner.text());
            assertEquals("translations.html#guide", banner.selectFirst("a").attr("href"));
            assertEquals("ja", banner.selectFirst("[lang]").attr("lang"));
            assertNotNull(d.selectFirst("nav.sidebar a[href=translations.html]"), missing);
            Element body = d.selectFirst("div.untranslated[lang=ko]");
            assertNotNull(body, missing);
        }
        assertTrue(page(site, "ja/02-b.html").selectFirst("div.untranslated").text().contains("본문."));
        // the report page, in every language, with the guide
        Document report = page(site, "ja/translations.html");
        assertEquals("missing", report.getElementById("ja-02-b").selectFirst("td:nth-child(2)").text()
                .replace(" (shown in Korean)", ""));
        assertEquals("up to date", report.getElementById("ja-01-a").selectFirst("td:nth-child(2)").text());
        assertNotNull(report.getElementById("guide"));
        assertTrue(report.getElementById("guide").text().contains("Marking a page caught up"));
        assertTrue(Files.exists(site.resolve("ko/translations.html")));
        assertTrue(Files.exists(site.resolve("en/translations.html")));
        assertNull(page(site, "en/01-a.html").selectFirst(".banner"));

        // a Korean edit, committed: en and ja are outdated, with what changed
        f.replace("docs/ko/01-a.adoc", "첫째.", "첫째, 더 자세히.");
        f.commit("ko: say more in section one");
        site = build(f);
        for (String lang : List.of("en", "ja")) {
            Element banner = page(site, lang + "/01-a.html").selectFirst(".banner");
            assertNotNull(banner, lang);
            assertEquals("translations.html#" + lang + "-01-a", banner.selectFirst("a").attr("href"));
            Element row = page(site, lang + "/translations.html").getElementById(lang + "-01-a");
            assertEquals("state-outdated", row.className());
            assertTrue(row.text().contains("ko: say more in section one"), row.text());
            assertTrue(row.selectFirst("ul.translation-sections").text().contains("one"), row.text());
            assertTrue(row.selectFirst("pre.diff").text().contains("+첫째, 더 자세히."), row.text());
        }
        assertTrue(page(site, "en/01-a.html").selectFirst(".banner").text()
                .startsWith("The Korean original of this page has changed"));
    }

    @Test
    void aShallowCloneBuildsTheSiteWithoutStalenessAndTheReportAsksForHistory() throws Exception {
        Fixture full = Fixture.twoLanguages(dir.resolve("full"));
        full.write("docs/ko/02-b.adoc", "= 나\n\n[#b]\n== 나 절\n");
        full.commit("a later commit, so the recorded one is not the tip");
        full.git("clone", "-q", "--depth", "1", "file://" + full.root, dir.resolve("shallow").toString());
        Fixture f = new Fixture(dir.resolve("shallow"), false);
        f.withSiteFiles();
        Path site = build(f);
        assertNull(page(site, "en/01-a.html").selectFirst(".banner"));
        var e = assertThrows(Diagnostic.class, f::scan);
        assertTrue(e.getMessage().contains("shallow clone: run git fetch --unshallow"), e.getMessage());
    }

    private static Path build(Fixture f) throws Exception {
        Path index = new SiteBuilder(f.root, m -> {}).build(f.path("target/site"));
        return index.getParent();
    }

    private static Document page(Path site, String rel) throws Exception {
        Path p = site.resolve(rel);
        assertTrue(Files.exists(p), rel + " was not built");
        return Jsoup.parse(p.toFile());
    }

    private static List<Path> htmlFiles(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
