///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION Three 1-second HTTP calls: 3 s in turn, 1 s at once

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class IoBound {

    // tag::main[]
    static String get(HttpClient client, URI uri) throws Exception {
        var request = HttpRequest.newBuilder(uri).build();
        return client.send(request, BodyHandlers.ofString()).body();
    }

    public static void main(String[] args) throws Exception {
        var handlers = Executors.newVirtualThreadPerTaskExecutor();
        HttpServer server = startServer(handlers);
        int port = server.getAddress().getPort();
        String base = "http://127.0.0.1:" + port;
        URI slow = URI.create(base + "/slow");
        try (var client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build()) {
            get(client, URI.create(base + "/fast")); // warm up

            long start = System.nanoTime();
            for (int i = 1; i <= 3; i++) {
                System.out.println("call " + i + ": "
                        + get(client, slow));
            }
            System.out.println("sequential elapsed: "
                    + secondsSince(start));

            start = System.nanoTime();
            var calls = new ArrayList<Future<String>>();
            try (var ex =
                    Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 1; i <= 3; i++) {
                    calls.add(ex.submit(() -> get(client, slow)));
                }
                for (int i = 1; i <= 3; i++) {
                    System.out.println("call " + i + ": "
                            + calls.get(i - 1).get());
                }
            }
            System.out.println("concurrent elapsed: "
                    + secondsSince(start));
        } finally {
            server.stop(0);
            handlers.close();
        }
    }
    // end::main[]

    // tag::server[]
    static HttpServer startServer(ExecutorService handlers)
            throws IOException {
        var server = HttpServer.create(
                new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(handlers); // main closes it
        server.createContext("/slow",
                e -> answer(e, Duration.ofSeconds(1)));
        server.createContext("/fast", e -> answer(e, Duration.ZERO));
        server.start();
        return server;
    }

    static void answer(HttpExchange exchange, Duration delay)
            throws IOException {
        try {
            Thread.sleep(delay); // a slow database or API
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
    // end::server[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
