package dev.asyncguide.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The snippet contract of DESIGN.md, checked on the files themselves: a
 * JBang header, a `main` tag for the pages, and lines short enough to sit
 * beside prose (as Go by Example checks in CI).
 */
class SnippetContractTest {

    /** About 70 characters fit beside the text; a little slack for braces. */
    static final int MAX_LINE = 72;

    @Test
    void everySnippetHasTheJBangHeaderAndAMainTag() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Snippet s : Snippet.all(Path.of(""))) {
            List<String> lines = Files.readAllLines(s.source());
            String name = s.source().toString();
            if (lines.isEmpty() || !lines.get(0).equals("///usr/bin/env jbang \"$0\" \"$@\" ; exit $?")) {
                problems.add(name + ":1: first line must be the JBang shebang line");
            }
            if (lines.size() < 2 || !lines.get(1).matches("//JAVA 25\\+?")) {
                problems.add(name + ":2: second line must be //JAVA 25+ (or //JAVA 25 with //PREVIEW)");
            } else if (lines.get(1).equals("//JAVA 25") && !lines.contains("//PREVIEW")) {
                problems.add(name + ":2: //JAVA 25 (exact) is for preview APIs: add //PREVIEW or use 25+");
            }
            if (lines.stream().noneMatch(l -> l.matches("//DESCRIPTION \\S.*"))) {
                problems.add(name + ":1: no //DESCRIPTION line");
            }
            if (lines.stream().noneMatch(l -> l.strip().equals("// tag::main[]"))
                    || lines.stream().noneMatch(l -> l.strip().equals("// end::main[]"))) {
                problems.add(name + ":1: no // tag::main[] ... // end::main[] region for the pages");
            }
            String cls = "class " + s.name();
            if (lines.stream().noneMatch(l -> l.contains(cls + " ") || l.endsWith(cls))) {
                problems.add(name + ":1: the class must be named " + s.name() + " like its file");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everySnippetNamesItsPythonOriginalAndEveryOriginalHasATwin() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> twins = new ArrayList<>();
        for (Snippet s : Snippet.all(Path.of(""))) {
            twins.add(s.expectation(Path.of("")).python()); // a missing one throws
        }
        try (Stream<Path> files = Files.walk(Path.of("snippets/python"))) {
            files.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !twins.contains(p.normalize()))
                    .forEach(p -> problems.add(p + ":1: no snippet names it with @python"));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void codeLinesFitBesideProse() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("snippets"))) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(java|py)$")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).length() > MAX_LINE) {
                        tooLong.add(f + ":" + (i + 1) + ": " + lines.get(i).length()
                                + " characters (at most " + MAX_LINE + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), tooLong);
    }
}
