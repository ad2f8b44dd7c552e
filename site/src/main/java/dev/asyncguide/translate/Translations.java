package dev.asyncguide.translate;

import dev.asyncguide.core.Asciidoc;
import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.DocTree;
import dev.asyncguide.core.Language;
import dev.asyncguide.core.LanguageCodes;
import dev.asyncguide.core.PageOutline;
import dev.asyncguide.core.PageOutline.Heading;
import dev.asyncguide.core.SourceText;
import dev.asyncguide.translate.Git.Commit;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The state of every translation, computed from the pages and git: for each
 * language and each page of the source language, whether the translation is
 * up to date, outdated (the source page changed since the commit the
 * translation records in {@code :source-commit:}), unrecorded or missing;
 * what changed in the source since; and where the structure differs.
 *
 * <p>Malformed input (a bad language folder, a recorded commit that does not
 * exist) is a {@link Diagnostic} with file and line. Structure problems
 * in pages marked up to date are {@link #errors()}: the test suite fails on
 * them, the build prints them. Everything else is a report.
 */
public final class Translations {

    public enum State {
        UP_TO_DATE("up to date"), OUTDATED("outdated"), UNRECORDED("unrecorded"),
        MISSING("missing"), UNCHECKED("not checked");

        public final String label;

        State(String label) {
            this.label = label;
        }

        /** The key of this state's word in language.properties. */
        public String word() {
            return "translation-state-" + label.replace(' ', '-');
        }
    }

    /** How a section of the source page changed since the recorded commit. */
    public record SectionChange(String section, String title, String kind) {
        @Override
        public String toString() {
            return (section.isEmpty() ? "(title and introduction)" : section)
                    + (title.isEmpty() ? "" : " \"" + title + "\"") + " (" + kind + ")";
        }
    }

    /**
     * One page in one language.
     *
     * @param title    the page's title line in this language (the source's when missing)
     * @param file     the translation's file as messages name it (it may not exist)
     * @param source   the source page's file
     * @param recorded the recorded source commit, full id (empty if none / missing page)
     * @param since    source commits after the recorded one, newest first
     * @param uncommitted the source page has changes not committed yet
     * @param parity   structure differences (errors only when the page is up to date)
     */
    public record PageStatus(String page, String title, State state, String file, String source,
                             Optional<String> recorded, int recordedLine, List<Commit> since,
                             boolean uncommitted, List<SectionChange> changes, String diff,
                             List<Diagnostic> parity) {

        public String shortRecorded() {
            return recorded.map(r -> r.substring(0, Math.min(7, r.length()))).orElse("");
        }
    }

    /** One language: its pages and its findings. */
    public record LanguageStatus(Language language, List<PageStatus> pages,
                                 List<Diagnostic> errors, List<Diagnostic> todo) {

        public long count(State state) {
            return pages.stream().filter(p -> p.state() == state).count();
        }

        /** Pages up to date (or, without git, translated), in percent of all pages. */
        public int percent() {
            long done = count(State.UP_TO_DATE) + count(State.UNCHECKED);
            return pages.isEmpty() ? 100 : (int) Math.floor(100.0 * done / pages.size());
        }

        public PageStatus page(String page) {
            return pages.stream().filter(p -> p.page().equals(page)).findFirst().orElseThrow();
        }
    }

    private final Language source;
    private final List<String> pages;
    private final List<LanguageStatus> languages;
    private final String head;
    private final boolean gitChecked;

    private Translations(Language source, List<String> pages, List<LanguageStatus> languages,
                         String head, boolean gitChecked) {
        this.source = source;
        this.pages = pages;
        this.languages = languages;
        this.head = head;
        this.gitChecked = gitChecked;
    }

    public Language source() {
        return source;
    }

    public List<String> pages() {
        return pages;
    }

    /** The translations, without the source language. */
    public List<LanguageStatus> languages() {
        return languages;
    }

    public Optional<LanguageStatus> language(String code) {
        return languages.stream().filter(l -> l.language().code().equals(code)).findFirst();
    }

    /** The state of {@code page} in {@code code}; the source language is always up to date. */
    public State state(String code, String page) {
        return language(code).map(l -> l.page(page).state()).orElse(State.UP_TO_DATE);
    }

    /** HEAD's short id, or empty when git was not available. */
    public String head() {
        return head;
    }

    /** Whether staleness was computed (false when not in a git work tree). */
    public boolean gitChecked() {
        return gitChecked;
    }

    /** Problems that fail the test suite: structure differences in pages marked up to date, stray pages. */
    public List<Diagnostic> errors() {
        return languages.stream().flatMap(l -> l.errors().stream()).toList();
    }

    /**
     * Compares every language's pages with the source, from the pages the
     * tree read (no page is read again) and git.
     *
     * @param tree      the docs read by Asciidoctor (the source language first)
     * @param adoc      the reader, for the source pages as git had them
     * @param requireGit fail when git history is unavailable (the report needs it;
     *                  the site build does without, showing no outdated banners)
     */
    public static Translations scan(DocTree tree, Asciidoc adoc, boolean requireGit)
            throws IOException {
        Path root = tree.root();
        List<Language> languages = tree.languages();
        List<String> pages = tree.pageNames();
        Language source = tree.source();
        checkNames(root, languages);
        Git git = new Git(root);
        // A shallow clone (CI's usual) lacks the recorded commits: the site
        // builds as it would without git; the report still asks for history.
        boolean gitOk = git.available() && git.hasHead() && (requireGit || !git.isShallow());
        if (!gitOk && requireGit) {
            throw Diagnostic.at(".", 1, "not a git work tree with commits;"
                    + " the translation report compares pages with their git history"
                    + " (work in a clone, commit the source pages)");
        }
        Map<String, PageOutline> sources = new HashMap<>();
        pages.forEach(page -> sources.put(page,
                tree.page(source.code(), page).orElseThrow().outline()));
        List<Boolean> changed = eachPage(pages,
                page -> gitOk && git.hasUncommittedChanges(sources.get(page).file()));
        Map<String, Boolean> uncommitted = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            uncommitted.put(pages.get(i), changed.get(i));
        }
        List<LanguageStatus> statuses = new ArrayList<>();
        for (Language lang : languages.subList(1, languages.size())) {
            List<PageStatus> ps = new ArrayList<>();
            List<Diagnostic> errors = new ArrayList<>();
            List<Diagnostic> todo = new ArrayList<>();
            List<Scanned> scanned = eachPage(pages, page -> {
                Optional<String> copy = gitOk ? copyOf(root, git, languages, lang, page)
                        : Optional.empty();
                Optional<PageOutline> translation = tree.page(lang.code(), page)
                        .map(DocTree.Page::outline);
                return new Scanned(copy, copy.isPresent() || translation.isEmpty()
                        ? missing(root, lang, page, sources.get(page), uncommitted.get(page))
                        : page(adoc, git, gitOk, lang, page, sources.get(page), translation.get(),
                                uncommitted.get(page)));
            });
            for (Scanned one : scanned) {
                PageStatus st = one.status();
                one.copy().ifPresent(c -> todo.add(Diagnostic.at(st.file(), 1, "the same text as "
                        + c + ": not translated yet, so the site shows " + st.source()
                        + " instead")));
                ps.add(st);
                if (st.state() == State.UP_TO_DATE || st.state() == State.UNCHECKED) {
                    errors.addAll(st.parity());
                }
            }
            strayPages(root, source, lang, pages, errors);
            missingWords(root, source, lang, todo);
            statuses.add(new LanguageStatus(lang, List.copyOf(ps), List.copyOf(errors),
                    List.copyOf(todo)));
        }
        return new Translations(source, List.copyOf(pages), List.copyOf(statuses),
                gitOk ? git.head().substring(0, 7) : "", gitOk);
    }

    /** A page of a translation: the page it is an untranslated copy of, if
     *  any, and its status. */
    private record Scanned(Optional<String> copy, PageStatus status) {}

    /** What a page's scan gives; it may throw what the scan stops with. */
    private interface PageScan<R> {
        R of(String page) throws IOException;
    }

    /**
     * {@code scan} of every page, four pages at a time (a page's scan is
     * mostly waiting for git: 258 git commands, one after the other, took
     * five seconds), in page order; the first page's failure, in that
     * order, is the one thrown, as when they ran one by one.
     */
    private static <R> List<R> eachPage(List<String> pages, PageScan<R> scan)
            throws IOException {
        List<Future<R>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (String page : pages) {
                futures.add(pool.submit(() -> scan.of(page)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    futures.forEach(other -> other.cancel(true));
                    switch (e.getCause()) {
                        case IOException io -> throw io;
                        case RuntimeException r -> throw r;
                        case Error err -> throw err;
                        default -> throw new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while scanning translations", e);
                }
            }
            return results;
        }
    }

    private static PageStatus missing(Path root, Language lang, String page, PageOutline source,
                                      boolean uncommitted) {
        return new PageStatus(page, source.title(), State.MISSING, rel(root, lang.dir().resolve(page)),
                source.file(), Optional.empty(), 0, List.of(), uncommitted, List.of(), "", List.of());
    }

    /**
     * The page of another language this one is an untranslated copy of (the
     * same bytes, and that one was added to git first), e.g. after
     * {@code cp -r docs/en docs/ja}.
     */
    private static Optional<String> copyOf(Path root, Git git, List<Language> languages,
                                           Language lang, String page) throws IOException {
        Path file = lang.dir().resolve(page);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        byte[] text = Files.readAllBytes(file);
        long added = git.added(rel(root, file));
        for (Language other : languages) {
            Path o = other.dir().resolve(page);
            if (other.equals(lang) || !Files.exists(o) || !Arrays.equals(text, Files.readAllBytes(o))) {
                continue;
            }
            if (other.code().equals(languages.getFirst().code()) || git.added(rel(root, o)) < added) {
                return Optional.of(rel(root, o));
            }
        }
        return Optional.empty();
    }

    private static PageStatus page(Asciidoc adoc, Git git, boolean gitOk, Language lang,
                                   String page, PageOutline source, PageOutline tr,
                                   boolean uncommitted) {
        String file = tr.file();
        String sourceFile = source.file();
        List<Diagnostic> parity = Parity.compare(source, tr);
        String title = tr.title();
        if (tr.sourceCommit().isEmpty()) {
            return new PageStatus(page, title, gitOk ? State.UNRECORDED : State.UNCHECKED, file,
                    sourceFile, Optional.empty(), 0, List.of(), uncommitted, List.of(), "", parity);
        }
        var rec = tr.sourceCommit().get();
        if (rec.value().isBlank()) {
            throw Diagnostic.at(file, rec.line(), ":source-commit: has no value; write the commit"
                    + " of " + sourceFile + " this page translates, or run ./build.sh translated "
                    + lang.code() + " " + page.replaceFirst("\\.adoc$", ""));
        }
        if (!gitOk) {
            return new PageStatus(page, title, State.UNCHECKED, file, sourceFile, Optional.of(rec.value()),
                    rec.line(), List.of(), uncommitted, List.of(), "", parity);
        }
        String recorded = git.resolveCommit(rec.value()).orElseThrow(() -> Diagnostic.at(
                file, rec.line(), "source commit '" + rec.value() + "' does not exist in this repository"
                        + (git.isShallow() ? " (this is a shallow clone: run git fetch --unshallow)"
                        : "; record an existing commit with ./build.sh translated "
                        + lang.code() + " " + page)));
        if (!git.isAncestorOfHead(recorded)) {
            throw Diagnostic.at(file, rec.line(), "source commit '" + rec.value()
                    + "' is not in the history of HEAD (from another branch, or rebased away);"
                    + " record one of this branch with ./build.sh translated " + lang.code() + " "
                    + page.replaceFirst("\\.adoc$", ""));
        }
        String oldName = git.nameAt(recorded, sourceFile).orElse(sourceFile);
        String diff = git.diffToWorkTree(recorded, oldName, sourceFile);
        if (diff.isBlank()) {
            return new PageStatus(page, title, State.UP_TO_DATE, file, sourceFile, Optional.of(recorded),
                    rec.line(), List.of(), false, List.of(), "", parity);
        }
        List<Commit> since = git.commitsSince(recorded, sourceFile);
        String old = git.show(recorded, oldName).orElse("");
        PageOutline before = PageOutline.of(adoc.parse(old, Path.of(sourceFile).getParent()),
                sourceFile, old.lines().toList());
        return new PageStatus(page, title, State.OUTDATED, file, sourceFile, Optional.of(recorded),
                rec.line(), since, uncommitted, changes(before, source), diff, parity);
    }

    /** Which sections of the source differ between two versions, in the newer one's order. */
    static List<SectionChange> changes(PageOutline before, PageOutline after) {
        Map<String, String> old = before.sectionTexts();
        Map<String, String> now = after.sectionTexts();
        List<SectionChange> changes = new ArrayList<>();
        now.forEach((id, text) -> {
            String title = id.isEmpty() ? "" : after.section(id).map(Heading::text).orElse("");
            if (!old.containsKey(id)) {
                changes.add(new SectionChange(id, title, "added"));
            } else if (!old.get(id).equals(text)) {
                changes.add(new SectionChange(id, title, "changed"));
            }
        });
        old.keySet().stream().filter(id -> !now.containsKey(id)).forEach(id -> changes.add(
                new SectionChange(id, before.section(id).map(Heading::text).orElse(""), "removed")));
        return List.copyOf(changes);
    }

    private static void checkNames(Path root, List<Language> languages) {
        Map<String, Language> byName = new HashMap<>();
        for (Language l : languages) {
            String file = rel(root, l.dir().resolve("language.properties"));
            Language other = byName.putIfAbsent(l.name().strip(), l);
            if (other != null) {
                throw Diagnostic.at(file, 1, "name=" + l.name() + " is already the name of "
                        + rel(root, other.dir()) + "; give the language's own name, e.g. name="
                        + LanguageCodes.ownName(l.code()));
            }
        }
    }

    private static void strayPages(Path root, Language source, Language lang, List<String> pages,
                                   List<Diagnostic> errors) throws IOException {
        try (Stream<Path> files = Files.list(lang.dir())) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".adoc") && !name.startsWith("_") && !pages.contains(name)) {
                    errors.add(Diagnostic.at(rel(root, f), 1, "there is no "
                            + rel(root, source.dir().resolve(name)) + ", so this page is never"
                            + " built (renamed or removed in " + source.code() + "?)"));
                }
            }
        }
    }

    private static void missingWords(Path root, Language source, Language lang, List<Diagnostic> todo)
            throws IOException {
        Path file = lang.dir().resolve("language.properties");
        Properties own = new Properties();
        try (Reader r = new StringReader(SourceText.read(file, rel(root, file)))) {
            own.load(r);
        }
        List<String> missing = source.ui().keySet().stream().filter(k -> !own.containsKey(k))
                .sorted().toList();
        if (!missing.isEmpty()) {
            todo.add(Diagnostic.at(rel(root, file), 1, missing.size() + " word"
                    + (missing.size() == 1 ? "" : "s") + " of "
                    + rel(root, source.dir().resolve("language.properties"))
                    + " not translated here: " + String.join(", ", missing)));
        }
    }

    /** A path as messages show it: relative to the repository root. */
    static String rel(Path root, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
    }
}
