package dev.asyncguide.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncguide.core.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The repository's own docs/: every language folder is well formed, every
 * recorded source commit exists, and every page marked up to date has the
 * structure of its source page (an outdated page may differ: it is behind).
 */
class TranslationDocsTest {

    @Test
    void translationsOfThisRepository() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        assumeTrue(new Git(root).available() && new Git(root).hasHead(),
                "not a git clone: staleness cannot be checked");
        Translations t = TranslationsMain.scan(root);
        assertEquals(List.of(), t.errors().stream().map(Diagnostic::getMessage).toList());
    }
}
