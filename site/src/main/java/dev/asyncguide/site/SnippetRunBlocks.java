package dev.asyncguide.site;

import dev.asyncguide.snippet.Captures;
import dev.asyncguide.snippet.Captures.Captured;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Turns a source block marked {@code [source,java,snippet=Gather]} into a
 * runnable example: the file name as its title, the command to run it
 * above, and the snippet's real captured output below. The code itself
 * still comes from an {@code include::} of the snippet file. A Python
 * block marked {@code [source,python,original-of=Gather]} gets the same
 * for the snippet's Python original. An unknown name is an error at the
 * block's line.
 */
public class SnippetRunBlocks extends Treeprocessor {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Map<String, Captured> captures;

    public SnippetRunBlocks(Map<String, Captured> captures) {
        this.captures = captures;
    }

    @Override
    public Document process(Document doc) {
        List<StructuralNode> blocks = doc.findBy(Map.of("context", ":listing"));
        for (StructuralNode block : blocks) {
            Object snippet = block.getAttribute("snippet");
            Object original = block.getAttribute("original-of");
            if (snippet != null) {
                mark(block, snippet.toString(), SNIPPET, captures.get(snippet.toString()));
            } else if (original != null) {
                mark(block, original.toString(), ORIGINAL,
                        captures.get(Captures.pythonKey(original.toString())));
            }
        }
        return doc;
    }

    private static final String SNIPPET = "snippet";
    private static final String ORIGINAL = "original";

    private void mark(StructuralNode block, String name, String kind, Captured run) {
        if (!captures.containsKey(name)) {
            log(new LogRecord(Severity.ERROR, block.getSourceLocation(),
                    (kind.equals(SNIPPET) ? "snippet=" : "original-of=")
                    + name + " names no file snippets/" + name + ".java"));
            return;
        }
        if (run == null) {
            return; // a Python original not run here (no python3): code only
        }
        if (block.getTitle() == null) {
            block.setTitle(run.source());
        }
        Object role = block.getAttribute("role");
        block.getAttributes().put("role", (role == null ? "" : role + " ")
                + kind + " " + kind + "-" + name);
    }

    /**
     * After conversion: puts the command to run each marked block above it
     * and its captured output below it. (AsciidoctorJ cannot insert sibling
     * blocks from a tree processor, so this is done on the HTML.)
     */
    public String addRunAndOutput(String html, Map<String, String> ui) {
        var body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        for (String kind : List.of(SNIPPET, ORIGINAL)) {
            for (Element block : body.select("div.listingblock." + kind)) {
                String name = block.classNames().stream()
                        .filter(c -> c.startsWith(kind + "-")).findFirst()
                        .orElseThrow().substring(kind.length() + 1);
                Captured run = captures.get(kind.equals(SNIPPET) ? name
                        : Captures.pythonKey(name));
                block.before(runCommand(ui, run));
                block.after(output(ui, run));
            }
        }
        return body.body().html();
    }

    private static String runCommand(Map<String, String> ui, Captured run) {
        String tool = run.command().substring(0, run.command().indexOf(' '));
        return "<div class=\"run-command " + tool + "\"><span class=\"run-label\">"
                + ui(ui, "run") + "</span><code>" + Entities.escape(run.command())
                + "</code></div>";
    }

    private static String output(Map<String, String> ui, Captured run) {
        String captured = ui(ui, "captured")
                .replace("{date}", DAY.format(run.at()))
                .replace("{runtime}", Entities.escape(run.runtime()));
        StringBuilder text = new StringBuilder();
        for (String line : run.stdout()) {
            text.append(Entities.escape(line)).append('\n');
        }
        return "<div class=\"console\"><div class=\"console-title\">"
                + ui(ui, "output") + "</div><pre class=\"console-output\">"
                + text + "</pre><div class=\"console-note\">" + captured
                + "</div></div>";
    }

    private static String ui(Map<String, String> ui, String key) {
        return ui.getOrDefault(key, key);
    }

}
