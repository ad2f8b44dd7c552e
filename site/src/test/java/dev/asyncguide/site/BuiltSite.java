package dev.asyncguide.site;

import dev.asyncguide.snippet.SnippetRuns;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The real site, built once per test run into target/site with the same
 *  code as ./build.sh, for every test that inspects it. Its snippets are
 *  the shared fresh runs, whichever test class comes first. */
final class BuiltSite {
    private static Path index;
    private static final List<String> messages = new CopyOnWriteArrayList<>();

    private BuiltSite() {}

    static synchronized Path index() throws Exception {
        if (index == null) {
            SnippetRuns.once();
            index = new SiteBuilder(Path.of(""), m -> {
                messages.add(m);
                System.out.println("[site] " + m);
            }).build(Path.of("target/site").toAbsolutePath());
        }
        return index;
    }

    /** What the build reported (its progress lines). */
    static List<String> messages() throws Exception {
        index();
        return List.copyOf(messages);
    }

    static Path dir() throws Exception {
        return index().getParent();
    }
}
