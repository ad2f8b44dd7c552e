package dev.asyncguide.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the project's text files (pages, snippets, expectations, word
 *  lists) as UTF-8, and names the line of a byte that is not UTF-8. */
public final class SourceText {

    private SourceText() {}

    /** The whole file; a byte that is not UTF-8 is a {@link Diagnostic} at its line. */
    public static String read(Path file, String shown) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw Diagnostic.at(shown, line, String.format(
                    "byte 0x%02X is not UTF-8 (save the file as UTF-8)", bytes[at] & 0xff));
        }
        dec.flush(out);
        return out.flip().toString();
    }
}
