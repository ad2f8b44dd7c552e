package dev.asyncguide.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the checker behind validator.w3.org/nu, from Maven
 * Central), run in-process: set up once (its schemas take a few seconds),
 * then every file is checked against the HTML living standard. Errors are
 * collected as {@code file:line:column: message}; warnings are ignored.
 */
final class HtmlChecker {

    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();
    private String current = "";

    HtmlChecker() throws Exception {
        // initialize the HTML serializer, do not load external entities,
        // do not guess the language (that only gives warnings)
        validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", new SystemErrErrorHandler());
        validator.setUpValidatorAndParsers(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                        + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        }, false, false);
    }

    /** The errors in one HTML file; {@code shown} names it in messages. */
    List<String> check(Path file, String shown) throws Exception {
        errors.clear();
        current = shown;
        validator.checkHtmlFile(file.toFile(), true);
        return List.copyOf(errors);
    }
}
