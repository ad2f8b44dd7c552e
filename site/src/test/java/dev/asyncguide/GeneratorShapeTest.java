package dev.asyncguide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generator's shape, as a newcomer should find it: packages that
 * depend one way (core ← snippet, translate ← site), and no HTML in Java
 * strings (it belongs to the theme's templates).
 */
class GeneratorShapeTest {

    static final Path MAIN = Path.of("site/src/main/java/dev/asyncguide");

    /** Which project packages each package may import. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "core", Set.of(),
            "snippet", Set.of("core"),
            "translate", Set.of("core"),
            "site", Set.of("core", "snippet", "translate"));

    static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?dev\\.asyncguide\\.(\\w+)\\.", Pattern.MULTILINE);
    static final Pattern QUALIFIED = Pattern.compile("dev\\.asyncguide\\.(\\w+)\\.[A-Z]");

    static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void packagesDependOneWay() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = MAIN.relativize(file).getName(0).toString();
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) {
                wrong.add(file + ": package " + pkg + " has no place in the graph");
                continue;
            }
            String text = Files.readString(file);
            for (Pattern p : List.of(IMPORT, QUALIFIED)) {
                var m = p.matcher(text);
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !allowed.contains(used)) {
                        wrong.add(file + ": " + pkg + " uses " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** An HTML tag in a string literal: "<div", "</span>", "<br>". */
    static final Pattern HTML_IN_STRING = Pattern.compile("\"[^\"\\n]*(?<!\\?)</?(?:a|abbr|b|br|button"
            + "|code|details|div|em|h[1-6]|html|i|img|input|li|link|main|meta|meter|nav|ol|p|pre"
            + "|script|section|span|strong|style|summary|table|tbody|td|th|thead|tr|ul)[\\s>/]"
            + "[^\"\\n]*\"");

    @Test
    void noHtmlInJavaStrings() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String code = lines.get(i).strip();
                if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                    continue; // comments may name tags
                }
                if (HTML_IN_STRING.matcher(code).find()) {
                    found.add(file + ":" + (i + 1) + ": " + code);
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
