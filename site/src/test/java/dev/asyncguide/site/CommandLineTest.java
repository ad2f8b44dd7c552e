package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncguide.core.ProcessRunner;
import dev.asyncguide.translate.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands as build.sh runs them, in their own JVM: bad content is one
 * line on stderr and exit 1 (Asciidoctor's own log says nothing more), bad
 * usage exit 2, and nothing goes to stdout but the result.
 */
class CommandLineTest {

    @TempDir
    Path dir;

    static ProcessRunner.Result java(Path cwd, String main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(List.of(args));
        return ProcessRunner.run(ProcessRunner.Spec.of(cwd, cmd).timeout(Duration.ofMinutes(3)));
    }

    @Test
    void aBrokenPageIsOneLineAndExitOne() throws Exception {
        Fixture f = Fixture.twoLanguages(dir).withSiteFiles();
        f.write("docs/en/index.adoc", f.read("docs/en/index.adoc")
                + "\ninclude::../../snippets/Missing.java[]\n");
        var r = java(f.root, "dev.asyncguide.site.SiteBuilder");
        List<String> errors = r.stderr().lines().filter(l -> !l.startsWith("[site] ")).toList();
        assertEquals(List.of("error: docs/en/index.adoc:5: include file not found:"
                + " snippets/Missing.java"), errors, r.stderr());
        assertEquals(1, r.exitCode());
        assertEquals(List.of(), r.stdout());
        assertEquals(false, Files.exists(f.path("target/site")));
    }

    @Test
    void aGoodBuildPrintsItsIndexLast() throws Exception {
        Fixture f = Fixture.twoLanguages(dir).withSiteFiles();
        var r = java(f.root, "dev.asyncguide.site.SiteBuilder");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(f.path("target/site/index.html").toString(), r.stdout().getLast());
    }

    @Test
    void badUsageIsExitTwo() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        assertUsage("usage: ./build.sh translated LANG PAGE... (e.g. ./build.sh"
                + " translated en 02-sync-vs-async)",
                java(f.root, "dev.asyncguide.translate.TranslationsMain", "record", "en"));
        assertUsage("usage: ./build.sh snippet NAME: there is no snippets/Nope.java",
                java(f.root, "dev.asyncguide.snippet.CheckSnippet", "Nope"));
        assertUsage("usage: SiteBuilder --snippets-compiled-by PID: not a process id: build",
                java(f.root, "dev.asyncguide.site.SiteBuilder", "--snippets-compiled-by",
                        "build"));
        assertUsage("usage: SiteBuilder [--snippets-compiled-by PID] [output folder]",
                java(f.root, "dev.asyncguide.site.SiteBuilder", "--fresh"));
    }

    /** Exit 2 and that one line on stderr, nothing else. */
    private static void assertUsage(String line, ProcessRunner.Result r) {
        assertEquals(2, r.exitCode(), r.stderr());
        assertEquals(List.of(line), r.stderr().lines().toList());
    }
}
