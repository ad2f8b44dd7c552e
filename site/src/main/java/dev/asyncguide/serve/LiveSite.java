package dev.asyncguide.serve;

import dev.asyncguide.core.Asciidoc;
import dev.asyncguide.core.Cli;
import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.DocTree;
import dev.asyncguide.core.Language;
import dev.asyncguide.core.PageOutline.CodeBlock;
import dev.asyncguide.site.SiteBuilder;
import dev.asyncguide.snippet.CaptureStage;
import dev.asyncguide.snippet.CaptureStage.Outcome;
import dev.asyncguide.snippet.Snippet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The site as {@code serve} keeps it, in one warm JVM: the AsciiDoc
 * reader, the doc tree, the snippets' outcomes and one site builder live
 * from build to build. After an edit only the stages for what changed run
 * again: an edited page is read again (and only its renderings are
 * converted again); an edited snippet, its {@code .expect} or its Python
 * twin goes through the capture stage again, and the pages that show it
 * are read again; anything else (the theme, a language's words, a page
 * added) builds everything again, still with the warm reader. Each good
 * build goes to a new folder under {@code target/serve/} and becomes the
 * site served; a failed one leaves the last good site served and its
 * problem, one {@code path:line: what} line, for the overlay.
 */
final class LiveSite {

    /** What a build changed, for the open pages: site paths such as
     *  {@code en/03-basics.html}, or {@link #EVERY_PAGE}. */
    record Change(Set<String> pages) {}

    /** Every open page reloads (the stylesheet or a script changed). */
    static final String EVERY_PAGE = "*";

    /** What the pages learn: a change, or the problem that stopped a build. */
    interface Listener {
        void changed(Change change);

        void failed(Diagnostic problem);
    }

    private final Path root;
    private final Path out;
    private final Consumer<String> log;
    private final Asciidoc adoc;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private SiteBuilder builder;
    private DocTree tree;
    private Map<String, Outcome> outcomes = new LinkedHashMap<>();
    /** Edits not built yet: kept until a build with them succeeds. */
    private final Set<Path> pending = new LinkedHashSet<>();
    private boolean everything = true;
    private int generation;
    private volatile Path current;
    private volatile Diagnostic problem;
    private volatile Map<String, Map<String, String>> words = Map.of();

    /** {@code root}: the repository; sites are built under {@code out}. */
    LiveSite(Path root, Path out, Consumer<String> log) {
        this.root = root.toAbsolutePath().normalize();
        this.out = out.toAbsolutePath().normalize();
        this.log = log;
        this.adoc = new Asciidoc(this.root);
    }

    Path root() {
        return root;
    }

    /** The last good site, if a build ever succeeded. */
    Optional<Path> site() {
        return Optional.ofNullable(current);
    }

    /** What stopped the last build, while it is not fixed. */
    Optional<Diagnostic> problem() {
        return Optional.ofNullable(problem);
    }

    /** The words of each language's pages (the source language first), as
     *  of the last good build: asked while a build runs, it does not wait. */
    Map<String, Map<String, String>> words() {
        return words;
    }

    void listen(Listener l) {
        listeners.add(l);
    }

    /** The first build: everything, afresh. */
    synchronized boolean buildAll() {
        Runs.deleteQuietly(out);
        everything = true;
        return build(List.of());
    }

    /**
     * Builds again for the files that changed ({@code changed}: paths
     * relative to the root). Returns whether the build succeeded.
     */
    synchronized boolean update(Collection<Path> changed) {
        List<Path> relevant = changed.stream().filter(LiveSite::relevant).toList();
        if (relevant.isEmpty()) {
            return problem == null;
        }
        if (relevant.stream().allMatch(p -> p.startsWith("site/theme/live"))) {
            // serve's own page script: nothing to build, the pages reload
            log.accept("changed: " + names(relevant));
            listeners.forEach(l -> l.changed(new Change(Set.of(EVERY_PAGE))));
            return problem == null;
        }
        log.accept("changed: " + names(relevant));
        return build(relevant);
    }

    private boolean build(List<Path> changed) {
        pending.addAll(changed);
        long start = System.nanoTime();
        try {
            boolean all = everything || tree == null
                    || pending.stream().anyMatch(p -> kind(p) == Kind.OTHER);
            if (all) {
                builder = new SiteBuilder(root, log); // fresh: the theme or the words may differ
                tree = DocTree.read(root, adoc, log);
                outcomes = new LinkedHashMap<>(new CaptureStage(root, log).captureAll(false));
            } else {
                tree = tree.reread(adoc, pagesToRead(), log);
            }
            Path next = out.resolve("site-" + (generation + 1));
            builder.with(tree, SiteBuilder.captures(outcomes)).build(next);
            Path before = current;
            Change change = before == null ? new Change(Set.of(EVERY_PAGE))
                    : new Change(differences(before, next));
            Map<String, Map<String, String>> ui = new LinkedHashMap<>();
            tree.languages().forEach(l -> ui.put(l.code(), l.ui()));
            words = ui;
            generation++;
            current = next;
            if (generation > 2) { // the one before stays for requests under way
                Runs.deleteQuietly(out.resolve("site-" + (generation - 2)));
            }
            pending.clear();
            everything = false;
            boolean wasBroken = problem != null;
            problem = null;
            log.accept(String.format(java.util.Locale.ROOT, "built in %.1f s: %s",
                    (System.nanoTime() - start) / 1e9, change.pages().isEmpty()
                            ? "no page changed" : String.join(" ", change.pages())));
            if (!change.pages().isEmpty() || wasBroken) {
                listeners.forEach(l -> l.changed(change));
            }
            return true;
        } catch (Exception e) {
            Diagnostic d = Cli.diagnose(e);
            if (d == null) {
                d = Diagnostic.at("site/src/main/java", 1, "internal error (a bug in the"
                        + " generator): " + e);
                e.printStackTrace();
            }
            problem = d;
            log.accept("error: " + d.getMessage());
            Diagnostic shown = d;
            listeners.forEach(l -> l.failed(shown));
            return false;
        }
    }

    private enum Kind { PAGE, SNIPPET, OTHER }

    private static Kind kind(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (p.getNameCount() == 3 && p.startsWith("docs") && name.endsWith(".adoc")
                && !name.startsWith("_")) {
            return Kind.PAGE;
        }
        if (p.startsWith(Snippet.FOLDER) && (name.endsWith(".java") || name.endsWith(".expect")
                || name.endsWith(".py"))) {
            return Kind.SNIPPET;
        }
        return Kind.OTHER;
    }

    /**
     * The pages to read again: those edited, and every page that shows an
     * edited snippet or twin (after the capture stage has run it again).
     */
    private Set<Path> pagesToRead() throws Exception {
        Set<Path> pages = new LinkedHashSet<>();
        Set<String> snippets = new TreeSet<>();
        List<Snippet> all = Snippet.all(root);
        Map<Path, String> twins = new HashMap<>();
        for (Snippet s : all) {
            twins.put(s.expectation(root).python(), s.name());
        }
        boolean sameSet = all.stream().map(Snippet::name).toList()
                .equals(List.copyOf(outcomes.keySet()));
        for (Path p : pending) {
            switch (kind(p)) {
                case PAGE -> pages.add(p);
                case SNIPPET -> {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".py")) {
                        Optional.ofNullable(twins.get(p)).ifPresent(snippets::add);
                    } else {
                        snippets.add(name.substring(0, name.lastIndexOf('.')));
                    }
                }
                case OTHER -> throw new IllegalStateException(p.toString());
            }
        }
        if (!sameSet) { // a snippet came or went: check them all (stored runs are reused)
            outcomes = new LinkedHashMap<>(new CaptureStage(root, log).captureAll(false));
        } else if (!snippets.isEmpty()) {
            List<Snippet> changed = all.stream().filter(s -> snippets.contains(s.name())).toList();
            outcomes.putAll(new CaptureStage(root, log).capture(changed, false));
        }
        for (DocTree.Page page : tree.pages()) {
            for (CodeBlock b : page.outline().codeBlocks()) {
                if (!sameSet || snippets.contains(b.name().replaceFirst("@.*", ""))) {
                    pages.add(page.file());
                }
            }
            for (String name : snippets) { // a page that cites one of its runs
                if (page.outline().lines().stream().anyMatch(l -> l.contains("run:" + name))) {
                    pages.add(page.file());
                }
            }
        }
        return pages;
    }

    /** The site paths whose bytes differ between two builds. */
    private static Set<String> differences(Path before, Path after) throws IOException {
        Set<String> changed = new TreeSet<>();
        try (Stream<Path> files = Files.walk(after)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = after.relativize(f).toString().replace('\\', '/');
                Path old = before.resolve(rel);
                if (Files.exists(old) && Files.mismatch(old, f) == -1) {
                    continue;
                }
                if (rel.endsWith(".html")) {
                    changed.add(rel);
                } else if (rel.startsWith("assets/")) {
                    return Set.of(EVERY_PAGE);
                }
            }
        }
        return changed;
    }

    /** Editors' leftovers (backups, swap files, hidden files) change nothing. */
    static boolean relevant(Path p) {
        for (Path part : p) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return !(name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913") || name.equals("__pycache__")
                || name.endsWith(".pyc"));
    }

    private static String names(List<Path> paths) {
        List<String> shown = new ArrayList<>();
        paths.forEach(p -> shown.add(Diagnostic.shown(p)));
        return String.join(" ", shown);
    }
}
