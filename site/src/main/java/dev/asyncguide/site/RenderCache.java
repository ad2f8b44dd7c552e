package dev.asyncguide.site;

import dev.asyncguide.core.DocTree;
import dev.asyncguide.core.Language;
import dev.asyncguide.core.PageOutline.CodeBlock;
import dev.asyncguide.snippet.CaptureStore.Capture;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages rendered by one {@link SiteBuilder}, kept for its next build
 * ({@code serve} keeps its builder and builds again after each edit). A
 * page is found again only by the very page object the tree read, in the
 * same language, with the same runs of its snippets: a page read again,
 * or one whose snippet ran again, is converted again. A one-off build
 * starts empty and converts everything.
 */
final class RenderCache {

    /** A document has no meaningful equals: the page object stands for itself. */
    private record Key(Identity page, String lang, List<Capture> runs) {}

    private record Identity(DocTree.Page of) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }

    private Map<Key, Renderer.Rendered> kept = Map.of();
    private Map<Key, Renderer.Rendered> now = new HashMap<>();
    private Map<String, Capture> captures = Map.of();
    private int converted;

    /** A build starts: its snippets' runs. */
    void begin(Map<String, Capture> runs) {
        captures = runs;
        now = new HashMap<>();
        converted = 0;
    }

    /** The page rendered for {@code lang}: as last time, or converted now. */
    Renderer.Rendered get(Renderer renderer, DocTree.Page page, Language lang)
            throws IOException {
        List<Capture> runs = new ArrayList<>();
        for (CodeBlock block : page.outline().codeBlocks()) {
            runs.add(captures.get(block.kind().equals(CodeBlock.SNIPPET) ? block.name()
                    : SnippetBlocks.pythonKey(block.name())));
        }
        if (page.outline().lines().stream().anyMatch(l -> l.contains("run:"))) {
            runs.addAll(captures.values()); // it cites runs, or shows a variant
        }
        Key key = new Key(new Identity(page), lang.code(), runs);
        Renderer.Rendered r = kept.get(key);
        if (r == null) {
            r = renderer.render(page, lang.ui());
            converted++;
        }
        now.put(key, r);
        return r;
    }

    /** How many pages this build converted so far. */
    int converted() {
        return converted;
    }

    /** Every page is rendered: keep this build's pages (only these) for the next. */
    void end() {
        kept = now;
        now = new HashMap<>();
    }
}
