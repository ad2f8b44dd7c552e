package dev.asyncguide.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.translate.Fixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong versions of a snippet, run through the real ./jbang: the check
 *  must reject each, and a wrong version it lets pass is reported. */
class MutantsTest {

    @TempDir
    Path dir;

    Fixture f;

    static final String NAP = Fixture.NAP;

    @BeforeEach
    void tree() throws Exception {
        f = Fixture.twoLanguages(dir).withJbang();
        f.withSnippet("Nap", NAP, "nap done\nelapsed: 0.20s <= 0.55s (not 0.60s)\n",
                "print('nap done')\n");
    }

    List<Mutants.Verdict> run() throws Exception {
        SnippetRunner runner = new SnippetRunner(f.root);
        List<Mutants.Verdict> verdicts = new java.util.ArrayList<>();
        for (Mutants.Mutant m : Mutants.all(f.root)) {
            verdicts.add(Mutants.run(f.root, runner, m));
        }
        return verdicts;
    }

    @Test
    void aSlowerVersionIsKilledAndAHarmlessOneSurvives() throws Exception {
        f.write("snippets/mutants/Nap.mutants", """
                # three naps in turn
                @mutant sequential
                - Thread.sleep(200);
                + Thread.sleep(600);
                # the same program, printed otherwise: the check cannot tell
                @mutant harmless
                - long start = System.nanoTime();
                + long start = System.nanoTime(); // started
                """);
        var verdicts = run();
        assertEquals(2, verdicts.size());
        assertTrue(verdicts.get(0).killed(), verdicts.get(0).why());
        assertTrue(verdicts.get(0).why().startsWith("snippets/Nap.expect:3: output line 2"),
                verdicts.get(0).why());
        assertFalse(verdicts.get(1).killed(), "a mutant the check lets pass survives");
        assertTrue(verdicts.get(1).why().startsWith("passes snippets/Nap.expect: nap done"),
                verdicts.get(1).why());
    }

    @Test
    void aMutantThatDoesNotRunProvesNothing() throws Exception {
        f.write("snippets/mutants/Nap.mutants", "@mutant broken\n- Thread.sleep(200);\n+ x;\n");
        var v = run().getFirst();
        assertFalse(v.killed());
        assertTrue(v.why().startsWith("the mutant does not run: does not compile"), v.why());
    }

    @Test
    void aMutantOfALineTheSnippetNoLongerHas() throws Exception {
        f.write("snippets/mutants/Nap.mutants", "@mutant gone\n- Thread.sleep(300);\n+ x;\n");
        var e = assertThrows(Diagnostic.class, () -> Mutants.all(f.root));
        assertEquals("snippets/mutants/Nap.mutants:2: snippets/Nap.java has no line"
                + " \"Thread.sleep(300);\" (changed since?)", e.getMessage());
    }

    @Test
    void aMutantsOwnTimeLimitStopsItSooner() throws Exception {
        f.write("snippets/mutants/Nap.mutants", """
                # naps for a minute: killed at 8 s, not the snippet's 30 s
                @mutant endless
                @timeout 8s
                - Thread.sleep(200);
                + Thread.sleep(60_000);
                """);
        long t0 = System.nanoTime();
        var v = run().getFirst();
        double secs = (System.nanoTime() - t0) / 1e9;
        assertTrue(v.killed(), v.why());
        assertEquals("still running after 8 s, the mutant's @timeout; killed", v.why());
        assertTrue(secs < 25, "killed at its own limit, not the snippet's: " + secs + " s");
    }

    @Test
    void aTimeLimitAfterTheEditsIsRefused() throws Exception {
        f.write("snippets/mutants/Nap.mutants",
                "@mutant late\n- Thread.sleep(200);\n+ Thread.sleep(600);\n@timeout 8s\n");
        var e = assertThrows(Diagnostic.class, () -> Mutants.all(f.root));
        assertEquals("snippets/mutants/Nap.mutants:4: @timeout wants seconds (e.g. 40s),"
                + " once, right after its @mutant line", e.getMessage());
    }

    @Test
    void aTimingSnippetWithoutAMutant() {
        var e = assertThrows(Diagnostic.class, () -> Mutants.all(f.root));
        assertEquals("snippets/Nap.expect:3: a timing claim that no wrong version is checked"
                + " against: add snippets/mutants/Nap.mutants (see snippets/mutants/README.md)",
                e.getMessage());
    }
}
