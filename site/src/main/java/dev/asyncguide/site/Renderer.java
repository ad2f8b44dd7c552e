package dev.asyncguide.site;

import dev.asyncguide.snippet.Captures.Captured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * AsciidoctorJ, created once per build (it takes seconds to start), turning
 * one page at a time into HTML for the layout. Any warning or error, and the
 * INFO about a possibly invalid cross reference, fails the page with
 * {@code file:line: message}.
 */
public final class Renderer implements AutoCloseable {

    /** A rendered page: its title, its HTML body and its sections. */
    public record Rendered(String title, String body, List<Heading> headings) {}

    /** A section heading: id, title and level (1 for ==). */
    public record Heading(String id, String title, int level) {}

    private final Asciidoctor asciidoctor;
    private final SnippetRunBlocks snippetBlocks;
    private final Path root;
    private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Renderer(Path root, Map<String, Captured> captures) {
        this.root = root;
        this.asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(this::onLog);
        this.snippetBlocks = new SnippetRunBlocks(captures);
        asciidoctor.javaExtensionRegistry().treeprocessor(snippetBlocks);
    }

    private void onLog(LogRecord r) {
        boolean fatal = r.getSeverity().ordinal() >= Severity.WARN.ordinal()
                || r.getMessage().contains("invalid reference");
        if (fatal) {
            problems.add(where(r.getCursor()) + r.getMessage());
        }
    }

    // Asciidoctor gives no line for these two; the name they mention does.
    private static final Pattern MISSING_ATTRIBUTE =
            Pattern.compile("missing attribute: (\\S+)");
    private static final Pattern INVALID_REFERENCE =
            Pattern.compile("invalid reference: (\\S+)");

    private String locate(Path page, String problem) throws IOException {
        String rel = root.relativize(page.toAbsolutePath().normalize()).toString();
        if (problem.matches("^\\S+:\\d+: .*")) {
            return problem;
        }
        List<String> needles = new ArrayList<>();
        var a = MISSING_ATTRIBUTE.matcher(problem);
        if (a.find()) {
            needles.add("{" + a.group(1) + "}");
        }
        var x = INVALID_REFERENCE.matcher(problem);
        if (x.find()) {
            needles.add("<<" + x.group(1));
            needles.add("xref:" + x.group(1));
            needles.add("#" + x.group(1));
        }
        List<String> lines = Files.readAllLines(page);
        for (int i = 0; i < lines.size(); i++) {
            for (String needle : needles) {
                if (lines.get(i).contains(needle)) {
                    return rel + ":" + (i + 1) + ": " + problem;
                }
            }
        }
        return rel + ":1: " + problem;
    }

    private String where(Cursor c) {
        if (c == null || c.getFile() == null) {
            return "";
        }
        Path f = Path.of(c.getFile()).toAbsolutePath().normalize();
        String shown = f.startsWith(root) ? root.relativize(f).toString() : f.toString();
        return shown + ":" + c.getLineNumber() + ": ";
    }

    /** Renders one page; {@code attributes} adds the language's words. */
    public Rendered render(Path page, Map<String, Object> attributes) throws IOException {
        problems.clear();
        var builder = Attributes.builder()
                .attribute("attribute-missing", "warn")
                .attribute("source-highlighter", "rouge")
                .attribute("rouge-css", "class")
                .attribute("sectanchors", "")
                .attribute("idprefix", "")
                .attribute("idseparator", "-")
                .attribute("relfilesuffix", ".html")
                .attribute("outfilesuffix", ".html")
                .attribute("nofooter", "");
        attributes.forEach(builder::attribute);
        Attributes attrs = builder.build();
        Options options = Options.builder()
                .safe(SafeMode.UNSAFE)
                .standalone(false)
                .sourcemap(true)
                .baseDir(page.getParent().toFile())
                .attributes(attrs)
                .build();
        Document doc = asciidoctor.loadFile(page.toFile(), options);
        String body = doc.convert();
        if (!problems.isEmpty()) {
            throw new BuildException(locate(page, problems.getFirst()));
        }
        Map<String, String> ui = new HashMap<>();
        attributes.forEach((k, v) -> {
            if (k.startsWith("ui-")) {
                ui.put(k.substring(3), String.valueOf(v));
            }
        });
        body = snippetBlocks.addRunAndOutput(body, ui);
        body = ReaderMarkup.polish(body, ui);
        List<Heading> headings = new ArrayList<>();
        collect(doc, headings);
        String title = doc.getDoctitle();
        if (title == null) {
            String rel = root.relativize(page.toAbsolutePath().normalize()).toString();
            throw new BuildException(rel + ":1: the page has no title (= Title)");
        }
        return new Rendered(title, body, headings);
    }

    private static void collect(StructuralNode node, List<Heading> out) {
        for (StructuralNode child : node.getBlocks()) {
            if (child instanceof Section s) {
                out.add(new Heading(s.getId(), s.getTitle(), s.getLevel()));
                collect(s, out);
            }
        }
    }

    @Override
    public void close() {
        asciidoctor.close();
    }
}
