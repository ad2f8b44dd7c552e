package dev.asyncguide.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.site.BuildException;
import dev.asyncguide.site.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken page fails the build with file and line, and leaves the
 *  site of the last good build as it was: never a half-written one.
 *  (It lives beside the translation fixtures, whose doc tree it borrows.) */
class FailedBuildTest {

    @TempDir
    Path dir;

    @Test
    void brokenIncludeKeepsTheLastGoodSite() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.withSiteFiles();
        Path out = f.path("target/site");
        new SiteBuilder(f.root, m -> {}).build(out);
        String goodIndex = Files.readString(out.resolve("en/index.html"));

        f.write("docs/en/index.adoc", f.read("docs/en/index.adoc")
                + "\ninclude::../../snippets/Missing.java[]\n");
        var e = assertThrows(BuildException.class,
                () -> new SiteBuilder(f.root, m -> {}).build(out));
        assertTrue(e.getMessage().matches("docs/en/index\\.adoc:\\d+: include file not found.*"),
                e.getMessage());
        assertEquals(goodIndex, Files.readString(out.resolve("en/index.html")));
        assertFalse(Files.exists(f.path("target/site.partial")), "scratch folder left behind");
    }
}
