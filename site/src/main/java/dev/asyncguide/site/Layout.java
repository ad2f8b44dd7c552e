package dev.asyncguide.site;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** The theme's Mustache templates (site/theme/*.mustache). */
public final class Layout {

    private final DefaultMustacheFactory factory;

    public Layout(Path themeDir) {
        this.factory = new DefaultMustacheFactory(themeDir.toFile());
    }

    public String render(String template, Map<String, Object> model) {
        Mustache m = factory.compile(template + ".mustache");
        StringWriter w = new StringWriter();
        try {
            m.execute(w, model).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
