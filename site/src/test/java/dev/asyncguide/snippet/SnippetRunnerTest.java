package dev.asyncguide.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A failed run points at the program's own line that threw. */
class SnippetRunnerTest {

    @Test
    void theFirstJavaFrameInTheSnippetIsTheLine() {
        String trace = """
                Exception in thread "main" java.lang.IllegalStateException: no luck
                \tat java.base/java.util.Objects.requireNonNull(Objects.java:233)
                \tat Fails.work(Fails.java:12)
                \tat Fails.main(Fails.java:7)
                """;
        assertEquals(12, SnippetRunner.thrownAt(Path.of("snippets/Fails.java"), trace));
    }

    @Test
    void theLastPythonFrameInTheTwinIsTheLine() {
        String trace = """
                Traceback (most recent call last):
                  File "/repo/snippets/python/fails.py", line 9, in <module>
                    asyncio.run(main())
                  File "/usr/lib/python3.11/asyncio/runners.py", line 190, in run
                  File "/repo/snippets/python/fails.py", line 5, in main
                    raise RuntimeError("no luck")
                RuntimeError: no luck
                """;
        assertEquals(5, SnippetRunner.thrownAt(Path.of("snippets/python/fails.py"), trace));
    }

    @Test
    void noFrameMeansLineOne() {
        assertEquals(1, SnippetRunner.thrownAt(Path.of("snippets/X.java"), "Killed\n"));
    }
}
