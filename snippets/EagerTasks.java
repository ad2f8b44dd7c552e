///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION eager_task_factory as supplyAsync on a direct executor

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

public class EagerTasks {

    // tag::main[]
    static final Map<String, Integer> CACHE = Map.of("a", 1);

    static int lookup(String key) {
        // a cache hit returns at once, like a coroutine with no await
        return CACHE.getOrDefault(key, 0);
    }

    public static void main(String[] args) throws Exception {
        try (var loop = Executors.newSingleThreadExecutor()) {
            // everything below runs on the loop thread, as in asyncio
            loop.submit(() -> {
                var lazy = CompletableFuture.supplyAsync(
                        () -> lookup("a"), loop);
                System.out.println("lazy: done at creation: "
                        + lazy.isDone());
                Executor direct = Runnable::run;
                var eager = CompletableFuture.supplyAsync(
                        () -> lookup("a"), direct);
                System.out.println("eager: done at creation: "
                        + eager.isDone());
                return eager.join();
            }).get();
        }
    }
    // end::main[]
}
