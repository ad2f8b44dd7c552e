package dev.asyncguide.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.site.Layout;
import dev.asyncguide.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The HTTP side of {@code serve}, on the JDK's own server. It serves the
 * last good site, adds to each HTML page it serves (never to the built
 * files) the run bars and the live-reload script, and answers that
 * script: runs, their output line by line, stop, and the build's news.
 *
 * <p>Local use only, and guarded so that no other web page can use it:
 * <ul>
 * <li>it listens on 127.0.0.1 only;</li>
 * <li>a request whose {@code Host} is not {@code 127.0.0.1:PORT} or
 * {@code localhost:PORT} is refused (DNS rebinding), and so is one whose
 * {@code Origin} is another origin;</li>
 * <li>runs and their news need a random token made at start, written
 * only into the pages it serves; runs and stops are POST requests with
 * the token in a header (which no form and no foreign script without a
 * CORS grant can send), and no response carries a CORS header;</li>
 * <li>files are read only from the site ({@link SitePath}); pages may not
 * be framed by other pages;</li>
 * <li>runs have their snippet's time limit and the output cap, at most
 * {@link Runs#AT_ONCE} at once, and are killed with all their processes
 * on Stop, at the time limit, when the page goes away, or when the server
 * stops.</li>
 * </ul>
 */
final class LiveServer implements AutoCloseable {

    /** Where serve's own pieces are, beside the site's pages. */
    static final String PREFIX = "/_serve/";
    /** The header that carries the token. */
    static final String TOKEN_HEADER = "X-Serve-Token";
    /** The most a request body may hold (a whole edited file, form-encoded). */
    static final int MAX_BODY = 1 << 20;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("java", "text/plain; charset=utf-8"),
            Map.entry("py", "text/plain; charset=utf-8"));

    private final LiveSite site;
    private final Runs runs;
    private final Path theme;
    private final HttpServer http;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final String token;
    private final int port;
    private final Set<String> hosts;
    private final Set<String> origins;
    private final List<BlockingQueue<String>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<String> log;
    private volatile boolean closed;

    private static final String BYE = "";

    private LiveServer(LiveSite site, Runs runs, HttpServer http, Consumer<String> log) {
        this.site = site;
        this.runs = runs;
        this.theme = site.root().resolve("site/theme");
        this.http = http;
        this.log = log;
        this.port = http.getAddress().getPort();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
    }

    /** Starts serving on 127.0.0.1:{@code port} (0: any free port). */
    static LiveServer start(LiveSite site, Runs runs, int port, Consumer<String> log)
            throws IOException {
        HttpServer http = HttpServer.create(
                new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        LiveServer s = new LiveServer(site, runs, http, log);
        http.createContext("/", s::handle);
        http.setExecutor(s.executor);
        site.listen(s.new News());
        http.start();
        return s;
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8000/}. */
    URI url() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    int port() {
        return port;
    }

    /** The address it listens on. */
    InetSocketAddress address() {
        return http.getAddress();
    }

    String token() {
        return token;
    }

    /** Stops every run (their processes killed), then the server. */
    @Override
    public void close() {
        closed = true;
        runs.close();
        listeners.forEach(q -> q.add(BYE));
        http.stop(1);
        executor.shutdownNow();
    }

    // ---- every request ---------------------------------------------------

    private void handle(HttpExchange ex) {
        try {
            Headers h = ex.getResponseHeaders();
            h.set("X-Content-Type-Options", "nosniff");
            h.set("X-Frame-Options", "DENY");
            h.set("Content-Security-Policy", "frame-ancestors 'none'");
            h.set("Referrer-Policy", "no-referrer");
            h.set("Cross-Origin-Resource-Policy", "same-origin");
            h.set("Cache-Control", "no-store");
            String path = ex.getRequestURI().getRawPath();
            Optional<String> refused = refusal(ex, path);
            if (refused.isPresent()) {
                log.accept("refused " + ex.getRequestMethod() + " " + path + ": " + refused.get());
                text(ex, 403, refused.get());
            } else if (path.startsWith(PREFIX)) {
                own(ex, path.substring(PREFIX.length()));
            } else {
                file(ex, path);
            }
        } catch (IOException e) {
            // the browser went away
        } catch (RuntimeException e) {
            log.accept("internal error on " + ex.getRequestURI() + ": " + e);
            try {
                text(ex, 500, "internal error: " + e);
            } catch (IOException ignored) {
                // gone
            }
        } finally {
            ex.close();
        }
    }

    /** Why a request is refused whatever it asks for: a foreign Host or Origin. */
    private Optional<String> refusal(HttpExchange ex, String path) {
        Headers r = ex.getRequestHeaders();
        List<String> host = r.get("Host");
        if (host == null || host.size() != 1
                || !hosts.contains(host.getFirst().toLowerCase(Locale.ROOT))) {
            return Optional.of("this server answers only to http://127.0.0.1:" + port
                    + "/ (Host " + (host == null ? "missing" : host) + ")");
        }
        List<String> origin = r.get("Origin");
        if (origin != null && (origin.size() != 1 || !origins.contains(origin.getFirst()))) {
            return Optional.of("requests from other origins are refused (Origin " + origin + ")");
        }
        String fetchSite = r.getFirst("Sec-Fetch-Site");
        if (path != null && path.startsWith(PREFIX) && fetchSite != null
                && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return Optional.of("requests from other sites are refused (" + fetchSite + ")");
        }
        return Optional.empty();
    }

    // ---- the site's files ------------------------------------------------

    private void file(HttpExchange ex, String path) throws IOException {
        if (!readOnly(ex)) {
            return;
        }
        Optional<Path> built = site.site();
        if (built.isEmpty()) { // the first build failed: a page that says why and waits
            if (path.equals("/") || path.endsWith(".html")) {
                send(ex, 503, TYPES.get("html"), page(null, path));
            } else {
                text(ex, 404, "not found (the site is not built yet)");
            }
            return;
        }
        Optional<Path> file = SitePath.resolve(built.get(), path);
        if (file.isEmpty()) {
            text(ex, 404, "not found");
            return;
        }
        String name = file.get().getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.getOrDefault(ext, "application/octet-stream");
        if (ext.equals("html")) {
            send(ex, 200, type, page(file.get(), path));
        } else {
            send(ex, 200, type, Files.readAllBytes(file.get()));
        }
    }

    /** A page as served: the built file with serve's bar, overlay and script added. */
    private byte[] page(Path file, String path) throws IOException {
        Map<String, Map<String, String>> words = site.words();
        String lang = words.keySet().stream().filter(l -> path.startsWith("/" + l + "/"))
                .findFirst().orElse(words.isEmpty() ? "" : words.keySet().iterator().next());
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        model.put("ui", words.getOrDefault(lang, Map.of()));
        site.problem().ifPresent(p -> model.put("problem", p.getMessage()));
        Layout layout = new Layout(theme); // read afresh: the theme may have changed
        if (file == null) {
            return layout.render("live-waiting", model).getBytes(StandardCharsets.UTF_8);
        }
        Document doc = Jsoup.parse(Files.readString(file));
        doc.outputSettings().prettyPrint(false);
        doc.body().append(layout.render("live", model));
        return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    // ---- serve's own requests --------------------------------------------

    private void own(HttpExchange ex, String what) throws IOException {
        if (what.startsWith("live/")) { // the page script and its stylesheet
            if (!readOnly(ex)) {
                return;
            }
            Optional<Path> file = SitePath.resolve(theme.resolve("live"),
                    what.substring("live".length()));
            if (file.isEmpty()) {
                text(ex, 404, "not found");
                return;
            }
            String name = file.get().getFileName().toString();
            send(ex, 200, TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1),
                    "application/octet-stream"), Files.readAllBytes(file.get()));
            return;
        }
        switch (what) {
            case "events" -> events(ex);
            case "run" -> run(ex);
            case "stop" -> stop(ex);
            default -> text(ex, 404, "not found");
        }
    }

    private boolean readOnly(HttpExchange ex) throws IOException {
        String m = ex.getRequestMethod();
        if (m.equals("GET") || m.equals("HEAD")) {
            return true;
        }
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        text(ex, 405, m + " is not allowed here (GET or HEAD)");
        return false;
    }

    /** A POST with the token (header) from this origin; else answered and false. */
    private boolean allowedPost(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("POST")) {
            ex.getResponseHeaders().set("Allow", "POST");
            json(ex, 405, refusedBody("method", ex.getRequestMethod()
                    + " is not allowed here: runs are POST requests"));
            return false;
        }
        if (ex.getRequestHeaders().getFirst("Origin") == null) {
            json(ex, 403, refusedBody("origin", "a run needs the Origin of this server"));
            return false;
        }
        if (!tokenMatches(ex.getRequestHeaders().getFirst(TOKEN_HEADER))) {
            json(ex, 403, refusedBody("token", "a run needs this server's token (reload the page"
                    + " after restarting serve)"));
            return false;
        }
        return true;
    }

    private boolean tokenMatches(String given) {
        return given != null && MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** POST run: snippet=Gather, side=java|python, code (optional, the edited file). */
    private void run(HttpExchange ex) throws IOException {
        Map<String, String> form = postedForm(ex);
        if (form == null) {
            return;
        }
        Runs.Run run;
        try {
            run = runs.start(form.get("snippet"), form.get("side"),
                    Optional.ofNullable(form.get("code")));
        } catch (Runs.Refused r) {
            json(ex, r.status, refusedBody(r.code, r.getMessage()));
            return;
        }
        ex.getResponseHeaders().set("Content-Type", "application/x-ndjson; charset=utf-8");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        try {
            Map<String, Object> start = new LinkedHashMap<>();
            start.put("type", "start");
            start.put("id", run.id);
            start.put("file", Diagnostic.shown(run.file));
            start.put("edited", run.edited);
            line(out, Json.of(start));
            while (true) {
                Map<String, Object> e = run.events.poll(500, TimeUnit.MILLISECONDS);
                if (e == null) { // a closed page shows here: the write fails
                    line(out, "{\"type\":\"ping\"}");
                    continue;
                }
                line(out, Json.of(e));
                if ("end".equals(e.get("type"))) {
                    break;
                }
            }
        } catch (IOException e) {
            run.stop("the page went away");
        } catch (InterruptedException e) {
            run.stop("the server stopped");
        }
    }

    /** POST stop: id=... */
    private void stop(HttpExchange ex) throws IOException {
        Map<String, String> form = postedForm(ex);
        if (form == null) {
            return;
        }
        Optional<Runs.Run> run = runs.get(form.get("id"));
        if (run.isEmpty()) {
            json(ex, 404, refusedBody("unknown", "no such run going"));
            return;
        }
        run.get().stop(""); // the reader pressed Stop
        json(ex, 200, Json.of(Map.of("type", "stopping", "id", run.get().id)));
    }

    /** GET events?token=...: the build's news, as server-sent events. */
    private void events(HttpExchange ex) throws IOException {
        if (!readOnly(ex)) {
            return;
        }
        String query = ex.getRequestURI().getRawQuery();
        Map<String, String> params = query == null ? Map.of() : parse(query);
        if (params == null || !tokenMatches(params.get("token"))) {
            text(ex, 403, "the news need this server's token");
            return;
        }
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        listeners.add(queue);
        try {
            write(out, "retry: 1000\n\n");
            site.problem().ifPresent(p -> queue.add(problemEvent(p)));
            while (!closed) {
                String msg = queue.poll(10, TimeUnit.SECONDS);
                if (msg == BYE) {
                    break;
                }
                write(out, msg == null ? ": still here\n\n" : msg);
            }
        } catch (IOException | InterruptedException e) {
            // the page went away, or the server stops
        } finally {
            listeners.remove(queue);
        }
    }

    /** Passes the build's news to every open page. */
    private final class News implements LiveSite.Listener {
        @Override
        public void changed(LiveSite.Change change) {
            String msg = "event: reload\ndata: " + Json.of(Map.of("pages",
                    List.copyOf(change.pages()))) + "\n\n";
            listeners.forEach(q -> q.add(msg));
        }

        @Override
        public void failed(Diagnostic problem) {
            listeners.forEach(q -> q.add(problemEvent(problem)));
        }
    }

    private static String problemEvent(Diagnostic p) {
        return "event: problem\ndata: " + Json.of(Map.of("message", p.getMessage())) + "\n\n";
    }

    // ---- small helpers ---------------------------------------------------

    /** The form in the body of an allowed POST, or null when the request is
     *  refused, too big or malformed (answered). */
    private Map<String, String> postedForm(HttpExchange ex) throws IOException {
        if (!allowedPost(ex)) {
            return null;
        }
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded")) {
            json(ex, 415, refusedBody("bad-request", "send a form (application/x-www-form-urlencoded)"));
            return null;
        }
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            json(ex, 413, refusedBody("too-long", "the request is over " + MAX_BODY + " bytes"));
            return null;
        }
        Map<String, String> form = parse(new String(body, StandardCharsets.US_ASCII));
        if (form == null) {
            json(ex, 400, refusedBody("bad-request", "a malformed form"));
        }
        return form;
    }

    /** a=b&c=d, form-decoded; null when malformed. */
    static Map<String, String> parse(String query) {
        Map<String, String> m = new HashMap<>();
        try {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
                        StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1),
                        StandardCharsets.UTF_8);
                m.put(k, v);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return m;
    }

    private static String refusedBody(String code, String message) {
        return Json.of(Map.of("type", "refused", "code", code, "message", message));
    }

    private static void line(OutputStream out, String json) throws IOException {
        write(out, json + "\n");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void text(HttpExchange ex, int status, String message) throws IOException {
        send(ex, status, "text/plain; charset=utf-8",
                (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void json(HttpExchange ex, int status, String json) throws IOException {
        send(ex, status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
