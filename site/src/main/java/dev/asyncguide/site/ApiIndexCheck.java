package dev.asyncguide.site;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.DocTree;
import dev.asyncguide.core.PageOutline.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API index pages ({@code NN-api-index.adoc}) hold one table row per
 * asyncio name: {@code | `asyncio.name()` | Java | xref:page.adoc#section[...]}.
 * Each row must point at a section of its own language that exists and
 * shows a snippet ({@code snippet=} or {@code original-of=} block) whose
 * code uses the name (the part after the last dot, without the call's
 * parentheses: {@code `loop.call_later()`} needs {@code call_later}).
 * A row that does not is an error at its line.
 */
final class ApiIndexCheck {

    /** The pages this applies to, by file name. */
    static final Pattern INDEX_PAGE = Pattern.compile("(?:\\d+-)?api-index\\.adoc");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`");
    private static final Pattern XREF = Pattern.compile("xref:([\\w.-]+\\.adoc)#([\\w-]+)\\[");

    private ApiIndexCheck() {}

    /** Checks every index page of the tree; the first wrong row is thrown. */
    static void check(DocTree tree) {
        List<Diagnostic> found = problems(tree);
        if (!found.isEmpty()) {
            throw found.getFirst();
        }
    }

    /** Every wrong row of every index page, in page order. */
    static List<Diagnostic> problems(DocTree tree) {
        List<Diagnostic> problems = new ArrayList<>();
        for (DocTree.Page page : tree.pages()) {
            if (INDEX_PAGE.matcher(page.name()).matches()) {
                check(tree, page, problems);
            }
        }
        return problems;
    }

    private static void check(DocTree tree, DocTree.Page index, List<Diagnostic> problems) {
        List<String> lines = index.outline().lines();
        String file = index.outline().file();
        for (int i = 0; i < lines.size(); i++) {
            Matcher row = ROW.matcher(lines.get(i));
            if (!row.find()) {
                continue;
            }
            String name = row.group(1);
            String token = token(name);
            Matcher x = XREF.matcher(lines.get(i));
            if (!x.find()) {
                problems.add(Diagnostic.at(file, i + 1, "`" + name
                        + "` names no section that runs it (xref:page.adoc#section[...])"));
                continue;
            }
            String pageName = x.group(1);
            String section = x.group(2);
            Optional<DocTree.Page> target = tree.page(index.language().code(), pageName);
            if (target.isEmpty()) {
                problems.add(Diagnostic.at(file, i + 1, "`" + name + "`: there is no page "
                        + pageName + " in " + index.language().code()));
                continue;
            }
            if (target.get().outline().section(section).isEmpty()) {
                problems.add(Diagnostic.at(file, i + 1, "`" + name + "`: " + pageName
                        + " has no section #" + section));
                continue;
            }
            List<CodeBlock> blocks = target.get().outline().codeBlocks().stream()
                    .filter(b -> section.equals(b.section()))
                    .filter(b -> !b.kind().equals(CodeBlock.VARIANT))
                    .toList();
            if (blocks.isEmpty()) {
                problems.add(Diagnostic.at(file, i + 1, "`" + name + "`: " + pageName + "#"
                        + section + " runs no snippet (no snippet= or original-of= block)"));
            } else if (blocks.stream().noneMatch(b -> uses(b.code(), token))) {
                problems.add(Diagnostic.at(file, i + 1, "`" + name + "`: no snippet in "
                        + pageName + "#" + section + " uses " + token + " ("
                        + blocks.stream().map(CodeBlock::describe).toList() + ")"));
            }
        }
    }

    /** The name a row's code must contain: after the last dot, no call. */
    static String token(String name) {
        String t = name.strip();
        int paren = t.indexOf('(');
        if (paren >= 0) {
            t = t.substring(0, paren);
        }
        if (!t.contains(" ")) {
            t = t.substring(t.lastIndexOf('.') + 1);
        }
        return t.strip();
    }

    /** Whether code uses a name as a word (not inside a longer one). */
    static boolean uses(String code, String token) {
        if (code == null || token.isEmpty()) {
            return false;
        }
        return Pattern.compile("(?<![\\w])" + Pattern.quote(token) + "(?![\\w])")
                .matcher(code).find();
    }
}
