///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION Echo server, a virtual thread per connection: 100 at once

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class EchoServer {

    // tag::main[]
    static void handle(Socket socket) throws Exception {
        try (socket; var in = reader(socket);
                var out = writer(socket)) {
            String line = in.readLine();
            Thread.sleep(Duration.ofMillis(500)); // a slow reply
            out.println(line);
        }
    }

    static void serve(ServerSocket server) {
        try (var connections =
                Executors.newVirtualThreadPerTaskExecutor()) {
            while (true) {
                Socket socket = server.accept();
                // execute, not submit: no future would report a failure
                connections.execute(() -> {
                    try {
                        handle(socket);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        System.err.println("connection failed: " + e);
                    }
                });
            }
        } catch (IOException e) {
            System.out.println("accept stopped: "
                    + e.getMessage());
        }
    }

    static String ask(int port, String text) throws IOException {
        var loopback = InetAddress.getLoopbackAddress();
        try (var socket = new Socket(loopback, port);
                var in = reader(socket); var out = writer(socket)) {
            out.println(text);
            return in.readLine();
        }
    }

    public static void main(String[] args) throws Exception {
        var loopback = InetAddress.getLoopbackAddress();
        try (var server = new ServerSocket(0, 200, loopback)) {
            int port = server.getLocalPort();
            Thread acceptor = Thread.ofVirtual()
                    .start(() -> serve(server));

            long start = System.nanoTime();
            var replies = new ArrayList<Future<String>>();
            try (var clients =
                    Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 100; i++) {
                    String text = "hello " + i;
                    replies.add(clients.submit(() -> ask(port, text)));
                }
            }
            int echoed = 0;
            for (int i = 0; i < 100; i++) {
                if (replies.get(i).get().equals("hello " + i)) {
                    echoed++;
                }
            }
            System.out.println("echoed: " + echoed + " of 100");
            System.out.println("elapsed: " + secondsSince(start));

            acceptor.interrupt();
            acceptor.join();
            System.out.println("server closed: " + server.isClosed());
        }
    }
    // end::main[]

    static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(
                socket.getInputStream(), StandardCharsets.UTF_8));
    }

    static PrintWriter writer(Socket socket) throws IOException {
        return new PrintWriter(
                socket.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
