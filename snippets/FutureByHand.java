///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION A future completed by hand: CompletableFuture.complete

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

public class FutureByHand {

    static long start;

    // tag::main[]
    static void later(Runnable completion) {
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(Duration.ofMillis(500));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            completion.run();
        });
    }

    public static void main(String[] args) throws Exception {
        start = System.nanoTime();
        var answer = new CompletableFuture<Integer>();
        var failure = new CompletableFuture<Integer>();
        later(() -> answer.complete(42));
        later(() -> failure.completeExceptionally(
                new IllegalStateException("no answer")));
        System.out.println("done before: " + answer.isDone());
        System.out.println("result: " + answer.get());
        System.out.println("waited elapsed: " + since());
        try {
            failure.get();
        } catch (ExecutionException e) {
            System.out.println("failure: " + e.getCause().getMessage());
        }
        System.out.println("second complete: " + answer.complete(7));
        System.out.println("result stays: " + answer.get());
    }
    // end::main[]

    static String since() {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
