///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION Async generators and comprehensions as lazy Streams

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Gatherers;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class AsyncGenerators {

    // tag::main[]
    static void pause(int millis) {
        try {
            Thread.sleep(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // an async generator: each value comes after a wait
    static Stream<Integer> ticks(int n) {
        return IntStream.range(0, n).boxed()
                .peek(i -> pause(200));
    }

    static int square(int x) {
        pause(200);
        return x * x;
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        // [i * i async for i in ticks(3)]
        var squares = ticks(3).map(i -> i * i).toList();
        System.out.println("async comprehension: " + squares);
        System.out.println("generator elapsed: " + since(start));

        start = System.nanoTime();
        // [await square(i) for i in range(3)]: one after another
        var awaited = Stream.of(0, 1, 2)
                .map(AsyncGenerators::square).toList();
        System.out.println("awaited in a comprehension: " + awaited);
        System.out.println("one by one elapsed: " + since(start));

        // warm up (first virtual thread, class loading), then time
        Stream.of(0).gather(Gatherers.mapConcurrent(1, i -> i))
                .toList();
        start = System.nanoTime();
        // gather(*(square(i) for i in range(3))): at once
        List<Integer> gathered = Stream.of(0, 1, 2)
                .gather(Gatherers.mapConcurrent(3,
                        AsyncGenerators::square))
                .toList();
        System.out.println("gathered: " + gathered);
        System.out.println("gathered elapsed: " + since(start));
    }
    // end::main[]

    static String since(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
