package dev.asyncguide.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which file of a folder a request's path names, and never one outside
 * it. The path is decoded once, segment by segment; a segment that is
 * {@code .} or {@code ..}, hidden, empty, or that holds a slash, a
 * backslash or a NUL once decoded ({@code %2e%2e}, {@code %2f}, ...) names
 * nothing, and so does a malformed escape. What is left must be a regular
 * file whose real path (symbolic links followed) is still inside the
 * folder's real path. Raw bytes outside printable ASCII name nothing
 * (browsers escape them).
 */
final class SitePath {

    private SitePath() {}

    /** The file {@code rawPath} names under {@code root} (a folder stands
     *  for its index.html), or empty. */
    static Optional<Path> resolve(Path root, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        try {
            Path base = root.toRealPath();
            Path p = base;
            String[] parts = rawPath.substring(1).split("/", -1);
            boolean folder = false;
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isEmpty() && i == parts.length - 1) {
                    folder = true; // "/" or "/en/"
                    break;
                }
                String segment = decode(parts[i]);
                if (segment == null || segment.isEmpty() || segment.startsWith(".")
                        || segment.contains("/") || segment.contains("\\")
                        || segment.indexOf('\0') >= 0) {
                    return Optional.empty();
                }
                p = p.resolve(segment);
            }
            p = p.normalize();
            if (!p.startsWith(base)) {
                return Optional.empty();
            }
            if (Files.isDirectory(p)) {
                p = p.resolve("index.html");
            } else if (folder) {
                return Optional.empty();
            }
            if (!Files.isRegularFile(p)) {
                return Optional.empty();
            }
            Path real = p.toRealPath();
            return real.startsWith(base) ? Optional.of(real) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** %XX escapes to UTF-8 text; null when malformed. */
    static String decode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c <= 0x20 || c >= 0x7f) {
                return null; // browsers escape these; anything else is not a path
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
