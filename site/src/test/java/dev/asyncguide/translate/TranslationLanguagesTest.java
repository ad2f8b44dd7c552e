package dev.asyncguide.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.Language;
import dev.asyncguide.core.LanguageCodes;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A language is a folder named by its code; unknown or malformed names are clear errors. */
class TranslationLanguagesTest {

    @TempDir
    Path dir;

    @Test
    void wellFormedKnownCodesAreLanguages() {
        for (String code : List.of("ko", "en", "ja", "pt-BR", "zh-Hant", "zh-Hans-CN", "es-419", "fil", "yue")) {
            assertEquals(Optional.empty(), LanguageCodes.problem(code), code);
        }
        assertEquals("日本語", LanguageCodes.ownName("ja"));
        assertEquals("Portuguese (Brazil)", LanguageCodes.englishName("pt-BR"));
    }

    @Test
    void unknownAndMalformedCodesSayWhatToUse() {
        assertEquals("\"jp\" is not a known language code (did you mean ja? \"jp\" is a country)",
                LanguageCodes.problem("jp").orElseThrow());
        assertEquals("\"xx\" is not a known language code (ISO 639 codes: ja Japanese, zh Chinese,"
                + " es Spanish, ...)", LanguageCodes.problem("xx").orElseThrow());
        assertEquals("\"JA\" is not a language code (did you mean ja?)", LanguageCodes.problem("JA").orElseThrow());
        assertEquals("\"en_US\" is not a language code (did you mean en-US?)",
                LanguageCodes.problem("en_US").orElseThrow());
        assertEquals("\"pt-br\" is not a language code (did you mean pt-BR?)",
                LanguageCodes.problem("pt-br").orElseThrow());
        assertEquals("\"iw\" is an old code for Hebrew; name the folder he",
                LanguageCodes.problem("iw").orElseThrow());
        assertEquals("\"XX\" in \"pt-XX\" is not a known region (e.g. BR, TW, 419)",
                LanguageCodes.problem("pt-XX").orElseThrow());
        assertTrue(LanguageCodes.problem("images").orElseThrow().startsWith("\"images\" is not a language code"));
    }

    @Test
    void anUnknownLanguageFolderStopsTheBuildAndTheReport() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.write("docs/jp/language.properties", "name=日本語\n");
        var e = assertThrows(Diagnostic.class, f::scan);
        assertEquals("docs/jp:1: docs/ holds one folder per language: \"jp\" is not a known"
                + " language code (did you mean ja? \"jp\" is a country)", e.getMessage());
    }

    @Test
    void aCopiedNameIsAnError() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.write("docs/ja/language.properties", "name=English\n");
        var e = assertThrows(Diagnostic.class, f::scan);
        assertEquals("docs/ja/language.properties:1: name=English is already the name of docs/en;"
                + " give the language's own name, e.g. name=日本語", e.getMessage());
    }

    @Test
    void aNewFolderIsANewLanguageWithNoCodeChange() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.write("docs/pt-BR/language.properties", "name=Português (Brasil)\n");
        List<Language> all = Language.all(f.path("docs"));
        assertEquals(List.of("ko", "en", "pt-BR"), all.stream().map(Language::code).toList());
        var pt = f.scan().language("pt-BR").orElseThrow();
        assertEquals(0, pt.percent());
        assertTrue(f.report().contains("pt-BR  Português (Brasil) (Portuguese (Brazil)): 0/2 up to date (0%),"
                + " 0 outdated, 0 unrecorded, 2 missing"), f.report());
    }
}
