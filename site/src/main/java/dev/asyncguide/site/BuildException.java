package dev.asyncguide.site;

/** A problem in the input (a page, a snippet, a language folder), told in
 *  one line that starts with {@code file:line:}. */
public final class BuildException extends RuntimeException {
    public BuildException(String message) {
        super(message, null, false, false);
    }
}
