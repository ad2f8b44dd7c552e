package dev.asyncguide.site;

import java.nio.file.Path;

/** The real site, built once per test run into target/site with the same
 *  code as ./build.sh, for every test that inspects it. */
final class BuiltSite {
    private static Path index;

    private BuiltSite() {}

    static synchronized Path index() throws Exception {
        if (index == null) {
            index = new SiteBuilder(m -> System.out.println("[site] " + m))
                    .build(Path.of("target/site").toAbsolutePath());
        }
        return index;
    }

    static Path dir() throws Exception {
        return index().getParent();
    }
}
