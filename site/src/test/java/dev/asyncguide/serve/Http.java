package dev.asyncguide.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bare HTTP/1.1 client over a socket, for tests that must send exactly
 * the bytes they mean (a foreign Host, a raw {@code ..}, no Origin), and
 * read a run's answer line by line as it streams. Every answer is checked
 * for CORS headers: serve never sends one.
 */
final class Http implements AutoCloseable {

    /** A whole answer. */
    record Response(int status, Map<String, String> headers, String body) {}

    private final Socket socket;
    private final InputStream in;
    private Map<String, String> headers;
    private int status;
    private boolean chunked;
    private long chunkLeft;
    private boolean done;

    private Http(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(120_000);
        in = socket.getInputStream();
    }

    /** Sends {@code head} (the request line and headers, without the blank line) and a body. */
    static Http send(int port, String head, String body) throws IOException {
        Http h = new Http(port);
        byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String req = head + (b.length > 0 || head.startsWith("POST")
                ? "\r\nContent-Length: " + b.length : "") + "\r\n\r\n";
        h.socket.getOutputStream().write(req.getBytes(StandardCharsets.ISO_8859_1));
        h.socket.getOutputStream().write(b);
        h.socket.getOutputStream().flush();
        h.readHead();
        return h;
    }

    /** A request and its whole answer; the connection is closed after. */
    static Response exchange(int port, String head, String body) throws IOException {
        try (Http h = send(port, head + "\r\nConnection: close", body)) {
            return new Response(h.status, h.headers, h.rest());
        }
    }

    static Response get(int port, String path, String... headers) throws IOException {
        return exchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + lines(headers), null);
    }

    /** The head of a POST of a form to serve, from its own origin with its token. */
    static String post(int port, String path, String token, String... headers) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nOrigin: http://127.0.0.1:" + port
                + (token == null ? "" : "\r\n" + LiveServer.TOKEN_HEADER + ": " + token)
                + "\r\nContent-Type: application/x-www-form-urlencoded" + lines(headers);
    }

    static String form(Map<String, String> fields) {
        StringJoiner j = new StringJoiner("&");
        fields.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }

    private static String lines(String... headers) {
        StringBuilder sb = new StringBuilder();
        for (String h : headers) {
            sb.append("\r\n").append(h);
        }
        return sb.toString();
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    private void readHead() throws IOException {
        String statusLine = readLine();
        Matcher m = Pattern.compile("HTTP/1\\.[01] (\\d{3}).*").matcher(statusLine);
        assertTrue(m.matches(), "status line: " + statusLine);
        status = Integer.parseInt(m.group(1));
        headers = new LinkedHashMap<>();
        String line;
        while (!(line = readLine()).isEmpty()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        for (String name : headers.keySet()) {
            assertTrue(!name.startsWith("access-control-"), "a CORS header: " + name);
        }
        chunked = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"));
        chunkLeft = chunked ? 0 : Long.parseLong(headers.getOrDefault("content-length", "-1"));
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    /** One byte of the body, or -1 at its end. */
    private int bodyByte() throws IOException {
        if (done) {
            return -1;
        }
        if (chunked && chunkLeft == 0) {
            String size = readLine();
            if (size.isEmpty()) {
                size = readLine(); // the CRLF after the last chunk
            }
            chunkLeft = Long.parseLong(size.split(";")[0].strip(), 16);
            if (chunkLeft == 0) {
                done = true;
                return -1;
            }
        }
        if (!chunked && chunkLeft == 0) {
            done = true;
            return -1;
        }
        int c = in.read();
        if (c == -1) {
            done = true;
            return -1;
        }
        chunkLeft--;
        return c;
    }

    /** The next line of the body as it streams, or null at its end. */
    String nextLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = bodyByte()) != -1 && c != '\n') {
            b.write(c);
        }
        if (c == -1 && b.size() == 0) {
            return null;
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    /** The rest of the body. */
    String rest() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = bodyByte()) != -1) {
            b.write(c);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    // ---- runs ------------------------------------------------------------

    /** The value of a string field in a line of JSON (enough for serve's events). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}\\]]+)")
                .matcher(json);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2).replace("\\\"", "\"").replace("\\\\", "\\")
                : m.group(1);
    }

    /** Reads a run's lines until its end event; returns them all (pings left out). */
    static List<String> untilEnd(Http run) throws IOException {
        List<String> events = new ArrayList<>();
        String line;
        while ((line = run.nextLine()) != null) {
            if (!line.contains("\"type\":\"ping\"")) {
                events.add(line);
            }
            if (line.contains("\"type\":\"end\"")) {
                break;
            }
        }
        return events;
    }

    /** Alive and not a zombie: a killed process whose parent died too waits,
     *  dead, for an init that may never reap it (as in a container). */
    static boolean running(long pid) throws IOException {
        Path stat = Path.of("/proc/" + pid + "/stat");
        String s;
        try {
            s = Files.readString(stat);
        } catch (IOException e) {
            return false; // gone
        }
        return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
    }

    static void assertStatus(int expected, Response r) {
        assertEquals(expected, r.status(), r.body());
    }
}
