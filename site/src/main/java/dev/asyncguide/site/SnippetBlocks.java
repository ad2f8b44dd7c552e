package dev.asyncguide.site;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.snippet.CaptureStore.Capture;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Turns a source block marked {@code [source,java,snippet=Gather]} into a
 * runnable example: the file name as its title (unless the page gives
 * one), the command to run it above, and the snippet's real captured
 * output below (theme: snippet-command.mustache, snippet-output.mustache).
 * The code itself comes from an {@code include::} of the snippet file; the
 * command bar links the whole runnable file (copied into the site) and,
 * when the site has a public address, shows how to run it from there. A
 * Python block marked {@code [source,python,original-of=Gather]} gets the
 * same for the snippet's Python twin. An unknown name is an error at the
 * block's line.
 */
final class SnippetBlocks {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    static final String SNIPPET = "snippet";
    static final String ORIGINAL = "original";

    /** Captures by key: the snippet's name, or name + ".python" for its twin. */
    private final Map<String, Capture> captures;
    private final java.util.Set<String> names;
    private final Layout layout;
    /** The site's public address, ending in a slash ({@link Publishing}),
     *  for {@code jbang <base-url>snippets/X.java}. */
    private final Optional<String> baseUrl;

    SnippetBlocks(Map<String, Capture> captures, java.util.Set<String> names, Layout layout) {
        this(captures, names, layout, Optional.empty());
    }

    SnippetBlocks(Map<String, Capture> captures, java.util.Set<String> names, Layout layout,
                  Optional<String> baseUrl) {
        this.captures = captures;
        this.names = names;
        this.layout = layout;
        this.baseUrl = baseUrl;
    }

    static String pythonKey(String name) {
        return name + ".python";
    }

    /** Before conversion: titles and marks the runnable blocks of a page. */
    void mark(Document doc, String file) {
        for (StructuralNode block : doc.findBy(Map.of("context", ":listing"))) {
            Object snippet = block.getAttribute("snippet");
            Object original = block.getAttribute("original-of");
            if (snippet != null) {
                mark(block, file, snippet.toString(), SNIPPET, captures.get(snippet.toString()));
            } else if (original != null) {
                mark(block, file, original.toString(), ORIGINAL,
                        captures.get(pythonKey(original.toString())));
            }
        }
    }

    private void mark(StructuralNode block, String file, String name, String kind, Capture run) {
        if (!names.contains(name)) {
            int line = block.getSourceLocation() == null ? 1
                    : block.getSourceLocation().getLineNumber();
            throw Diagnostic.at(file, line, (kind.equals(SNIPPET) ? "snippet=" : "original-of=")
                    + name + " names no file snippets/" + name + ".java");
        }
        if (run == null) {
            return; // a Python twin not run here (no python3): code only
        }
        if (block.getTitle() == null) {
            block.setTitle(run.source());
        }
        Object role = block.getAttribute("role");
        String mark = kind + " " + kind + "-" + name;
        if (role == null || !role.toString().contains(mark)) {
            block.getAttributes().put("role", (role == null ? "" : role + " ") + mark);
        }
    }

    /**
     * After conversion: puts the command to run each marked block above it
     * and its captured output below it. (AsciidoctorJ cannot insert sibling
     * blocks from the tree, so this is done on the HTML.)
     */
    String addRunAndOutput(String html, Map<String, String> ui) {
        var body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        for (String kind : List.of(SNIPPET, ORIGINAL)) {
            for (Element block : body.select("div.listingblock." + kind)) {
                String name = block.classNames().stream()
                        .filter(c -> c.startsWith(kind + "-")).findFirst()
                        .orElseThrow().substring(kind.length() + 1);
                Capture run = captures.get(kind.equals(SNIPPET) ? name : pythonKey(name));
                String command = run.command();
                String tool = command.substring(0, command.indexOf(' '));
                Map<String, Object> bar = new HashMap<>(Map.of("ui", ui, "tool", tool,
                        "command", command, "file", run.source(), "href", "../" + run.source()));
                if (kind.equals(SNIPPET)) {
                    baseUrl.ifPresent(url -> bar.put("url", tool + " " + url + run.source()));
                }
                block.before(layout.render("snippet-command", bar));
                String note = ui.getOrDefault("captured", "captured")
                        .replace("{date}", DAY.format(run.at()))
                        .replace("{runtime}", run.runtime());
                block.after(layout.render("snippet-output", Map.of("ui", ui,
                        "text", run.stdout().isEmpty() ? ""
                                : String.join("\n", run.stdout()) + "\n", "note", note)));
            }
        }
        return body.body().html();
    }
}
