package dev.asyncguide.core;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One folder of docs/: its code (the folder name, a BCP 47 tag such as
 * {@code ko}, {@code en}, {@code pt-BR}), its own name and the words of the
 * site's interface, from {@code docs/<code>/language.properties}.
 */
public record Language(String code, String name, Path dir, Map<String, String> ui) {

    /** The language the tutorial was written in; others translate it. */
    public static final String SOURCE = "ko";

    private static final Pattern CODE = Pattern.compile(
            "[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-[0-9]{3})?");

    /** Every language folder, the source language first. */
    public static List<Language> all(Path docs) throws IOException {
        if (!Files.isDirectory(docs)) {
            throw Diagnostic.at(shown(docs, docs), 1, "no such folder (run from the repository root)");
        }
        List<Language> langs = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(docs)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                langs.add(read(docs, dir));
            }
        }
        langs.sort((a, b) -> a.code.equals(SOURCE) ? -1 : b.code.equals(SOURCE) ? 1
                : a.code.compareTo(b.code));
        if (langs.isEmpty() || !langs.getFirst().code.equals(SOURCE)) {
            throw Diagnostic.at(shown(docs, docs.resolve(SOURCE)), 1, "the source language folder is missing");
        }
        return langs;
    }

    static Language read(Path docs, Path dir) throws IOException {
        String code = dir.getFileName().toString();
        if (!CODE.matcher(code).matches() || LanguageCodes.problem(code).isPresent()) {
            throw Diagnostic.at(shown(docs, dir), 1, "docs/ holds one folder per language: "
                    + LanguageCodes.problem(code).orElse("\"" + code + "\" is not a language code"));
        }
        Path file = dir.resolve("language.properties");
        if (!Files.exists(file)) {
            throw Diagnostic.at(shown(docs, file), 1, "missing; it names the language"
                    + " and the site's words in it (copy it from docs/en)");
        }
        Properties p = new Properties();
        try (Reader r = new StringReader(SourceText.read(file, shown(docs, file)))) {
            p.load(r);
        }
        String name = p.getProperty("name");
        if (name == null || name.isBlank()) {
            throw Diagnostic.at(shown(docs, file), 1, "needs name=<the language's own name>");
        }
        Map<String, String> ui = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> ui.put(k, p.getProperty(k)));
        return new Language(code, name, dir, Map.copyOf(ui));
    }

    /** docs/... as messages show it: from the folder that holds docs/. */
    static String shown(Path docs, Path p) {
        Path base = docs.toAbsolutePath().normalize().getParent();
        return Diagnostic.shown(base.relativize(p.toAbsolutePath().normalize()));
    }

    public String ui(String key) {
        return ui.getOrDefault(key, key);
    }
}
