package dev.asyncguide.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * The JBang catalog at the root (jbang-catalog.json): one alias per
 * snippet, named after it in kebab case ({@code gather},
 * {@code async-with}) with its {@code //DESCRIPTION}, so {@code ./jbang
 * gather} runs it in a clone and {@code jbang gather@owner/repo} runs it
 * from the published repository; no alias points at nothing.
 */
class CatalogTest {

    static final Path CATALOG = Path.of("jbang-catalog.json");

    /** Gather → gather, AsyncWith → async-with. */
    static String alias(String name) {
        return name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "-").toLowerCase(java.util.Locale.ROOT);
    }

    static String description(Snippet s) throws Exception {
        return Files.readAllLines(s.source()).stream()
                .filter(l -> l.startsWith("//DESCRIPTION "))
                .map(l -> l.substring("//DESCRIPTION ".length()).strip())
                .findFirst().orElse("");
    }

    @Test
    void everySnippetHasItsAliasAndEveryAliasASnippet() throws Exception {
        assertTrue(Files.isRegularFile(CATALOG), "jbang-catalog.json is missing at the root");
        @SuppressWarnings("unchecked")
        Map<String, Object> catalog = new Json().toType(Files.readString(CATALOG), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> aliases =
                (Map<String, Map<String, Object>>) catalog.getOrDefault("aliases", Map.of());

        Map<String, Map<String, String>> missing = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        List<String> snippetFiles = new ArrayList<>();
        for (Snippet s : Snippet.all(Path.of(""))) {
            String ref = "snippets/" + s.fileName();
            snippetFiles.add(ref);
            Map<String, Object> entry = aliases.get(alias(s.name()));
            if (entry == null) {
                Map<String, String> add = new LinkedHashMap<>();
                add.put("script-ref", ref);
                add.put("description", description(s));
                missing.put(alias(s.name()), add);
            } else {
                if (!ref.equals(entry.get("script-ref"))) {
                    wrong.add(alias(s.name()) + ": script-ref is " + entry.get("script-ref")
                            + ", not " + ref);
                }
                if (!description(s).equals(entry.get("description"))) {
                    wrong.add(alias(s.name()) + ": description is not the //DESCRIPTION of "
                            + ref + " (\"" + description(s) + "\")");
                }
            }
        }
        for (var e : aliases.entrySet()) {
            Object ref = e.getValue().get("script-ref");
            if (!snippetFiles.contains(ref)) {
                wrong.add(e.getKey() + ": points at " + ref + ", which is no snippet");
            }
        }
        assertTrue(missing.isEmpty(), "snippets without an alias: add to the \"aliases\" of"
                + " jbang-catalog.json:\n" + new Json().toJson(missing));
        assertEquals(List.of(), wrong, "jbang-catalog.json");
    }

    @Test
    void jbangGatherRunsGatherFromTheRoot() throws Exception {
        var r = ProcessRunner.run(ProcessRunner.Spec.of(Path.of(""), List.of("./jbang", "gather"))
                .env(Map.of("JAVA_HOME", System.getProperty("java.home")))
                .timeout(Duration.ofMinutes(2)));
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("results: [0, 0, 0, 0]", r.stdout().getFirst(), r.stdout().toString());
        assertTrue(Timing.parse(r.stdout().get(1)).isPresent(), r.stdout().toString());
    }
}
