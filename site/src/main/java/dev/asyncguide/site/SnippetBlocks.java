package dev.asyncguide.site;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.RunMacros;
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
 *
 * <p>A variant run ({@code run::Name@variant[]}, see {@link RunMacros})
 * gets its command and output the same way, without code; and a
 * citation ({@code run:Name[field]}) becomes the value it names, linked to
 * the output it was read from ({@link Citations}). Every output has an
 * anchor ({@code run-Gather}, {@code run-Gather-python},
 * {@code run-Gather-one-carrier}) for those links.
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

    static String variantKey(String name, String variant) {
        return name + "@" + variant;
    }

    /** The snippet a capture key belongs to: Gather of Gather.python. */
    static String snippetOf(String key) {
        return key.replaceFirst("(\\.python|@.*)$", "");
    }

    /** The anchor of a run's output on its page. */
    static String anchor(String key) {
        return "run-" + key.replace(".python", "-python").replace('@', '-');
    }

    /** Which page (its .html) shows each run's output, in every language. */
    private Map<String, String> shownOn = Map.of();

    SnippetBlocks showing(Map<String, String> runPages) {
        this.shownOn = runPages;
        return this;
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
        for (StructuralNode block : doc.findBy(Map.of("context", ":open"))) {
            Object run = block.getAttribute(RunMacros.BLOCK);
            if (run == null) {
                continue;
            }
            if (!captures.containsKey(run.toString()) || !run.toString().contains("@")) {
                throw Diagnostic.at(file, lineOf(block), "run::" + run + "[]: "
                        + (run.toString().contains("@") ? unknown(run.toString())
                        : "shows a variant run: write run::" + run + "@variant[]"));
            }
            if (!block.hasRole(anchor(run.toString()))) { // found again after conversion
                block.addRole(anchor(run.toString()));
            }
        }
    }

    private static int lineOf(StructuralNode block) {
        return block.getSourceLocation() == null ? 1 : block.getSourceLocation().getLineNumber();
    }

    /** Why a run key names no capture: no snippet, no such variant, a
     *  snippet=... or a twin that was not run here. */
    private String unknown(String key) {
        String name = snippetOf(key);
        if (!names.contains(name)) {
            return "no snippet " + name + " (snippets/" + name + ".java)";
        }
        if (key.contains("@")) {
            List<String> variants = captures.keySet().stream()
                    .filter(k -> k.startsWith(name + "@"))
                    .map(k -> k.substring(name.length() + 1)).sorted().toList();
            return name + " has no variant " + key.substring(name.length() + 1)
                    + (variants.isEmpty() ? " (its .expect declares none)"
                    : " (variants: " + String.join(", ", variants) + ")");
        }
        if (key.endsWith(".python")) {
            return "the Python twin of " + name + " was not run here (no python3)";
        }
        return "write Name, Name.python or Name@variant";
    }

    private void mark(StructuralNode block, String file, String name, String kind, Capture run) {
        if (!names.contains(name)) {
            throw Diagnostic.at(file, lineOf(block),
                    (kind.equals(SNIPPET) ? "snippet=" : "original-of=")
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
        return addRunAndOutput(html, ui, "", List.of(), "");
    }

    /** As above, for the page {@code file} ({@code lines} its text, for the
     *  line of a citation that does not resolve; {@code href} its .html). */
    String addRunAndOutput(String html, Map<String, String> ui, String file,
                           List<String> lines, String href) {
        var body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        for (Element block : body.select("div.openblock.variant-run")) {
            String key = captures.keySet().stream()
                    .filter(k -> k.contains("@") && block.hasClass(anchor(k)))
                    .findFirst().orElseThrow();
            Capture run = captures.get(key);
            block.empty();
            block.append(bar(run, ui, false));
            block.append(output(run, ui, key));
        }
        for (Element cite : body.select("span." + RunMacros.CITE_ROLE)) {
            String text = cite.text();
            try {
                Citations.Ref ref = Citations.parse(text);
                Capture run = captures.get(ref.key());
                if (run == null) {
                    throw new IllegalArgumentException(unknown(ref.key()));
                }
                String page = shownOn.get(ref.key());
                if (page == null) {
                    throw new IllegalArgumentException("run " + ref.key()
                            + " is shown on no page: show it first ("
                            + (ref.key().contains("@") ? "run::" + ref.key() + "[]"
                            : "its snippet= or original-of= block") + ")");
                }
                String at = (page.equals(href) ? "" : page) + "#" + anchor(ref.key());
                // strip: the template's line ends would put spaces around the value
                cite.before(layout.render("run-cite", Map.of("value",
                        Citations.value(run, ref), "href", at)).strip());
                cite.remove();
            } catch (IllegalArgumentException e) {
                throw Diagnostic.at(file, lineOf(lines, "run:" + text), "run:" + text
                        + ": " + e.getMessage());
            }
        }
        for (String kind : List.of(SNIPPET, ORIGINAL)) {
            for (Element block : body.select("div.listingblock." + kind)) {
                String name = block.classNames().stream()
                        .filter(c -> c.startsWith(kind + "-")).findFirst()
                        .orElseThrow().substring(kind.length() + 1);
                String key = kind.equals(SNIPPET) ? name : pythonKey(name);
                Capture run = captures.get(key);
                block.before(bar(run, ui, kind.equals(SNIPPET)));
                block.after(output(run, ui, key));
            }
        }
        return body.body().html();
    }

    /** The command bar above a run: what to type, and the whole file. */
    private String bar(Capture run, Map<String, String> ui, boolean fromAnywhere) {
        String command = run.command();
        String tool = command.substring(0, command.indexOf(' '));
        Map<String, Object> bar = new HashMap<>(Map.of("ui", ui, "tool", tool,
                "command", command, "file", run.source()));
        if (!command.equals(Capture.plainCommand(run.source()))) {
            return layout.render("snippet-command", bar); // a variant: its snippet links the file
        }
        bar.put("href", "../" + run.source());
        if (fromAnywhere) {
            baseUrl.ifPresent(url -> bar.put("url", tool + " " + url + run.source()));
        }
        return layout.render("snippet-command", bar);
    }

    /** The captured output below a run, with its anchor. */
    private String output(Capture run, Map<String, String> ui, String key) {
        String note = ui.getOrDefault("captured", "captured")
                .replace("{date}", DAY.format(run.at()))
                .replace("{runtime}", run.runtime());
        return layout.render("snippet-output", Map.of("ui", ui, "id", anchor(key),
                "text", run.stdout().isEmpty() ? ""
                        : String.join("\n", run.stdout()) + "\n", "note", note));
    }

    private static int lineOf(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        return 1;
    }
}
