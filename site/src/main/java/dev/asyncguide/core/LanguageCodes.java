package dev.asyncguide.core;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which folder names under docs/ are language codes: a BCP 47 tag made of a
 * language ({@code ja}, {@code fil}), an optional script ({@code zh-Hant})
 * and an optional region ({@code pt-BR}, {@code es-419}), with the usual
 * casing, naming a language the JDK knows. The check needs no list of our
 * own: a new language is a new folder, never a code change.
 */
public final class LanguageCodes {

    private LanguageCodes() {}

    private static final Pattern WELL_FORMED = Pattern.compile(
            "(?<lang>[a-z]{2,3})(?:-(?<script>[A-Z][a-z]{3}))?(?:-(?<region>[A-Z]{2}|[0-9]{3}))?");

    /** Country codes people write where a language code belongs. */
    private static final Map<String, String> LOOKALIKES = Map.ofEntries(
            Map.entry("jp", "ja"), Map.entry("cn", "zh"), Map.entry("tw", "zh-TW"),
            Map.entry("gr", "el"), Map.entry("cz", "cs"), Map.entry("dk", "da"),
            Map.entry("ua", "uk"), Map.entry("vn", "vi"), Map.entry("us", "en"),
            Map.entry("gb", "en"), Map.entry("kp", "ko"), Map.entry("ir", "fa"),
            Map.entry("il", "he"), Map.entry("rs", "sr"), Map.entry("si", "sl"));

    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

    /**
     * Why {@code code} is not a usable language folder name, or empty when
     * it is. The message is a sentence that ends with what to do.
     */
    public static Optional<String> problem(String code) {
        var m = WELL_FORMED.matcher(code);
        if (!m.matches()) {
            String fixed = Locale.forLanguageTag(code.replace('_', '-')).toLanguageTag();
            String hint = !fixed.equals("und") && !fixed.equals(code)
                    && WELL_FORMED.matcher(fixed).matches()
                    ? " (did you mean " + fixed + "?)"
                    : " (use a BCP 47 tag such as ja, en, pt-BR, zh-Hant)";
            return Optional.of("\"" + code + "\" is not a language code" + hint);
        }
        String lang = m.group("lang");
        Locale locale = Locale.forLanguageTag(lang);
        if (!locale.getLanguage().equals(lang)) {
            return Optional.of("\"" + lang + "\" is an old code for "
                    + locale.getDisplayLanguage(Locale.ENGLISH) + "; name the folder "
                    + code.replaceFirst("^" + lang, locale.getLanguage()));
        }
        String english = locale.getDisplayLanguage(Locale.ENGLISH);
        if (english.isEmpty() || english.equals(lang) || lang.startsWith("q")) {
            String hint = LOOKALIKES.containsKey(lang)
                    ? " (did you mean " + LOOKALIKES.get(lang) + "?"
                    + " \"" + lang + "\" is a country)"
                    : " (ISO 639 codes: ja Japanese, zh Chinese, es Spanish, ...)";
            return Optional.of("\"" + code + "\" is not a known language code" + hint);
        }
        String script = m.group("script");
        if (script != null && !isScript(script)) {
            return Optional.of("\"" + script + "\" in \"" + code
                    + "\" is not a known script (e.g. Hans, Hant, Latn, Cyrl)");
        }
        String region = m.group("region");
        if (region != null && region.length() == 2 && !REGIONS.contains(region)) {
            return Optional.of("\"" + region + "\" in \"" + code
                    + "\" is not a known region (e.g. BR, TW, 419)");
        }
        return Optional.empty();
    }

    private static boolean isScript(String script) {
        if (script.equals("Hans") || script.equals("Hant")) {
            return true;
        }
        try {
            Character.UnicodeScript.forName(script);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The language's name in English, e.g. "Japanese", "Portuguese (Brazil)". */
    public static String englishName(String code) {
        return Locale.forLanguageTag(code).getDisplayName(Locale.ENGLISH);
    }

    /** The language's name in itself, e.g. "日本語", as the JDK knows it. */
    public static String ownName(String code) {
        Locale l = Locale.forLanguageTag(code);
        return l.getDisplayName(l);
    }
}
