package dev.asyncguide.site;

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
 * still comes from an {@code include::} of the snippet file. An unknown
 * snippet name is an error at the block's line.
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
            Object name = block.getAttribute("snippet");
            if (name == null) {
                continue;
            }
            Captured run = captures.get(name.toString());
            if (run == null) {
                log(new LogRecord(Severity.ERROR, block.getSourceLocation(),
                        "snippet=" + name + " names no file snippets/" + name + ".java"));
                continue;
            }
            decorate(doc, block, name.toString(), run);
        }
        return doc;
    }

    private void decorate(Document doc, StructuralNode block, String name,
                          Captured run) {
        if (block.getTitle() == null) {
            block.setTitle("snippets/" + name + ".java");
        }
        Object role = block.getAttribute("role");
        block.getAttributes().put("role", (role == null ? "" : role + " ")
                + "snippet " + ROLE_PREFIX + name);
    }

    private static final String ROLE_PREFIX = "snippet-";

    /**
     * After conversion: puts the command to run each marked snippet above
     * it and its captured output below it. (AsciidoctorJ cannot insert
     * sibling blocks from a tree processor, so this is done on the HTML.)
     */
    public String addRunAndOutput(String html, Map<String, String> ui) {
        var body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        for (Element block : body.select("div.listingblock.snippet")) {
            String name = block.classNames().stream()
                    .filter(c -> c.startsWith(ROLE_PREFIX)).findFirst()
                    .orElseThrow().substring(ROLE_PREFIX.length());
            Captured run = captures.get(name);
            block.before(runCommand(ui, "snippets/" + name + ".java"));
            block.after(output(ui, run));
        }
        return body.body().html();
    }

    private static String runCommand(Map<String, String> ui, String file) {
        return "<div class=\"run-command\"><span class=\"run-label\">"
                + ui(ui, "run") + "</span><code>jbang " + file + "</code></div>";
    }

    private static String output(Map<String, String> ui, Captured run) {
        String captured = ui(ui, "captured")
                .replace("{date}", DAY.format(run.at()))
                .replace("{jdk}", Entities.escape(run.jdk()));
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
