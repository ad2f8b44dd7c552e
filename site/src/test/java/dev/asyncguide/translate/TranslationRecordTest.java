package dev.asyncguide.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.translate.Translations.State;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./build.sh translated LANG PAGE: the one command that marks a page caught up. */
class TranslationRecordTest {

    @TempDir
    Path dir;

    @Test
    void writesTheSourcePagesLastCommitBelowTheTitle() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        String ko = f.lastCommit("docs/ko/index.adoc");
        String out = f.record("en", "index");
        assertTrue(out.startsWith("0:docs/en/index.adoc:2: :source-commit: " + ko.substring(0, 12)), out);
        assertEquals("= The guide\n:source-commit: " + ko + "\n\nHello.\n", f.read("docs/en/index.adoc"));
        assertEquals(State.UP_TO_DATE, f.scan().state("en", "index.adoc"));
    }

    @Test
    void catchingUpReplacesTheRecord() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.replace("docs/ko/01-a.adoc", "둘째.", "둘째, 고침.");
        String changed = f.commit("ko: section two");
        assertEquals(State.OUTDATED, f.scan().state("en", "01-a.adoc"));
        f.replace("docs/en/01-a.adoc", "Second.", "Second, fixed.");
        assertTrue(f.record("en", "docs/en/01-a.adoc").startsWith("0:docs/en/01-a.adoc:2: "));
        assertTrue(f.read("docs/en/01-a.adoc").startsWith("= A\n:source-commit: " + changed + "\n\n"));
        assertEquals(1, f.read("docs/en/01-a.adoc").split(":source-commit:").length - 1);
        assertEquals(State.UP_TO_DATE, f.scan().state("en", "01-a.adoc"));
    }

    @Test
    void aMergeThatResolvedAConflictInTheSourceIsItsLastChange() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.git("checkout", "-q", "-b", "side");
        f.replace("docs/ko/01-a.adoc", "둘째.", "둘째, 옆에서.");
        f.commit("side");
        f.git("checkout", "-q", "-");
        f.replace("docs/ko/01-a.adoc", "둘째.", "둘째, 여기서.");
        f.commit("here");
        // the merge stops on the conflict; it is resolved by hand
        assertThrows(AssertionError.class, () -> f.git("merge", "-q", "side", "-m", "merge"));
        f.write("docs/ko/01-a.adoc", f.read("docs/ko/01-a.adoc")
                .replaceAll("(?s)<<<<<<<.*?>>>>>>> side\n", "둘째, 함께.\n"));
        String merge = f.commit("merge side");
        f.replace("docs/en/01-a.adoc", "Second.", "Second, together.");
        f.record("en", "01-a");
        assertTrue(f.read("docs/en/01-a.adoc").startsWith("= A\n:source-commit: " + merge + "\n"),
                f.read("docs/en/01-a.adoc"));
        assertEquals(State.UP_TO_DATE, f.scan().state("en", "01-a.adoc"));
    }

    @Test
    void refusesWhileTheSourceHasUncommittedChanges() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.replace("docs/ko/01-a.adoc", "둘째.", "둘째, 아직.");
        var e = assertThrows(dev.asyncguide.core.Diagnostic.class, () -> f.record("en", "01-a"));
        assertEquals("docs/ko/01-a.adoc:1: has changes that are not committed; the record names a commit,"
                + " so commit them first", e.getMessage());
    }

    @Test
    void refusesWhileTheStructureDiffers() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        String before = f.read("docs/en/01-a.adoc").replace("[#two]", "[#deux]");
        f.write("docs/en/01-a.adoc", before);
        assertEquals("1:", f.record("en", "01-a"));
        assertEquals(before, f.read("docs/en/01-a.adoc"));
    }

    @Test
    void refusesAnUntranslatedCopyAndUnknownPagesOrLanguages() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.write("docs/ja/language.properties", "name=日本語\n");
        f.write("docs/ja/index.adoc", Fixture.EN_INDEX);
        assertEquals("docs/ja/index.adoc:1: the same text as docs/en/index.adoc: translate it first",
                assertThrows(dev.asyncguide.core.Diagnostic.class, () -> f.record("ja", "index")).getMessage());
        assertEquals("docs/ja/01-a.adoc does not exist: copy docs/ko/01-a.adoc there and translate it first",
                assertThrows(dev.asyncguide.core.Diagnostic.class, () -> f.record("ja", "01-a")).getMessage());
        assertTrue(assertThrows(dev.asyncguide.core.Diagnostic.class, () -> f.record("ja", "99-nope"))
                .getMessage().startsWith("there is no source page docs/ko/99-nope.adoc (pages: index 01-a)"));
        assertEquals("ko is the source language; its pages record nothing",
                assertThrows(dev.asyncguide.core.Diagnostic.class, () -> f.record("ko", "index")).getMessage());
        assertEquals("there is no folder docs/fr (copy docs/en to start it)",
                assertThrows(dev.asyncguide.core.Diagnostic.class, () -> f.record("fr", "index")).getMessage());
    }
}
