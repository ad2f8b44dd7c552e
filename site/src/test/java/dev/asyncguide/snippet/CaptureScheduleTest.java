package dev.asyncguide.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.translate.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capture stage's lanes, through the real ./jbang and python3: each
 * program prints the CPU priority it ran at (its nice value, from the
 * kernel), and its {@code .expect} holds it to the one its slot promises.
 * A side-by-side snippet that ran at normal priority would stretch the
 * short timings of a {@code @priority} one, the very thing the lanes are for.
 */
class CaptureScheduleTest {

    @TempDir
    Path dir;

    /** Prints its own nice value: field 19 of /proc/self/stat. */
    static final String JAVA = """
            public class %s {
                public static void main(String[] a) throws Exception {
                    String stat = java.nio.file.Files.readString(
                            java.nio.file.Path.of("/proc/self/stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    System.out.println("niceness: " + fields[16]);
                }
            }
            """;
    static final String PYTHON = """
            import os
            print(f"niceness: {os.nice(0)}")
            """;

    @Test
    void eachSlotRunsAtItsPriorityAndAloneOnesLast() throws Exception {
        Fixture f = new Fixture(dir.resolve("tree")).withJbang();
        assertTrue(0 < CaptureStage.TWIN_NICENESS
                && CaptureStage.TWIN_NICENESS < CaptureStage.YIELDING_NICENESS,
                "priority > twins > side by side");
        int own = ownNiceness(); // 0, unless the suite itself runs under nice
        int twin = Math.min(19, own + CaptureStage.TWIN_NICENESS);
        int yielding = Math.min(19, own + CaptureStage.YIELDING_NICENESS);
        f.withSnippet("Busy", JAVA.formatted("Busy"), "@alone\nniceness: " + own + "\n", PYTHON);
        f.withSnippet("Short", JAVA.formatted("Short"),
                "@priority\njava| niceness: " + own + "\npython| niceness: " + twin + "\n", PYTHON);
        f.withSnippet("Plain", JAVA.formatted("Plain"),
                "java| niceness: " + yielding + "\npython| niceness: " + twin + "\n", PYTHON);
        List<String> progress = new CopyOnWriteArrayList<>();

        var outcomes = new CaptureStage(f.root, progress::add).captureAll(true);

        assertEquals(3, outcomes.size());
        outcomes.forEach((name, o) -> assertTrue(o.passed(), name + ": " + o.problems()));
        List<String> ran = progress.stream().filter(l -> l.startsWith("ran ")).toList();
        assertEquals(6, ran.size(), progress.toString());
        assertTrue(ran.get(4).endsWith(": snippets/Busy.java")
                && ran.get(5).endsWith(": snippets/python/busy.py"),
                "@alone runs come last, one by one: " + ran);
    }

    static final String NAP_EXPECT = "nap done\nelapsed: 0.20s <= 0.55s (not 0.60s)\n";
    static final String NAP_TWIN = "print('nap done')\nprint('elapsed: 0.20s')\n";

    /**
     * build.sh compiles a fresh clone's snippets beside Maven and the site
     * build: the stage runs a snippet once that process lists it compiled,
     * and compiles it itself only when that process ended without it.
     */
    @Test
    void aSnippetCompiledByAnotherProcessRunsOnceItIsListed() throws Exception {
        Fixture f = new Fixture(dir.resolve("tree")).withJbang();
        f.withSnippet("Nap", Fixture.NAP, "@priority\n" + NAP_EXPECT, NAP_TWIN);
        Process compiler = new ProcessBuilder("sleep", "60").start(); // the compiles' stand-in
        List<String> progress = new CopyOnWriteArrayList<>();
        try {
            Thread lister = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(1500); // the stage is waiting by now
                    var built = new ProcessBuilder(f.path("jbang").toString(), "build",
                            "snippets/Nap.java").directory(f.root.toFile())
                            .redirectErrorStream(true).start();
                    built.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                    assertEquals(0, built.waitFor());
                    Path list = CaptureStage.builtList(f.root);
                    Files.createDirectories(list.getParent());
                    progress.add("listed");
                    Files.writeString(list, CaptureStage.builtLine(f.root,
                            Path.of("snippets/Nap.java")) + "\n");
                } catch (Exception e) {
                    progress.add("lister failed: " + e);
                }
            });

            var outcomes = new CaptureStage(f.root, progress::add)
                    .compiledBy(compiler.toHandle()).captureAll(true);
            lister.join();

            assertTrue(outcomes.get("Nap").passed(), outcomes.get("Nap").problems().toString());
            assertTrue(progress.stream().noneMatch(l -> l.startsWith("compiled ")),
                    "compiled by the other process, not again: " + progress);
            int listed = progress.indexOf("listed");
            int ran = progress.indexOf(progress.stream().filter(l -> l.startsWith("ran ")
                    && l.contains(": snippets/Nap.java")).findFirst().orElseThrow());
            assertTrue(0 <= listed && listed < ran, "ran once listed, not before: " + progress);
        } finally {
            compiler.destroyForcibly().waitFor();
        }
    }

    @Test
    void aSnippetTheOtherProcessLeftUncompiledIsCompiledHere() throws Exception {
        Fixture f = new Fixture(dir.resolve("tree")).withJbang();
        f.withSnippet("Nap", Fixture.NAP, NAP_EXPECT, NAP_TWIN);
        Process compiler = new ProcessBuilder("sleep", "1").start(); // ends, listing nothing
        List<String> progress = new CopyOnWriteArrayList<>();

        var outcomes = new CaptureStage(f.root, progress::add)
                .compiledBy(compiler.toHandle()).captureAll(true);

        assertTrue(outcomes.get("Nap").passed(), outcomes.get("Nap").problems().toString());
        assertTrue(progress.contains("compiled 1/1: Nap.java (here: the compiles beside Maven"
                + " ended without it)"), progress.toString());
    }

    @Test
    void theLanesNarrowWhenFewCoresAreIdle() {
        var idle = CaptureStage.Widths.forIdle(2.0);
        var some = CaptureStage.Widths.forIdle(1.0);
        var none = CaptureStage.Widths.forIdle(0.0);
        assertEquals(CaptureStage.Widths.IDLE, idle);
        assertEquals(new CaptureStage.Widths(2, 3, 6), idle);
        assertTrue(some.yielding() < idle.yielding() && some.twins() < idle.twins()
                && some.compiles() < idle.compiles(), some.toString());
        assertTrue(none.yielding() < some.yielding() && none.twins() >= 1
                && none.compiles() >= 1, none.toString());
    }

    static int ownNiceness() throws Exception {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    }
}
