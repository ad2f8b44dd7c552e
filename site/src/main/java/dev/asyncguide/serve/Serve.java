package dev.asyncguide.serve;

import dev.asyncguide.core.Cli;
import dev.asyncguide.core.Diagnostic;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * {@code ./build.sh serve [--port N]}: builds the site, serves it on
 * 127.0.0.1 for local reading and writing, and keeps it up to date while
 * docs/, snippets/ and the theme change; every runnable block gets Run,
 * Stop and Edit. Prints the address to open. For local use only: see
 * {@link LiveServer} for what keeps other web pages out, and the README
 * for what a public run service would need on top.
 */
public final class Serve implements AutoCloseable {

    /** The port when none is given. */
    public static final int DEFAULT_PORT = 8000;

    private final LiveSite site;
    private final Runs runs;
    private final LiveServer server;
    private final Watcher watcher;

    private Serve(LiveSite site, Runs runs, LiveServer server, Watcher watcher) {
        this.site = site;
        this.runs = runs;
        this.server = server;
        this.watcher = watcher;
    }

    /**
     * Builds the repository at {@code root} (a failed first build is
     * reported and waited on: the pages say why until it is fixed), starts
     * serving on {@code port} (0: any free one) and watching.
     */
    public static Serve start(Path root, int port, Consumer<String> log) throws IOException {
        root = root.toAbsolutePath().normalize();
        LiveSite site = new LiveSite(root, root.resolve("target/serve"), log);
        site.buildAll();
        Runs runs = new Runs(root, log);
        LiveServer server;
        try {
            server = LiveServer.start(site, runs, port, log);
        } catch (BindException e) {
            throw Diagnostic.usage("./build.sh serve: port " + port + " is taken ("
                    + e.getMessage() + "); choose another with --port N (0: any free port)");
        }
        Watcher watcher = new Watcher(root, site::update);
        return new Serve(site, runs, server, watcher);
    }

    /** The address to open. */
    public URI url() {
        return server.url();
    }

    LiveSite site() {
        return site;
    }

    Runs runs() {
        return runs;
    }

    LiveServer server() {
        return server;
    }

    /** Stops watching, kills every run's processes, stops serving. */
    @Override
    public void close() {
        watcher.close();
        server.close();
    }

    public static void main(String[] args) {
        Cli.main(() -> {
            int port = DEFAULT_PORT;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--port") && i + 1 < args.length
                        && args[i + 1].matches("\\d{1,5}")
                        && Integer.parseInt(args[i + 1]) <= 65535) {
                    port = Integer.parseInt(args[++i]);
                } else {
                    throw Diagnostic.usage("./build.sh serve [--port N] (N: 1-65535, or 0 for"
                            + " any free port; default " + DEFAULT_PORT + ")");
                }
            }
            Serve serve = start(Path.of(""), port, m -> {
                if (!m.startsWith("screenshots")) { // about ./build.sh test, not this
                    System.err.println("[serve] " + m);
                }
            });
            Runtime.getRuntime().addShutdownHook(new Thread(serve::close, "serve-stop"));
            System.err.println("[serve] watching docs/, snippets/ and site/theme/;"
                    + " local use only; Ctrl-C stops");
            System.out.println(serve.url());
            System.out.flush();
            Thread.currentThread().join();
            return 0;
        });
    }
}
