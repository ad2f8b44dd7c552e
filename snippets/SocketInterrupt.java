///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION Interrupting a thread blocked reading a java.net.Socket

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

public class SocketInterrupt {

    // tag::main[]
    static String interruptRead(Thread.Builder builder)
            throws Exception {
        var loopback = InetAddress.getLoopbackAddress();
        try (var server = new ServerSocket(0, 1, loopback);
             var client = new Socket(loopback, server.getLocalPort());
             var peer = server.accept()) {
            var outcome = new CompletableFuture<String>();
            Thread reader = builder.start(() -> {
                try {
                    client.getInputStream().read(); // nothing comes
                    outcome.complete("read returned");
                } catch (IOException e) {
                    outcome.complete(e.getClass().getSimpleName());
                }
            });
            Thread.sleep(Duration.ofMillis(200)); // it is blocked
            reader.interrupt();
            reader.join(Duration.ofMillis(500));
            String first = reader.isAlive()
                    ? "still blocked" : outcome.join();
            String closed = "socket closed: " + client.isClosed();
            client.close(); // this releases any reader
            reader.join();
            return first + ", " + closed
                    + ", after close: " + outcome.join();
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("virtual thread interrupted: "
                + interruptRead(Thread.ofVirtual()));
        System.out.println("platform thread interrupted: "
                + interruptRead(Thread.ofPlatform()));
    }
    // end::main[]
}
