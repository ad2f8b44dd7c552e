package dev.asyncguide.snippet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad snippets, through the real ./jbang: each is one line naming the
 *  file and line, never a stack trace or a hung suite. */
class SnippetRunnerTest {

    static final String HEADER = "///usr/bin/env jbang \"$0\" \"$@\" ; exit $?\n//JAVA 25+\n";

    @TempDir
    Path dir;

    final SnippetRunner runner = new SnippetRunner(Path.of("").toAbsolutePath());

    Snippet write(String name, String body) throws Exception {
        Path f = dir.resolve(name + ".java");
        Files.writeString(f, HEADER + body);
        return Snippet.of(f);
    }

    @Test
    void aSnippetThatDoesNotCompileIsNamedWithItsLine() throws Exception {
        Snippet s = write("Broken", "class Broken {\n  int x = ;\n}\n");
        var e = assertThrows(SnippetRunner.SnippetException.class, () -> runner.compile(s));
        assertTrue(e.getMessage().startsWith(s.source() + ":4: does not compile: "),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void aSnippetThatHangsIsKilledAndNamed() throws Exception {
        Snippet s = write("Hangs", """
                class Hangs {
                  public static void main(String[] a) throws Exception {
                    Thread.sleep(Long.MAX_VALUE);
                  }
                }
                """);
        runner.compile(s);
        Duration limit = Duration.ofSeconds(5);
        long start = System.nanoTime();
        var run = runner.run(s, limit);
        double took = (System.nanoTime() - start) / 1e9;
        assertTrue(run.timedOut() && took < 20, "took " + took + " s");
        String msg = SnippetRunner.failure(s.source(), run, limit);
        assertTrue(msg.equals(s.source() + ":1: still running after 5 s; killed"
                + " (does it wait forever?)"), msg);
    }

    @Test
    void aSnippetThatFailsGivesItsExitCodeAndLastError() throws Exception {
        Snippet s = write("Fails", """
                class Fails {
                  public static void main(String[] a) {
                    throw new IllegalStateException("no luck");
                  }
                }
                """);
        runner.compile(s);
        var run = runner.run(s, Duration.ofSeconds(30));
        String msg = SnippetRunner.failure(s.source(), run, Duration.ofSeconds(30));
        assertTrue(msg.startsWith(s.source() + ":1: exited with code 1: "), msg);
        assertTrue(msg.endsWith("java.lang.IllegalStateException: no luck"), msg);
    }
}
