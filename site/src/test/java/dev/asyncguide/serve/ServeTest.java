package dev.asyncguide.serve;

import static dev.asyncguide.serve.Http.assertStatus;
import static dev.asyncguide.serve.Http.field;
import static dev.asyncguide.serve.Http.form;
import static dev.asyncguide.serve.Http.post;
import static dev.asyncguide.serve.Http.running;
import static dev.asyncguide.serve.Http.untilEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncguide.core.ProcessRunner;
import dev.asyncguide.translate.Fixture;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} on a small tree, in this JVM: its security, each point
 * with its test (loopback only; Host and Origin; the token; POST and no
 * CORS; files only from the site; time limit, output cap, a few runs at
 * once; every process of a run killed on Stop, at its time limit, when
 * the page goes away and when the server exits), and its verdicts.
 * Programs that must be killed are edited Python twins (quick to start),
 * with a child process each, so a whole tree is at stake.
 */
class ServeTest {

    @TempDir
    static Path dir;

    static Fixture f;
    static Serve serve;
    static int port;
    static String token;
    static final List<String> log = new CopyOnWriteArrayList<>();

    static final String NAP = """
            public class Nap {
                public static void main(String[] a) throws Exception {
                    Thread.sleep(200);
                    System.out.println("nap done");
                }
            }
            """;
    static final String NAP_PY = """
            import time
            time.sleep(0.2)
            print("nap done")
            """;

    /** An edited twin with a child process, printing ticks for a minute. */
    static final String TREE_PY = """
            import subprocess, time
            child = subprocess.Popen(["sleep", "120"])
            print("child", child.pid, flush=True)
            for i in range(1200):
                print("tick", i, flush=True)
                time.sleep(0.1)
            """;

    /**
     * An edited run that leaves two processes behind and runs on: a
     * double-forked sleep (its shell exits at once) and one in a session
     * of its own ({@code setsid}); it prints their pids, then ticks.
     */
    static final String LEAVES_JAVA = """
            public class Leave {
                public static void main(String[] a) throws Exception {
                    for (String c : new String[] {"", "setsid "}) {
                        var p = new ProcessBuilder("sh", "-c", c
                                + "sleep 7777 >/dev/null 2>&1 & echo $!").start();
                        String pid = new String(p.getInputStream().readAllBytes());
                        System.out.println("left " + pid.strip());
                    }
                    for (int i = 0; i < 1200; i++) {
                        System.out.println("tick " + i);
                        Thread.sleep(100);
                    }
                }
            }
            """;
    static final String LEAVES_PY = """
            import subprocess, time
            for c in ["", "setsid "]:
                pid = subprocess.run(["sh", "-c", c + "sleep 7777 >/dev/null 2>&1 & echo $!"],
                                     capture_output=True, text=True).stdout
                print("left", pid.strip(), flush=True)
            for i in range(1200):
                print("tick", i, flush=True)
                time.sleep(0.1)
            """;

    /** {@link #tree} and a snippet, Leave, with room to compile an edited copy. */
    static Fixture leavingTree(Path root) throws Exception {
        Fixture t = tree(root).withSnippet("Leave", """
                public class Leave {
                    public static void main(String[] a) {
                        System.out.println("left nothing");
                    }
                }
                """, "@timeout 30s\nleft nothing\n", "print('left nothing')\n");
        t.write("docs/ko/01-a.adoc", t.read("docs/ko/01-a.adoc") + """

                [source,java,snippet=Leave]
                ----
                include::../../snippets/Leave.java[]
                ----
                """);
        return t;
    }

    /** A small tree with one snippet, Nap, on a page in Korean. */
    static Fixture tree(Path root) throws Exception {
        Fixture t = Fixture.twoLanguages(root).withSiteFiles().withJbang()
                .withSnippet("Nap", NAP, "@timeout 5s\nnap done\n", NAP_PY);
        t.write("docs/ko/01-a.adoc", t.read("docs/ko/01-a.adoc") + """

                [source,python,original-of=Nap]
                ----
                include::../../snippets/python/nap.py[]
                ----

                [source,java,snippet=Nap]
                ----
                include::../../snippets/Nap.java[]
                ----
                """);
        return t;
    }

    @BeforeAll
    static void start() throws Exception {
        f = leavingTree(dir.resolve("tree"));
        serve = Serve.start(f.root, 0, m -> {
            log.add(m);
            System.out.println("[serve] " + m);
        });
        port = serve.server().port();
        token = serve.server().token();
        assertTrue(serve.site().site().isPresent(), "the first build failed: "
                + serve.site().problem());
    }

    @AfterAll
    static void stop() {
        if (serve != null) {
            serve.close();
        }
    }

    @AfterEach
    void noRunLeftGoing() throws Exception {
        serve.runs().live().forEach(r -> r.stop("test over"));
        assertTrue(serve.runs().idle(Duration.ofSeconds(30)), "runs still going");
    }

    // ---- helpers -----------------------------------------------------------

    static Http run(String side, String code) throws IOException {
        return run("Nap", side, code);
    }

    static Http run(String snippet, String side, String code) throws IOException {
        Map<String, String> fields = new HashMap<>(Map.of("snippet", snippet, "side", side));
        if (code != null) {
            fields.put("code", code);
        }
        return Http.send(port, post(port, "/_serve/run", token), form(fields));
    }

    /** Reads a run until {@code prefix} starts a printed line; returns that text. */
    static String lineStarting(Http run, String prefix) throws IOException {
        String line;
        while ((line = run.nextLine()) != null) {
            if (line.contains("\"type\":\"end\"")) {
                throw new AssertionError("the run ended first: " + line);
            }
            String text = field(line, "text");
            if (text != null && text.startsWith(prefix)) {
                return text;
            }
        }
        throw new AssertionError("the run's answer ended without " + prefix);
    }

    /** Every process of the run going now (there is one) and the child it printed. */
    static List<Long> treeOf(String childLine) {
        var runs = serve.runs().live();
        assertEquals(1, runs.size());
        List<Long> pids = new ArrayList<>(runs.getFirst().processes().stream()
                .map(ProcessHandle::pid).toList());
        pids.add(Long.parseLong(childLine.substring("child ".length()).strip()));
        for (long pid : pids) {
            assertTrue(isRunning(pid), "pid " + pid + " should be running");
        }
        assertTrue(pids.size() >= 2, "a tree: " + pids);
        return pids;
    }

    static boolean isRunning(long pid) {
        try {
            return running(pid);
        } catch (IOException e) {
            return false;
        }
    }

    /** The pids a {@link #LEAVES_JAVA} run printed, and every process of the run now. */
    static List<Long> leftBehind(Http run) throws IOException {
        List<Long> pids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            pids.add(Long.parseLong(lineStarting(run, "left ").substring(5).strip()));
        }
        lineStarting(run, "tick 3");
        var runs = serve.runs().live();
        assertEquals(1, runs.size());
        runs.getFirst().processes().forEach(h -> pids.add(h.pid()));
        for (long pid : pids) {
            assertTrue(isRunning(pid), "pid " + pid + " should be running");
        }
        return pids;
    }

    /** Within a few seconds, none of these processes runs (zombies are dead). */
    static void gone(List<Long> pids) throws InterruptedException {
        gone(pids, Duration.ofSeconds(10));
    }

    static void gone(List<Long> pids, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (pids.stream().anyMatch(ServeTest::isRunning) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertEquals(List.of(), pids.stream().filter(ServeTest::isRunning).toList(),
                "processes survived their run");
    }

    // ---- security -----------------------------------------------------------

    @Test
    void listensOnLoopbackOnly() throws Exception {
        InetSocketAddress bound = serve.server().address();
        assertEquals(InetAddress.getByName("127.0.0.1"), bound.getAddress());
        assertTrue(serve.url().toString().startsWith("http://127.0.0.1:" + port + "/"));
        // every other address of this machine refuses the connection
        int tried = 0;
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a.isLoopbackAddress() || !(a instanceof Inet4Address)) {
                    continue;
                }
                tried++;
                try (Socket s = new Socket()) {
                    assertThrows(ConnectException.class,
                            () -> s.connect(new InetSocketAddress(a, port), 2000),
                            "serve answered on " + a);
                }
            }
        }
        System.out.println("[serve] refused on " + tried + " other addresses of this machine");
        assertStatus(200, Http.get(port, "/ko/01-a.html"));
    }

    @Test
    void refusesAHostThatIsNotItsOwnLoopbackNameAndPort() throws Exception {
        for (String host : List.of("evil.example:" + port, "evil.example", "127.0.0.1:" + (port + 1),
                "127.0.0.1", "localhost.evil.example:" + port, "[::1]:" + port, "0.0.0.0:" + port)) {
            var r = Http.exchange(port, "GET /ko/01-a.html HTTP/1.1\r\nHost: " + host, null);
            assertStatus(403, r);
            assertFalse(r.body().contains("data-token"), "a page went to " + host);
        }
        assertStatus(403, Http.exchange(port, "GET /ko/01-a.html HTTP/1.0", null)); // no Host
        assertStatus(403, Http.exchange(port, "GET /ko/01-a.html HTTP/1.1\r\nHost: 127.0.0.1:"
                + port + "\r\nHost: evil.example:" + port, null));
        // a rebinding page cannot start a run either
        var r = Http.exchange(port, post(port, "/_serve/run", token).replace(
                "Host: 127.0.0.1:" + port, "Host: evil.example:" + port), form(Map.of(
                "snippet", "Nap", "side", "python")));
        assertStatus(403, r);
        assertTrue(serve.runs().live().isEmpty());
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port)) {
            assertStatus(200, Http.exchange(port, "GET /ko/01-a.html HTTP/1.1\r\nHost: " + host,
                    null));
        }
    }

    @Test
    void refusesAForeignOrigin() throws Exception {
        for (String origin : List.of("http://evil.example", "null", "http://127.0.0.1:" + (port + 1),
                "https://127.0.0.1:" + port, "http://localhost.evil.example:" + port)) {
            assertStatus(403, Http.get(port, "/ko/01-a.html", "Origin: " + origin));
            var r = Http.exchange(port, post(port, "/_serve/run", token)
                    .replace("Origin: http://127.0.0.1:" + port, "Origin: " + origin),
                    form(Map.of("snippet", "Nap", "side", "python")));
            assertStatus(403, r);
        }
        // no Origin at all: no browser sends a POST so
        var r = Http.exchange(port, post(port, "/_serve/run", token)
                .replace("\r\nOrigin: http://127.0.0.1:" + port, ""),
                form(Map.of("snippet", "Nap", "side", "python")));
        assertStatus(403, r);
        // a request the browser marks as coming from another site
        assertStatus(403, Http.get(port, "/_serve/events?token=" + token,
                "Sec-Fetch-Site: cross-site"));
        assertTrue(serve.runs().live().isEmpty(), "a foreign page started a run");
        assertStatus(200, Http.get(port, "/ko/01-a.html", "Origin: http://localhost:" + port));
    }

    @Test
    void runsNeedTheTokenThatOnlyItsServedPagesCarry() throws Exception {
        assertTrue(token.length() >= 43, "256 random bits: " + token);
        var page = Http.get(port, "/ko/01-a.html");
        assertStatus(200, page);
        Matcher m = Pattern.compile("data-token=\"([^\"]+)\"").matcher(page.body());
        assertTrue(m.find(), "the served page carries the token");
        assertEquals(token, m.group(1));
        // ... and nothing else: not the built files, not the scripts, not the news
        Path site = serve.site().site().orElseThrow();
        try (Stream<Path> files = Files.walk(f.root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains(token), "the token is in " + p);
            }
        }
        assertFalse(Files.readString(site.resolve("ko/01-a.html")).contains("live.js"),
                "the built page itself knows nothing of serve");
        for (String path : List.of("/_serve/live/live.js", "/_serve/live/live.css",
                "/assets/site.js", "/snippets/Nap.java")) {
            var r = Http.get(port, path);
            assertStatus(200, r);
            assertFalse(r.body().contains(token), path);
        }

        String body = form(Map.of("snippet", "Nap", "side", "python"));
        var none = Http.exchange(port, post(port, "/_serve/run", null), body);
        assertStatus(403, none);
        assertEquals("token", field(none.body(), "code"));
        var wrong = Http.exchange(port, post(port, "/_serve/run", token.substring(1) + "A"), body);
        assertStatus(403, wrong);
        var inQuery = Http.exchange(port, post(port, "/_serve/run?token=" + token, null), body);
        assertStatus(403, inQuery);
        assertStatus(403, Http.get(port, "/_serve/events"));
        assertStatus(403, Http.get(port, "/_serve/events?token=x" + token));
        assertTrue(serve.runs().live().isEmpty());

        try (Http ok = Http.send(port, post(port, "/_serve/run", token), body)) {
            assertEquals(200, ok.status());
            List<String> events = untilEnd(ok);
            assertEquals("passed", field(events.getLast(), "status"), events.toString());
        }
    }

    @Test
    void runsArePostRequestsAndNoAnswerCarriesACorsHeader() throws Exception {
        var get = Http.get(port, "/_serve/run?snippet=Nap&side=python&token=" + token);
        assertStatus(405, get);
        assertEquals("POST", get.headers().get("allow"));
        var preflight = Http.exchange(port, "OPTIONS /_serve/run HTTP/1.1\r\nHost: 127.0.0.1:"
                + port + "\r\nOrigin: http://127.0.0.1:" + port
                + "\r\nAccess-Control-Request-Method: POST"
                + "\r\nAccess-Control-Request-Headers: x-serve-token", null);
        assertStatus(405, preflight); // (Http fails on any Access-Control-* header)
        var stopByGet = Http.get(port, "/_serve/stop?id=x");
        assertStatus(405, stopByGet);
        var putPage = Http.exchange(port, "PUT /ko/01-a.html HTTP/1.1\r\nHost: 127.0.0.1:" + port,
                "x");
        assertStatus(405, putPage);
        // what every answer carries instead
        var page = Http.get(port, "/ko/01-a.html");
        assertEquals("DENY", page.headers().get("x-frame-options"));
        assertEquals("frame-ancestors 'none'", page.headers().get("content-security-policy"));
        assertEquals("nosniff", page.headers().get("x-content-type-options"));
        assertEquals("same-origin", page.headers().get("cross-origin-resource-policy"));
    }

    @Test
    void filesCannotBeReadFromOutsideTheSite() throws Exception {
        String secret = "secret-" + token.substring(0, 8);
        Files.writeString(f.path("secret.txt"), secret);
        Files.writeString(dir.resolve("secret.txt"), secret);
        Path site = serve.site().site().orElseThrow();
        Files.createSymbolicLink(site.resolve("ko/leak.txt"), f.path("secret.txt"));
        Files.createSymbolicLink(site.resolve("linked"), f.root);
        for (String path : List.of(
                "/../secret.txt", "/ko/../../secret.txt", "/../../secret.txt",
                "/%2e%2e/secret.txt", "/%2E%2E/%2E%2E/secret.txt", "/ko/%2e%2e%2f%2e%2e%2fsecret.txt",
                "/..%2fsecret.txt", "/..%5csecret.txt", "/ko/..%5c..%5csecret.txt",
                "/%252e%252e/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt",
                "/ko/leak.txt", "/linked/secret.txt", "/linked/",
                "/ko/01-a.html%00.txt", "/%00", "//secret.txt", "/ko//../../secret.txt",
                "/_serve/live/../../../../secret.txt", "/_serve/live/%2e%2e/%2e%2e/live.mustache",
                "/_serve/live/..%2flive.mustache", "/" + dir.resolve("secret.txt"),
                "/%c0%ae%c0%ae/secret.txt", "/.hidden", "/ko/01-a.html/")) {
            var r = Http.exchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port, null);
            assertTrue(r.status() == 404 || r.status() == 400, path + " gave " + r.status());
            assertFalse(r.body().contains(secret), path + " leaked the file");
        }
        // the absolute form of a request line is no way around it
        var absolute = Http.exchange(port, "GET http://127.0.0.1:" + port + "/../secret.txt HTTP/1.1"
                + "\r\nHost: 127.0.0.1:" + port, null);
        assertFalse(absolute.body().contains(secret));
        assertStatus(200, Http.get(port, "/ko/01-a.html"));
        assertStatus(200, Http.get(port, "/ko/"));
        assertStatus(200, Http.get(port, "/%6bo/01-a.html")); // an escaped letter is still that letter
    }

    // ---- runs: limits and the whole tree killed -------------------------------

    @Test
    void stopKillsTheWholeProcessTree() throws Exception {
        try (Http run = run("python", TREE_PY)) {
            assertEquals(200, run.status());
            String start = run.nextLine();
            String id = field(start, "id");
            List<Long> pids = treeOf(lineStarting(run, "child "));
            lineStarting(run, "tick 3"); // lines come while it runs
            var stop = Http.exchange(port, post(port, "/_serve/stop", token), form(Map.of("id", id)));
            assertStatus(200, stop);
            List<String> events = untilEnd(run);
            assertEquals("stopped", field(events.getLast(), "status"));
            gone(pids);
        }
    }

    @Test
    void aRunPastItsTimeLimitIsKilledWithItsTree() throws Exception {
        long start = System.nanoTime();
        try (Http run = run("python", TREE_PY)) {
            List<Long> pids = treeOf(lineStarting(run, "child "));
            List<String> events = untilEnd(run);
            String end = events.getLast();
            assertEquals("failed", field(end, "status"));
            assertTrue(end.contains("snippets/python/nap.py:1: still running after 5 s; killed"), end);
            gone(pids);
        }
        double took = (System.nanoTime() - start) / 1e9;
        assertTrue(took >= 4.9 && took < 30, "took " + took + " s with a 5 s limit");
    }

    @Test
    void stopKillsWhatAnEditedRunLeftBehind() throws Exception {
        try (Http run = run("Leave", "java", LEAVES_JAVA)) {
            String id = field(run.nextLine(), "id");
            List<Long> pids = leftBehind(run);
            assertStatus(200, Http.exchange(port, post(port, "/_serve/stop", token),
                    form(Map.of("id", id))));
            assertEquals("stopped", field(untilEnd(run).getLast(), "status"));
            gone(pids);
        }
    }

    @Test
    void closingThePageKillsWhatItsRunLeftBehind() throws Exception {
        List<Long> pids;
        try (Http run = run("Leave", "java", LEAVES_JAVA)) {
            pids = leftBehind(run);
        }
        gone(pids);
    }

    @Test
    void theTimeLimitKillsWhatARunLeftBehind() throws Exception {
        try (Http run = run("Nap", "python", LEAVES_PY)) {
            List<Long> pids = leftBehind(run);
            String end = untilEnd(run).getLast();
            assertTrue(end.contains("still running after 5 s; killed"), end);
            gone(pids);
        }
    }

    @Test
    void aRunPastTheOutputCapIsKilled() throws Exception {
        try (Http run = run("python", """
                import subprocess
                child = subprocess.Popen(["sleep", "120"])
                print("child", child.pid, flush=True)
                while True:
                    print("x" * 100)
                """)) {
            // the cap may be passed before the test looks: the child's pid is enough
            String child = lineStarting(run, "child ");
            List<Long> pids = List.of(Long.parseLong(child.substring("child ".length()).strip()));
            List<String> events = untilEnd(run);
            String end = events.getLast();
            assertTrue(end.contains("printed more than 64 KiB; killed"), end);
            assertTrue(events.size() < 64 * 1024 / 100 + 10, events.size() + " lines came");
            gone(pids);
        }
    }

    @Test
    void closingThePageKillsItsRun() throws Exception {
        List<Long> pids;
        try (Http run = run("python", TREE_PY)) {
            pids = treeOf(lineStarting(run, "child "));
        } // the socket closes, as when a tab is closed
        gone(pids);
        assertTrue(serve.runs().idle(Duration.ofSeconds(10)));
        assertTrue(log.stream().anyMatch(m -> m.contains("stopped (the page went away)")),
                log.toString());
    }

    @Test
    void onlyAFewRunsAtOnceAndMoreAreRefusedClearly() throws Exception {
        List<Http> going = new ArrayList<>();
        try {
            for (int i = 0; i < Runs.AT_ONCE; i++) {
                Http run = run("python", TREE_PY);
                going.add(run);
                assertEquals(200, run.status());
                lineStarting(run, "tick");
            }
            var refused = Http.exchange(port, post(port, "/_serve/run", token),
                    form(Map.of("snippet", "Nap", "side", "python")));
            assertStatus(429, refused);
            assertEquals("busy", field(refused.body(), "code"));
            assertTrue(field(refused.body(), "message").startsWith(Runs.AT_ONCE
                    + " runs are going already"), refused.body());
        } finally {
            for (Http h : going) {
                h.close();
            }
        }
        assertTrue(serve.runs().idle(Duration.ofSeconds(10)), "runs survived their pages");
        try (Http again = run("python", null)) {
            assertEquals("passed", field(untilEnd(again).getLast(), "status"));
        }
    }

    /** ./build.sh serve as its own JVM on tree {@code t} (reusing this
     *  class's captured runs), its stderr in {@code other}/serve.err. */
    private Process startServe(Fixture t, Path other) throws Exception {
        dev.asyncguide.site.SiteBuilder.copyTree(f.path("target/snippet-runs"),
                t.path("target/snippet-runs"));
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-cp",
                System.getProperty("java.class.path"), Serve.class.getName(), "--port", "0");
        return new ProcessBuilder(cmd).directory(t.root.toFile())
                .redirectError(other.resolve("serve.err").toFile()).start();
    }

    /** The port of a started serve: its first line is its address. */
    private static int port(Process server, Path other) throws Exception {
        var out = new java.io.BufferedReader(new java.io.InputStreamReader(
                server.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        String url = out.readLine();
        assertTrue(url != null && url.matches("http://127\\.0\\.0\\.1:\\d+/"),
                url + "\n" + Files.readString(other.resolve("serve.err")));
        return Integer.parseInt(url.replaceAll(".*:(\\d+)/", "$1"));
    }

    /** The run token written into a served page (group 1). */
    private static Matcher token(int port) throws Exception {
        Matcher m = Pattern.compile("data-token=\"([^\"]+)\"")
                .matcher(Http.get(port, "/ko/01-a.html").body());
        assertTrue(m.find());
        return m;
    }

    @Test
    void theServerExitingKillsEveryRun(@TempDir Path other) throws Exception {
        Fixture t = tree(other.resolve("tree"));
        Process server = startServe(t, other);
        try {
            int p = port(server, other);
            Matcher m = token(p);
            List<Long> pids = new ArrayList<>();
            try (Http run = Http.send(p, post(p, "/_serve/run", m.group(1)), form(Map.of(
                    "snippet", "Nap", "side", "python", "code", TREE_PY)))) {
                String child = lineStarting(run, "child ");
                pids.add(Long.parseLong(child.substring(6).strip()));
                server.descendants().forEach(h -> pids.add(h.pid()));
                assertTrue(pids.size() >= 2, pids.toString());
                server.destroy(); // SIGTERM, as Ctrl-C or a closed terminal
                assertTrue(server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            gone(pids);
        } finally {
            ProcessRunner.killTree(server);
        }
    }

    /** SIGKILL leaves the server no word: each run's leader hears of its
     *  death (a parent-death signal) and takes its family along. */
    @Test
    void killingTheServerOutrightKillsEveryRunWithin5Seconds(@TempDir Path other)
            throws Exception {
        Fixture t = leavingTree(other.resolve("tree"));
        Process server = startServe(t, other);
        try {
            int p = port(server, other);
            Matcher m = token(p);
            List<Long> pids = new ArrayList<>();
            List<Http> runs = new ArrayList<>();
            try {
                for (String side : List.of("java", "python")) {
                    Http run = Http.send(p, post(p, "/_serve/run", m.group(1)), form(Map.of(
                            "snippet", "Leave", "side", side, "code",
                            side.equals("java") ? LEAVES_JAVA : LEAVES_PY)));
                    runs.add(run);
                    for (int i = 0; i < 2; i++) {
                        pids.add(Long.parseLong(lineStarting(run, "left ").substring(5).strip()));
                    }
                    lineStarting(run, "tick 3");
                }
                server.descendants().forEach(h -> pids.add(h.pid()));
                assertTrue(pids.size() >= 8, pids.toString());
                server.destroyForcibly(); // SIGKILL: no shutdown hook runs
                assertTrue(server.waitFor(10, java.util.concurrent.TimeUnit.SECONDS));
                gone(pids, Duration.ofSeconds(5));
            } finally {
                for (Http run : runs) {
                    run.close();
                }
            }
        } finally {
            ProcessRunner.killTree(server);
        }
    }

    @Test
    void aFirstBuildThatFailsIsShownUntilItIsFixed(@TempDir Path other) throws Exception {
        Fixture t = Fixture.twoLanguages(other.resolve("tree")).withSiteFiles();
        String page = t.read("docs/en/index.adoc");
        t.write("docs/en/index.adoc", page + "\ninclude::missing.adoc[]\n");
        try (Serve broken = Serve.start(t.root, 0, m -> System.out.println("[broken] " + m))) {
            int p = broken.server().port();
            assertTrue(broken.site().site().isEmpty());
            var r = Http.get(p, "/en/index.html");
            assertStatus(503, r);
            assertTrue(r.body().contains("docs/en/index.adoc:5: include file not found:"
                    + " docs/en/missing.adoc"), r.body());
            assertTrue(r.body().contains("/_serve/live/live.js"), "it reloads once fixed");
            assertStatus(404, Http.get(p, "/assets/style.css"));
            t.write("docs/en/index.adoc", page); // the watcher builds again
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (broken.site().site().isEmpty() && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertStatus(200, Http.get(p, "/en/index.html"));
            assertTrue(broken.site().problem().isEmpty());
        }
    }

    // ---- verdicts and scratch copies ----------------------------------------

    @Test
    void aRunEndsWithTheVerdictOfItsExpectAndEditsNeverTouchSnippets() throws Exception {
        Map<String, String> before = new HashMap<>();
        try (Stream<Path> files = Files.walk(f.path("snippets"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                before.put(f.root.relativize(p).toString(), Files.readString(p));
            }
        }
        try (Http run = run("java", null)) {
            List<String> events = untilEnd(run);
            assertEquals("snippets/Nap.java", field(events.getFirst(), "file"));
            assertTrue(events.stream().anyMatch(e -> "nap done".equals(field(e, "text"))));
            assertEquals("passed", field(events.getLast(), "status"), events.toString());
            assertEquals("snippets/Nap.expect", field(events.getLast(), "expect"));
        }
        try (Http run = run("python", "print('nap undone')\n")) {
            List<String> events = untilEnd(run);
            assertEquals("true", field(events.getFirst(), "edited"));
            String end = events.getLast();
            assertEquals("failed", field(end, "status"));
            assertTrue(end.contains("snippets/Nap.expect:3: snippets/python/nap.py output line 1"
                    + " \\\"nap undone\\\": expected \\\"nap done\\\""), end);
        }
        String nap = f.read("snippets/Nap.java");
        int line = nap.substring(0, nap.indexOf("Thread.sleep(200);")).split("\n", -1).length;
        try (Http run = run("java", nap.replace("Thread.sleep(200);", "Thread.sleep(200)"))) {
            String end = untilEnd(run).getLast();
            assertEquals("failed", field(end, "status"));
            assertTrue(end.contains("snippets/Nap.java:" + line
                    + ": does not compile: ';' expected"), end);
        }
        var unknown = Http.exchange(port, post(port, "/_serve/run", token),
                form(Map.of("snippet", "../Nap", "side", "java")));
        assertStatus(404, unknown);
        Map<String, String> after = new HashMap<>();
        try (Stream<Path> files = Files.walk(f.path("snippets"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                after.put(f.root.relativize(p).toString(), Files.readString(p));
            }
        }
        assertEquals(before, after, "snippets/ changed");
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertNotEquals(true, tmp.anyMatch(p -> p.getFileName().toString()
                    .startsWith("asyncguide-run-") && Files.exists(p.resolve("nap.py"))),
                    "a scratch copy was left behind");
        }
    }
}
