package dev.asyncguide.translate;

/** A finding at a place in a file, shown as {@code file:line: message}. */
public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
