package dev.asyncguide.site;

import dev.asyncguide.core.Asciidoc;
import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.DocTree;
import dev.asyncguide.core.PageOutline.Heading;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Turns one loaded page into the HTML body the layout frames: Asciidoctor's
 * conversion of the very document the tree read, the runnable blocks with
 * their command and captured output, and the reader's touches.
 */
final class Renderer {

    /** A rendered page: its title, its HTML body and its sections. */
    record Rendered(String title, String body, List<Heading> headings) {}

    private final Asciidoc adoc;
    private final SnippetBlocks snippetBlocks;
    private final FigureCheck figures;

    Renderer(Asciidoc adoc, SnippetBlocks snippetBlocks, FigureCheck figures) {
        this.adoc = adoc;
        this.snippetBlocks = snippetBlocks;
        this.figures = figures;
    }

    /** Renders a page with the words ({@code ui}) of the reader's language. */
    Rendered render(DocTree.Page page, Map<String, String> ui) throws IOException {
        String file = page.outline().file();
        if (page.doc().getDoctitle() == null) {
            throw Diagnostic.at(file, 1, "the page has no title (= Title)");
        }
        figures.check(page); // before anything is made of it
        snippetBlocks.mark(page.doc(), file);
        String body = adoc.convert(page.doc(), page.file());
        body = snippetBlocks.addRunAndOutput(body, ui, file, page.outline().lines(),
                SiteBuilder.htmlName(page.name()));
        body = ReaderMarkup.polish(body, ui);
        return new Rendered(page.doc().getDoctitle(), body, page.outline().sections());
    }
}
