package dev.asyncguide.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * The one AsciiDoc reader: AsciidoctorJ, started once per JVM (it takes
 * seconds to start) and shared by every build in it, one page at a time. Pages are loaded once; the translation checks read
 * their structure from the loaded document and the site converts that
 * same document. Any warning or error, and the INFO about a possibly
 * invalid cross reference, is a {@link Diagnostic} at the page's line;
 * Asciidoctor's own log output is silenced so each message shows once.
 */
public final class Asciidoc implements AutoCloseable {

    // kept: java.util.logging holds loggers weakly, and a collected logger
    // would come back with its console output on
    private static final Logger JUL = Logger.getLogger("asciidoctor");

    private static Asciidoctor shared;
    private static final List<LogRecord> log = new ArrayList<>();

    private final Path root;
    private final Asciidoctor asciidoctor;

    /** A reader for the tree at {@code root} (paths in messages are relative to it). */
    public Asciidoc(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.asciidoctor = instance();
    }

    private static synchronized Asciidoctor instance() {
        if (shared == null) {
            JUL.setUseParentHandlers(false);
            shared = Asciidoctor.Factory.create();
            RunMacros.register(shared.javaExtensionRegistry());
            shared.javaExtensionRegistry().blockMacro(GlossaryMacro.class); // glossary::[]
            shared.registerLogHandler(r -> {
                synchronized (log) {
                    log.add(r);
                }
            });
        }
        return shared;
    }

    /** Loads (parses) a page; the first problem met is thrown. */
    public Document load(Path page, Map<String, Object> attributes) throws IOException {
        Path file = root.resolve(page).normalize();
        SourceText.read(file, shown(file)); // a byte that is not UTF-8, at its line
        synchronized (Asciidoc.class) { // one shared instance, one log: one page at a time
            clearLog();
            Document doc = asciidoctor.loadFile(file.toFile(), options(file.getParent(), attributes));
            failOnProblems(file);
            return doc;
        }
    }

    /** Parses text that is not a file of the tree (a page as git had it);
     *  problems are ignored: only its structure is wanted. */
    public Document parse(String text, Path baseDir) {
        synchronized (Asciidoc.class) {
            clearLog();
            Document doc = asciidoctor.load(text, options(root.resolve(baseDir), Map.of()));
            clearLog();
            return doc;
        }
    }

    /** Converts a loaded page to HTML (its body, without header and footer). */
    public String convert(Document doc, Path page) throws IOException {
        synchronized (Asciidoc.class) {
            clearLog();
            String html = doc.convert();
            failOnProblems(root.resolve(page).normalize());
            return html;
        }
    }

    private Options options(Path baseDir, Map<String, Object> attributes) {
        var attrs = Attributes.builder()
                .attribute("attribute-missing", "warn")
                .attribute("source-highlighter", "rouge")
                .attribute("rouge-css", "class")
                .attribute("sectanchors", "")
                .attribute("idprefix", "")
                .attribute("idseparator", "-")
                .attribute("relfilesuffix", ".html")
                .attribute("outfilesuffix", ".html")
                .attribute("nofooter", "");
        attributes.forEach(attrs::attribute);
        return Options.builder()
                .safe(SafeMode.UNSAFE)
                .standalone(false)
                .sourcemap(true)
                .baseDir(baseDir.toFile())
                .attributes(attrs.build())
                .build();
    }

    private void clearLog() {
        synchronized (log) {
            log.clear();
        }
    }

    private void failOnProblems(Path page) throws IOException {
        List<LogRecord> fatal;
        synchronized (log) {
            fatal = log.stream().filter(r -> r.getSeverity().ordinal() >= Severity.WARN.ordinal()
                    || r.getMessage().contains("invalid reference")).toList();
            log.clear();
        }
        if (!fatal.isEmpty()) {
            throw locate(page, fatal.getFirst());
        }
    }

    // Asciidoctor gives no line for these two; the name they mention does.
    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("missing attribute: (\\S+)");
    private static final Pattern INVALID_REFERENCE = Pattern.compile("invalid reference: (\\S+)");

    private Diagnostic locate(Path page, LogRecord r) throws IOException {
        String message = r.getMessage()
                .replace(root.toString() + "/", "") // paths inside messages as the reader sees them
                .replaceFirst("^possible invalid reference", "invalid cross reference");
        Cursor c = r.getCursor();
        if (c != null && c.getFile() != null && c.getLineNumber() > 0) {
            Path file = Path.of(c.getFile());
            int line = message.startsWith("unterminated ")
                    ? openedAt(Files.readAllLines(file), c.getLineNumber()) : c.getLineNumber();
            return Diagnostic.at(shown(file), line, message);
        }
        List<String> needles = new ArrayList<>();
        var a = MISSING_ATTRIBUTE.matcher(r.getMessage());
        if (a.find()) {
            needles.add("{" + a.group(1) + "}");
        }
        var x = INVALID_REFERENCE.matcher(r.getMessage());
        if (x.find()) {
            needles.add("<<" + x.group(1));
            needles.add("xref:" + x.group(1));
            needles.add("#" + x.group(1));
        }
        List<String> lines = Files.readAllLines(page);
        for (int i = 0; i < lines.size(); i++) {
            for (String needle : needles) {
                if (lines.get(i).contains(needle)) {
                    return Diagnostic.at(shown(page), i + 1, message);
                }
            }
        }
        return Diagnostic.at(shown(page), 1, message);
    }

    /**
     * Where a block left open really starts. Asciidoctor pairs delimiters
     * in order, so a block left open in the middle of a page takes the
     * next block's opening line as its end, and the last block of the
     * page is reported. A delimiter right under block attributes
     * ({@code [source,java]}) or a block title ({@code .Title}) was meant
     * to open a block: when one closes a block, that block is the one
     * left open.
     */
    static int openedAt(List<String> lines, int reported) {
        if (reported < 1 || reported > lines.size()) {
            return reported;
        }
        String delimiter = lines.get(reported - 1).strip();
        Integer open = null;
        for (int i = 0; i < reported - 1; i++) {
            if (!lines.get(i).strip().equals(delimiter)) {
                continue;
            }
            if (open == null) {
                open = i;
            } else {
                String above = i > 0 ? lines.get(i - 1).strip() : "";
                if (above.matches("^\\[.*]$") || above.matches("^\\.[^.\\s].*")) {
                    return open + 1; // this line opens a block: the earlier one never closed
                }
                open = null;
            }
        }
        return reported;
    }

    /** A path as messages show it: relative to the repository root. */
    public String shown(Path p) {
        Path abs = root.resolve(p).toAbsolutePath().normalize();
        return Diagnostic.shown(abs.startsWith(root) ? root.relativize(abs) : abs);
    }

    @Override
    public void close() {
        // the shared instance lives as long as the JVM
    }
}
