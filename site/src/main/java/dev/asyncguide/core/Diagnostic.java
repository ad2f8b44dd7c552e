package dev.asyncguide.core;

import java.nio.file.Path;

/**
 * The one way this project reports a problem: one line,
 * {@code path:line: what is wrong} ({@code path: what} for I/O failures,
 * which have no line). Thrown when a stage cannot go on; kept in lists
 * where a stage reports several findings (translation parity).
 * {@link Kind#USAGE} marks a wrong command line (exit 2); everything else
 * is bad content or a failed write (exit 1).
 */
public final class Diagnostic extends RuntimeException {

    public enum Kind { CONTENT, USAGE }

    private final String path;
    private final int line;
    private final String what;
    private final Kind kind;

    private Diagnostic(String path, int line, String what, Kind kind) {
        super(null, null, false, false); // the message is the whole story
        this.path = path;
        this.line = line;
        this.what = what;
        this.kind = kind;
    }

    /** A problem at a line of a file (a path as the reader sees it). */
    public static Diagnostic at(String path, int line, String what) {
        return new Diagnostic(path, Math.max(line, 1), what, Kind.CONTENT);
    }

    public static Diagnostic at(Path path, int line, String what) {
        return at(shown(path), line, what);
    }

    /** A file that cannot be read or written: no line to point at. */
    public static Diagnostic io(Path path, String what) {
        return new Diagnostic(shown(path), 0, what, Kind.CONTENT);
    }

    /** A wrong command line: {@code usage: ...}. */
    public static Diagnostic usage(String what) {
        return new Diagnostic("", 0, what, Kind.USAGE);
    }

    public String path() {
        return path;
    }

    /** 1-based; 0 when there is no line (I/O, usage). */
    public int line() {
        return line;
    }

    public String what() {
        return what;
    }

    public Kind kind() {
        return kind;
    }

    /** 1 for bad content, 2 for bad usage. */
    public int exitCode() {
        return kind == Kind.USAGE ? 2 : 1;
    }

    @Override
    public String getMessage() {
        if (kind == Kind.USAGE) {
            return what;
        }
        return line > 0 ? path + ":" + line + ": " + what : path + ": " + what;
    }

    @Override
    public String toString() {
        return getMessage();
    }

    /** A path with forward slashes, relative where it was given relative. */
    public static String shown(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }
}
