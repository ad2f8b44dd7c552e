package dev.asyncguide.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * The frame of every command's main: runs it, and turns what went wrong
 * into one line on stderr and an exit code (1 bad content or a failed
 * write, 2 bad usage). Only a bug in this code shows a stack trace (exit 3).
 */
public final class Cli {

    /** A command's body. */
    public interface Body {
        int run() throws Exception;
    }

    private Cli() {}

    public static void main(Body body) {
        int exit;
        try {
            exit = body.run();
        } catch (Throwable t) {
            Diagnostic d = diagnose(t);
            if (d == null) {
                System.err.println("internal error (a bug in the generator): " + t);
                t.printStackTrace();
                exit = 3;
            } else {
                System.err.println((d.kind() == Diagnostic.Kind.USAGE ? "usage: " : "error: ")
                        + d.getMessage());
                exit = d.exitCode();
            }
        }
        System.out.flush();
        System.exit(exit);
    }

    /** The diagnostic a failure stands for, or null when it is a bug. */
    public static Diagnostic diagnose(Throwable t) {
        if (t instanceof UncheckedIOException u) {
            t = u.getCause();
        }
        if (t instanceof Diagnostic d) {
            return d;
        }
        if (t instanceof FileSystemException f && f.getFile() != null) {
            return Diagnostic.io(relative(Path.of(f.getFile())), ioWhat(f));
        }
        if (t instanceof IOException io) {
            return Diagnostic.io(Path.of("."), "I/O failure: " + io.getMessage());
        }
        return null;
    }

    private static String ioWhat(FileSystemException f) {
        String reason = f.getReason() != null ? f.getReason()
                : f instanceof AccessDeniedException ? "permission denied"
                : f instanceof NoSuchFileException ? "no such file or folder"
                : f instanceof NotDirectoryException ? "not a folder"
                : f instanceof FileAlreadyExistsException ? "a file is in the way"
                : f.getClass().getSimpleName();
        return "cannot read or write here: " + reason
                + (f.getOtherFile() != null ? " (" + f.getOtherFile() + ")" : "");
    }

    /** Paths under the working folder (the repository root) are shown relative. */
    static Path relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }
}
