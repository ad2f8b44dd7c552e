package dev.asyncguide.site;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.Glossary;
import dev.asyncguide.core.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The last step of a build, over the written site: each language's search
 * index, then the weight of every page (the heaviest is reported; one over
 * {@link PageWeight#LIMIT} fails the build; a search index and the search
 * engine over {@link SearchIndex#LIMIT} together too), then where the
 * browser tests' screenshots are.
 */
public final class ReaderSite {

    /** Where the browser tests write their screenshots: next to the site. */
    public static final String SCREENSHOTS = "site-screenshots";

    private final Consumer<String> progress;

    public ReaderSite(Consumer<String> progress) {
        this.progress = progress;
    }

    /** {@code site} is the folder being built (it is moved into place after). */
    public void finish(Path site, List<Language> languages, Glossary glossary) throws IOException {
        List<String> over = new ArrayList<>();
        for (Language lang : languages) {
            SearchIndex.write(site.resolve(lang.code()), glossary, lang.code());
        }

        List<PageWeight> weights = PageWeight.measure(site);
        PageWeight heaviest = weights.getFirst();
        progress.accept("heaviest page: " + heaviest.describe()
                + "; limit " + PageWeight.kb(PageWeight.LIMIT));
        weights.stream().filter(w -> w.total() > PageWeight.LIMIT)
                .forEach(w -> over.add("site/" + w.describe()));
        // what a page of each language loads on the first search: its index and the engine
        StringBuilder sizes = new StringBuilder();
        for (Language lang : languages) {
            long bytes = weights.stream().filter(w -> w.page().startsWith(lang.code() + "/"))
                    .mapToLong(PageWeight::onDemand).max().orElse(0);
            long index = Files.size(site.resolve(lang.code()).resolve(SearchIndex.FILE));
            sizes.append(sizes.isEmpty() ? "" : ", ").append(lang.code()).append(' ')
                    .append(PageWeight.kb(bytes)).append(" (index ").append(PageWeight.kb(index))
                    .append(')');
            if (bytes > SearchIndex.LIMIT) {
                over.add("site/" + lang.code() + "/" + SearchIndex.FILE + " with the search engine "
                        + PageWeight.kb(bytes) + " (the limit of what the first search loads is "
                        + PageWeight.kb(SearchIndex.LIMIT) + ")");
            }
        }
        progress.accept("search index and engine, loaded on the first search: " + sizes
                + "; limit " + PageWeight.kb(SearchIndex.LIMIT) + " each");
        List<PageWeight> books = PageWeight.books(site);
        if (!books.isEmpty()) {
            progress.accept("heaviest one-page book: " + books.getFirst().describe()
                    + "; limit " + PageWeight.kb(PageWeight.BOOK_LIMIT));
        }
        books.stream().filter(w -> w.total() > PageWeight.BOOK_LIMIT)
                .forEach(w -> over.add("site/" + w.describe() + " (the limit of a book is "
                        + PageWeight.kb(PageWeight.BOOK_LIMIT) + ")"));
        if (!over.isEmpty()) {
            throw Diagnostic.at(over.getFirst().replaceFirst(" .*", ""), 1, "over its weight limit"
                    + " (a page " + PageWeight.kb(PageWeight.LIMIT) + " of HTML, CSS and JavaScript): "
                    + String.join("; ", over));
        }
        progress.accept(screenshots(site.toAbsolutePath().getParent().resolve(SCREENSHOTS)));
    }

    private static String screenshots(Path dir) throws IOException {
        long count = 0;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                count = files.filter(p -> p.toString().endsWith(".png")).count();
            }
        }
        return count > 0
                ? "screenshots (" + count + ", from the last ./build.sh test): " + dir
                : "screenshots: ./build.sh test writes them to " + dir;
    }
}
