package dev.asyncguide.translate;

import dev.asyncguide.core.Asciidoc;
import dev.asyncguide.core.Cli;
import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.DocTree;
import dev.asyncguide.core.Language;
import dev.asyncguide.core.LanguageCodes;
import dev.asyncguide.core.PageOutline;
import dev.asyncguide.translate.Git.Commit;
import dev.asyncguide.translate.Translations.LanguageStatus;
import dev.asyncguide.translate.Translations.PageStatus;
import dev.asyncguide.translate.Translations.SectionChange;
import dev.asyncguide.translate.Translations.State;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The translators' commands, run from the repository root by build.sh:
 * <pre>
 *   report [--diff] [LANG...]     ./build.sh translations: what to translate, what went stale
 *   record LANG PAGE...           ./build.sh translated: mark pages as caught up with the source
 * </pre>
 */
public final class TranslationsMain {

    private TranslationsMain() {}

    public static void main(String[] args) {
        Path root = Path.of("").toAbsolutePath();
        Cli.main(() -> switch (args.length == 0 ? "" : args[0]) {
            case "report" -> report(root, List.of(args).subList(1, args.length), System.out);
            case "record" -> record(root, List.of(args).subList(1, args.length), System.out);
            default -> throw Diagnostic.usage(
                    "TranslationsMain report [--diff] [LANG...] | record LANG PAGE...");
        });
    }

    /** The translations of the tree at {@code root}, with their history. */
    static Translations scan(Path root) throws IOException {
        try (Asciidoc adoc = new Asciidoc(root)) {
            return Translations.scan(DocTree.read(root, adoc, m -> {}), adoc, true);
        }
    }

    /** Prints the report; 0 even when pages are missing or outdated (it is a report). */
    static int report(Path root, List<String> args, PrintStream out) throws IOException {
        boolean diff = args.contains("--diff");
        List<String> only = args.stream().filter(a -> !a.equals("--diff")).toList();
        for (String a : only) {
            if (a.startsWith("-")) {
                throw Diagnostic.usage("./build.sh translations [--diff] [LANG...]"
                        + " (unknown option " + a + ")");
            }
        }
        Translations t = scan(root);
        for (String code : only) {
            if (t.language(code).isEmpty()) {
                throw Diagnostic.usage("./build.sh translations [--diff] [LANG...]: no translation "
                        + code + " (languages: "
                        + String.join(", ", t.languages().stream().map(l -> l.language().code()).toList())
                        + (code.equals(t.source().code()) ? "; " + code + " is the source" : "") + ")");
            }
        }
        out.print(text(t, only, diff));
        return 0;
    }

    /** The report as text, for the terminal. */
    static String text(Translations t, List<String> only, boolean withDiff) {
        StringBuilder sb = new StringBuilder();
        String src = t.source().code();
        sb.append("Translations of docs/").append(src).append(" (").append(t.pages().size())
                .append(" pages) at commit ").append(t.head()).append('\n');
        for (LanguageStatus ls : t.languages()) {
            String code = ls.language().code();
            if (!only.isEmpty() && !only.contains(code)) {
                continue;
            }
            String english = LanguageCodes.englishName(code);
            sb.append('\n').append(code).append("  ").append(ls.language().name())
                    .append(english.equals(ls.language().name()) ? "" : " (" + english + ")").append(": ")
                    .append(ls.count(State.UP_TO_DATE)).append('/').append(ls.pages().size())
                    .append(" up to date (").append(ls.percent()).append("%)");
            for (State s : List.of(State.OUTDATED, State.UNRECORDED, State.MISSING)) {
                sb.append(", ").append(ls.count(s)).append(' ').append(s.label);
            }
            sb.append('\n');
            for (PageStatus p : ls.pages()) {
                sb.append(String.format("  %-11s %s", p.state().label, p.file()));
                switch (p.state()) {
                    case UP_TO_DATE -> sb.append("  (").append(p.shortRecorded()).append(")\n");
                    case MISSING -> sb.append("  (the site shows ").append(p.source())
                            .append(" with a \"not translated yet\" banner)\n");
                    case UNRECORDED -> sb.append("  (no :source-commit: in its header; when it is"
                            + " caught up: ./build.sh translated ").append(code).append(' ')
                            .append(page(p)).append(")\n");
                    case OUTDATED -> outdated(sb, code, p, withDiff);
                    case UNCHECKED -> sb.append('\n');
                }
            }
            List<Diagnostic> parity = new ArrayList<>();
            for (PageStatus p : ls.pages()) {
                if (p.state() == State.OUTDATED || p.state() == State.UNRECORDED) {
                    parity.addAll(p.parity());
                }
            }
            list(sb, "structure problems (fix these: the test suite fails on them)", ls.errors());
            list(sb, "structure differences in pages not caught up yet", parity);
            list(sb, "to do", ls.todo());
        }
        sb.append('\n');
        List<String> summary = new ArrayList<>();
        for (LanguageStatus ls : t.languages()) {
            summary.add(ls.language().code() + " " + ls.percent() + "%");
        }
        sb.append("Summary: ").append(summary.isEmpty() ? "no translations yet (add docs/LANG/)"
                : String.join(", ", summary)).append(" up to date.");
        sb.append(" A page caught up with its source: ./build.sh translated LANG PAGE\n");
        return sb.toString();
    }

    private static void outdated(StringBuilder sb, String code, PageStatus p, boolean withDiff) {
        sb.append("  (translated from ").append(p.shortRecorded()).append(")\n");
        String pad = "              ";
        if (!p.since().isEmpty()) {
            sb.append(pad).append(p.source()).append(" changed since in ").append(p.since().size())
                    .append(p.since().size() == 1 ? " commit:\n" : " commits:\n");
            for (Commit c : p.since()) {
                sb.append(pad).append("  ").append(c).append('\n');
            }
        }
        if (p.uncommitted()) {
            sb.append(pad).append(p.source()).append(" has changes not committed yet\n");
        }
        if (!p.changes().isEmpty()) {
            sb.append(pad).append("sections: ").append(String.join(", ",
                    p.changes().stream().map(SectionChange::toString).toList())).append('\n');
        }
        if (withDiff) {
            for (String line : p.diff().split("\n")) {
                sb.append(pad).append("| ").append(line).append('\n');
            }
        } else {
            sb.append(pad).append("the diff: git diff ").append(p.shortRecorded()).append(" -- ")
                    .append(p.source()).append('\n');
        }
        sb.append(pad).append("caught up? ./build.sh translated ").append(code).append(' ')
                .append(page(p)).append('\n');
    }

    private static String page(PageStatus p) {
        return p.page().replaceFirst("\\.adoc$", "");
    }

    private static void list(StringBuilder sb, String heading, List<Diagnostic> problems) {
        if (!problems.isEmpty()) {
            sb.append("  ").append(heading).append(":\n");
            for (Diagnostic p : problems) {
                sb.append("    ").append(p).append('\n');
            }
        }
    }

    /**
     * Writes {@code :source-commit: <id>} (the source page's last commit) into
     * the header of each named translation; refuses when the source page has
     * uncommitted changes or the structures differ.
     */
    static int record(Path root, List<String> args, PrintStream out) throws IOException {
        if (args.size() < 2) {
            throw Diagnostic.usage("./build.sh translated LANG PAGE... "
                    + "(e.g. ./build.sh translated en 02-sync-vs-async)");
        }
        try (Asciidoc adoc = new Asciidoc(root)) {
            return record(root, adoc, DocTree.read(root, adoc, m -> {}), args, out);
        }
    }

    private static int record(Path root, Asciidoc adoc, DocTree tree, List<String> args,
                              PrintStream out) throws IOException {
        List<Language> languages = tree.languages();
        Language source = languages.getFirst();
        String code = args.getFirst();
        Language lang = languages.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> Diagnostic.usage(code.equals(source.code())
                        ? code + " is the source language; its pages record nothing"
                        : "there is no folder docs/" + code + " (copy docs/en to start it)"));
        if (lang.equals(source)) {
            throw Diagnostic.usage(code + " is the source language; its pages record nothing");
        }
        List<String> pages = tree.pageNames();
        Git git = new Git(root);
        if (!git.available() || !git.hasHead()) {
            throw Diagnostic.at(".", 1, "not in a git work tree with commits");
        }
        int failed = 0;
        for (String arg : args.subList(1, args.size())) {
            String page = Path.of(arg).getFileName().toString();
            if (!page.endsWith(".adoc")) {
                page += ".adoc";
            }
            String sourceFile = Translations.rel(root, source.dir().resolve(page));
            Path file = lang.dir().resolve(page);
            String shown = Translations.rel(root, file);
            if (!pages.contains(page)) {
                throw Diagnostic.usage("there is no source page " + sourceFile
                        + " (pages: " + String.join(" ", pages.stream()
                        .map(n -> n.replaceFirst("\\.adoc$", "")).toList()) + ")");
            }
            if (!Files.exists(file)) {
                throw Diagnostic.usage(shown + " does not exist: copy "
                        + sourceFile + " there and translate it first");
            }
            if (git.hasUncommittedChanges(sourceFile)) {
                throw Diagnostic.at(sourceFile, 1, "has changes that are not"
                        + " committed; the record names a commit, so commit them first");
            }
            for (Language other : languages) {
                Path o = other.dir().resolve(page);
                if (!other.equals(lang) && Files.exists(o)
                        && Arrays.equals(Files.readAllBytes(o), Files.readAllBytes(file))) {
                    throw Diagnostic.at(shown, 1, "the same text as "
                            + Translations.rel(root, o) + ": translate it first");
                }
            }
            PageOutline src = tree.page(source.code(), page).orElseThrow().outline();
            PageOutline tr = tree.page(lang.code(), page).orElseThrow().outline();
            List<Diagnostic> parity = Parity.compare(src, tr);
            if (!parity.isEmpty()) {
                System.err.println("not recorded: " + shown + " does not have the structure of "
                        + sourceFile + " yet:");
                parity.forEach(p -> System.err.println("  " + p));
                failed++;
                continue;
            }
            Commit last = git.lastCommit(sourceFile).orElseThrow();
            int line = write(file, tr, last.id());
            out.println(shown + ":" + line + ": :" + PageOutline.SOURCE_COMMIT + ": "
                    + last.id().substring(0, 12) + "  (" + sourceFile + " as of " + last + ")");
        }
        return failed == 0 ? 0 : 1;
    }

    /** Sets the record in the page's header; returns its 1-based line. */
    static int write(Path file, PageOutline page, String commit) throws IOException {
        String entry = ":" + PageOutline.SOURCE_COMMIT + ": " + commit;
        String text = Files.readString(file);
        boolean crlf = text.contains("\r\n");
        List<String> lines = new ArrayList<>(page.lines());
        int line;
        if (page.sourceCommit().isPresent()) {
            line = page.sourceCommit().get().line();
            lines.set(line - 1, entry);
        } else {
            int at = PageOutline.headerEnd(lines);
            lines.add(at, entry);
            line = at + 1;
        }
        String nl = crlf ? "\r\n" : "\n";
        String joined = String.join(nl, lines);
        if (text.endsWith("\n")) {
            joined += nl;
        }
        Files.writeString(file, joined);
        return line;
    }
}
