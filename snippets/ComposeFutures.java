///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION thenCompose, exceptionally, handle as await chains

import java.time.Duration;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ComposeFutures {

    static final ExecutorService VT =
            Executors.newVirtualThreadPerTaskExecutor();

    static void pause() {
        try {
            Thread.sleep(Duration.ofMillis(300));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // tag::main[]
    static CompletableFuture<String> fetchUser(int id) {
        return CompletableFuture.supplyAsync(() -> {
            pause();
            if (id < 0) {
                throw new NoSuchElementException("no user " + id);
            }
            return "user" + id;
        }, VT);
    }

    static CompletableFuture<String> fetchOrders(String user) {
        return CompletableFuture.supplyAsync(() -> {
            pause();
            return user + ": 2 orders";
        }, VT);
    }

    static CompletableFuture<String> ordersOf(int id) {
        return fetchUser(id).thenCompose(ComposeFutures::fetchOrders);
    }

    static Throwable cause(Throwable e) {
        return e instanceof CompletionException ? e.getCause() : e;
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        var plain = ordersOf(1);
        var fallback = ordersOf(-1).exceptionally(e -> "no orders");
        var good = ordersOf(2).handle((r, e) -> e == null
                ? "ok: " + r : "failed: " + cause(e).getMessage());
        var bad = ordersOf(-2).handle((r, e) -> e == null
                ? "ok: " + r : "failed: " + cause(e).getMessage());
        CompletableFuture.allOf(plain, fallback, good, bad).join();
        for (var f : new CompletableFuture<?>[] {
                plain, fallback, good, bad}) {
            System.out.println(f.join());
        }
        System.out.println("elapsed: " + since(start));
    }
    // end::main[]

    static String since(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
