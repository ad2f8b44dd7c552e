///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION A Callable waits to be called; supplyAsync starts now

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

public class Coroutine {

    // tag::main[]
    static int returnZero() {
        System.out.println("return_zero() runs");
        return 0;
    }

    public static void main(String[] args) throws Exception {
        Callable<Integer> later = Coroutine::returnZero;
        System.out.println("created: " + later);
        System.out.println("calling it:");
        System.out.println("result: " + later.call());

        CompletableFuture<Integer> now =
                CompletableFuture.supplyAsync(Coroutine::returnZero);
        Thread.sleep(Duration.ofMillis(500));
        System.out.println("not joined yet: " + now);
        System.out.println("result: " + now.join());
    }
    // end::main[]
}
