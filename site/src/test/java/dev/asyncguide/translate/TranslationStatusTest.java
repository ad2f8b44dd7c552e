package dev.asyncguide.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.translate.Translations.PageStatus;
import dev.asyncguide.translate.Translations.SectionChange;
import dev.asyncguide.translate.Translations.State;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Up to date, outdated (and what changed), unrecorded, missing: computed from git. */
class TranslationStatusTest {

    @TempDir
    Path dir;

    @Test
    void upToDateWhenTheSourceDidNotChangeSinceTheRecordedCommit() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        Translations t = f.scan();
        PageStatus a = t.language("en").orElseThrow().page("01-a.adoc");
        assertEquals(State.UP_TO_DATE, a.state());
        assertEquals(f.lastCommit("docs/ko/01-a.adoc"), a.recorded().orElseThrow());
        assertEquals(List.of(), t.errors());
        // index.adoc has no record
        assertEquals(State.UNRECORDED, t.state("en", "index.adoc"));
        assertEquals(50, t.language("en").orElseThrow().percent());
        // unrelated commits after the recorded one do not matter
        f.write("docs/ko/index.adoc", Fixture.KO_INDEX + "\n더.\n");
        f.commit("ko index grows");
        assertEquals(State.UP_TO_DATE, f.scan().state("en", "01-a.adoc"));
    }

    @Test
    void outdatedWhenTheSourceChangedWithTheCommitsAndSectionsThatChanged() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        String recorded = f.lastCommit("docs/ko/01-a.adoc");
        f.replace("docs/ko/01-a.adoc", "둘째.", "둘째, 고쳐 씀.");
        f.write("docs/ko/01-a.adoc", f.read("docs/ko/01-a.adoc") + "\n[#three]\n== 셋\n\n셋째.\n");
        f.commit("Rewrite section two, add three");

        PageStatus a = f.scan().language("en").orElseThrow().page("01-a.adoc");
        assertEquals(State.OUTDATED, a.state());
        assertEquals(recorded, a.recorded().orElseThrow());
        assertEquals(1, a.since().size());
        assertEquals("Rewrite section two, add three", a.since().getFirst().subject());
        assertFalse(a.uncommitted());
        assertEquals(List.of(new SectionChange("two", "둘", "changed"),
                new SectionChange("three", "셋", "added")), a.changes());
        assertTrue(a.diff().contains("+둘째, 고쳐 씀."), a.diff());
        // a section the source gained is what the outdated page is behind on: no error
        assertTrue(a.parity().stream().anyMatch(p -> p.what().contains("'three' is missing")), a.parity().toString());
        assertEquals(List.of(), f.scan().errors());

        String report = f.report();
        assertTrue(report.contains("outdated    docs/en/01-a.adoc  (translated from " + recorded.substring(0, 7)), report);
        assertTrue(report.contains("Rewrite section two, add three"), report);
        assertTrue(report.contains("sections: two \"둘\" (changed), three \"셋\" (added)"), report);
        assertTrue(report.contains("git diff " + recorded.substring(0, 7) + " -- docs/ko/01-a.adoc"), report);
        assertTrue(report.contains("en  English: 0/2 up to date (0%), 1 outdated, 1 unrecorded, 0 missing"), report);
        assertTrue(f.report("--diff").contains("| +둘째, 고쳐 씀."));
    }

    @Test
    void uncommittedSourceChangesCountAndARevertIsUpToDate() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.replace("docs/ko/01-a.adoc", "도입.", "도입, 아직 커밋 안 함.");
        PageStatus a = f.scan().language("en").orElseThrow().page("01-a.adoc");
        assertEquals(State.OUTDATED, a.state());
        assertTrue(a.uncommitted());
        assertEquals(List.of(), a.since());
        assertEquals(List.of(new SectionChange("", "", "changed")), a.changes());
        assertTrue(f.report().contains("docs/ko/01-a.adoc has changes not committed yet"));
        // changed and changed back: the text is what was translated
        f.commit("intro");
        f.replace("docs/ko/01-a.adoc", "도입, 아직 커밋 안 함.", "도입.");
        f.commit("intro back");
        assertEquals(State.UP_TO_DATE, f.scan().state("en", "01-a.adoc"));
    }

    @Test
    void aPageRenamedInEveryLanguageKeepsItsRecord() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.git("mv", "docs/ko/01-a.adoc", "docs/ko/09-a.adoc");
        f.git("mv", "docs/en/01-a.adoc", "docs/en/09-a.adoc");
        f.commit("move page a to the end");
        assertEquals(State.UP_TO_DATE, f.scan().state("en", "09-a.adoc"));
        // a later change under the new name is still seen, with its commit
        f.replace("docs/ko/09-a.adoc", "첫째.", "첫째, 고쳐 씀.");
        f.commit("ko: edit the moved page");
        PageStatus a = f.scan().language("en").orElseThrow().page("09-a.adoc");
        assertEquals(State.OUTDATED, a.state());
        assertTrue(a.diff().contains("+첫째, 고쳐 씀."), a.diff());
        assertEquals("ko: edit the moved page", a.since().getFirst().subject());
    }

    @Test
    void missingPageAndPercentages() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.write("docs/ko/02-b.adoc", "= 나\n\n본문.\n");
        f.write("docs/ko/03-c.adoc", "= 다\n\n본문.\n");
        f.commit("two more ko pages");
        var en = f.scan().language("en").orElseThrow();
        assertEquals(State.MISSING, en.page("02-b.adoc").state());
        assertEquals(State.MISSING, en.page("03-c.adoc").state());
        assertEquals("docs/en/02-b.adoc", en.page("02-b.adoc").file());
        assertEquals(25, en.percent());
        String report = f.report("en");
        assertTrue(report.contains("en  English: 1/4 up to date (25%), 0 outdated, 1 unrecorded, 2 missing"), report);
        assertTrue(report.contains("missing     docs/en/02-b.adoc"), report);
    }

    @Test
    void aRecordedCommitThatDoesNotExistIsAnErrorAtItsLine() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.replace("docs/en/01-a.adoc", f.lastCommit("docs/ko/01-a.adoc"), "deadbeef");
        var e = assertThrows(Diagnostic.class, f::scan);
        assertTrue(e.getMessage().startsWith("docs/en/01-a.adoc:2: source commit 'deadbeef' does not exist"),
                e.getMessage());
        f.replace("docs/en/01-a.adoc", "deadbeef", "not a sha");
        e = assertThrows(Diagnostic.class, f::scan);
        assertTrue(e.getMessage().startsWith("docs/en/01-a.adoc:2: "), e.getMessage());
        f.replace("docs/en/01-a.adoc", ":source-commit: not a sha", ":source-commit:");
        e = assertThrows(Diagnostic.class, f::scan);
        assertTrue(e.getMessage().startsWith("docs/en/01-a.adoc:2: :source-commit: has no value"), e.getMessage());
    }

    @Test
    void aRecordedCommitFromAnotherBranchIsAnError() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.git("checkout", "-q", "-b", "side");
        f.replace("docs/ko/01-a.adoc", "둘째.", "옆 가지.");
        String side = f.commit("on a side branch");
        f.git("checkout", "-q", "-");
        f.replace("docs/en/01-a.adoc", f.lastCommit("docs/ko/01-a.adoc"), side);
        var e = assertThrows(Diagnostic.class, f::scan);
        assertTrue(e.getMessage().contains("is not in the history of HEAD"), e.getMessage());
    }

    @Test
    void anUntranslatedCopyOfAnotherLanguageIsMissing() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.write("docs/ja/language.properties", "name=日本語\n");
        f.write("docs/ja/index.adoc", Fixture.EN_INDEX);
        f.write("docs/ja/01-a.adoc", f.read("docs/en/01-a.adoc"));
        var ja = f.scan().language("ja").orElseThrow();
        assertEquals(State.MISSING, ja.page("01-a.adoc").state());
        assertEquals(State.MISSING, ja.page("index.adoc").state());
        assertTrue(ja.todo().stream().anyMatch(p -> p.toString().equals(
                "docs/ja/01-a.adoc:1: the same text as docs/en/01-a.adoc: not translated yet,"
                        + " so the site shows docs/ko/01-a.adoc instead")), ja.todo().toString());
        // the English original is not a copy of its Japanese copy
        assertEquals(State.UP_TO_DATE, f.scan().state("en", "01-a.adoc"));
        assertTrue(ja.todo().stream().anyMatch(p -> p.path().equals("docs/ja/language.properties")
                && p.what().contains("translation-missing")), ja.todo().toString());
        f.write("docs/ja/01-a.adoc", f.read("docs/en/01-a.adoc").replace("First.", "一つ目。"));
        assertEquals(State.UP_TO_DATE, f.scan().state("ja", "01-a.adoc"));
    }

    @Test
    void aPageWithNoSourcePageIsAnError() throws Exception {
        Fixture f = Fixture.twoLanguages(dir);
        f.write("docs/en/09-old.adoc", "= Old\n");
        assertEquals(List.of("docs/en/09-old.adoc:1: there is no docs/ko/09-old.adoc, so this page is"
                        + " never built (renamed or removed in ko?)"),
                f.scan().errors().stream().map(Diagnostic::getMessage).toList());
    }

    @Test
    void withoutGitTheSiteStillGetsFallbacksButTheReportRefuses() throws Exception {
        Fixture f = new Fixture(dir);
        f.write("docs/ko/index.adoc", Fixture.KO_INDEX);
        f.write("docs/ko/01-a.adoc", Fixture.KO_A);
        f.write("docs/en/index.adoc", Fixture.EN_INDEX);
        // no commit: no history to compare with
        // (the fixture's snippets/python/one.py is written by twoLanguages; here by hand)
        f.write("snippets/python/one.py", "print('one')\n");
        var adoc = new dev.asyncguide.core.Asciidoc(f.root);
        Translations t = Translations.scan(dev.asyncguide.core.DocTree.read(f.root, adoc, m -> {}),
                adoc, false);
        assertFalse(t.gitChecked());
        assertEquals(State.UNCHECKED, t.state("en", "index.adoc"));
        assertEquals(State.MISSING, t.state("en", "01-a.adoc"));
        var e = assertThrows(Diagnostic.class, f::scan);
        assertTrue(e.getMessage().contains("not a git work tree with commits"), e.getMessage());
    }
}
