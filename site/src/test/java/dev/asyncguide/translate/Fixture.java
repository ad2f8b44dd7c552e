package dev.asyncguide.translate;

import dev.asyncguide.site.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small doc tree in its own git repository (a @TempDir), for the
 * translation and site tests: write pages and snippets, commit, edit,
 * scan, build.
 */
public final class Fixture {

    public final Path root;

    public Fixture(Path root) throws Exception {
        this(Files.createDirectories(root), true);
    }

    /** A fixture over an existing clone ({@code init} false) or a new repository. */
    public Fixture(Path root, boolean init) throws Exception {
        this.root = root.toRealPath();
        if (!init) {
            return;
        }
        git("init", "-q");
        // the real words, so the site and the banners have them
        for (String lang : List.of("ko", "en")) {
            write("docs/" + lang + "/language.properties",
                    Files.readString(Path.of("docs/" + lang + "/language.properties")));
        }
    }

    /** A ko page and its en translation, both committed; the en page records the ko commit. */
    public static Fixture twoLanguages(Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        f.write("docs/ko/index.adoc", KO_INDEX);
        f.write("docs/ko/01-a.adoc", KO_A);
        f.write("snippets/python/one.py", "print('one')\n");
        f.commit("ko pages");
        f.write("docs/en/index.adoc", EN_INDEX);
        f.write("docs/en/01-a.adoc", EN_A.replace("SHA", f.lastCommit("docs/ko/01-a.adoc")));
        f.commit("en pages");
        return f;
    }

    static final String KO_INDEX = """
            = 안내서

            안녕하세요.
            """;
    static final String EN_INDEX = """
            = The guide

            Hello.
            """;
    static final String KO_A = """
            = 가

            도입.

            [#one]
            == 하나

            첫째.

            [source,python]
            ----
            include::../../snippets/python/one.py[]
            ----

            [#two]
            == 둘

            둘째.
            """;
    static final String EN_A = """
            = A
            :source-commit: SHA

            Introduction.

            [#one]
            == One

            First.

            [source,python]
            ----
            include::../../snippets/python/one.py[]
            ----

            [#two]
            == Two

            Second.
            """;

    /** What a site build needs beside docs/: the real theme, the
     *  translators' guide and an (empty) snippets folder. */
    public Fixture withSiteFiles() throws IOException {
        SiteBuilder.copyTree(Path.of("site/theme"), path("site/theme"));
        Files.copy(Path.of("CONTRIBUTING.md"), path("CONTRIBUTING.md"));
        Files.createDirectories(path("snippets"));
        return this;
    }

    /** A ./jbang that runs the repository's own wrapper (and its bootstrapped JBang). */
    public Fixture withJbang() throws IOException {
        Path real = Path.of("jbang").toAbsolutePath();
        write("jbang", "#!/usr/bin/env bash\nexec '" + real + "' \"$@\"\n");
        path("jbang").toFile().setExecutable(true);
        return this;
    }

    /** A snippet body that naps 0.2 s and prints its timing line: for the
     *  tests of runs, checks and mutants. */
    public static final String NAP = """
            public class Nap {
                public static void main(String[] a) throws Exception {
                    long start = System.nanoTime();
                    Thread.sleep(200);
                    System.out.println("nap done");
                    System.out.printf(java.util.Locale.ROOT, "elapsed: %.2fs%n",
                            (System.nanoTime() - start) / 1e9);
                }
            }
            """;

    /** A snippet: snippets/NAME.java with its .expect, and its Python twin. */
    public Fixture withSnippet(String name, String javaBody, String expect, String python)
            throws IOException {
        write("snippets/" + name + ".java", "///usr/bin/env jbang \"$0\" \"$@\" ; exit $?\n"
                + "//JAVA 25+\n" + javaBody);
        String twin = "python/" + name.toLowerCase(java.util.Locale.ROOT) + ".py";
        write("snippets/" + twin, python);
        write("snippets/" + name + ".expect", "@python " + twin + "\n" + expect);
        return this;
    }

    public Path path(String rel) {
        return root.resolve(rel);
    }

    public void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    public String read(String rel) throws IOException {
        return Files.readString(root.resolve(rel));
    }

    public void replace(String rel, String from, String to) throws IOException {
        String text = read(rel);
        if (!text.contains(from)) {
            throw new AssertionError(rel + " has no " + from);
        }
        write(rel, text.replace(from, to));
    }

    public String commit(String message) throws Exception {
        git("add", "-A");
        git("commit", "-q", "-m", message);
        return git("rev-parse", "HEAD").strip();
    }

    String lastCommit(String rel) throws Exception {
        return git("log", "-1", "--format=%H", "--", rel).strip();
    }

    String git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", root.toString(),
                "-c", "user.name=Translator", "-c", "user.email=t@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }

    Translations scan() throws Exception {
        return TranslationsMain.scan(root);
    }

    /** The report's text, as ./build.sh translations prints it. */
    String report(String... args) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        int exit = TranslationsMain.report(root, List.of(args),
                new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new AssertionError("report exited " + exit);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** ./build.sh translated LANG PAGE...: its output, or the exception it threw. */
    String record(String... args) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        int exit = TranslationsMain.record(root, List.of(args),
                new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
        return exit + ":" + bytes.toString(StandardCharsets.UTF_8);
    }
}
