///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION await is a plain blocking call inside a virtual thread

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.FutureTask;

public class Await {

    // tag::main[]
    static int returnZero() throws InterruptedException {
        Thread.sleep(Duration.ofSeconds(1));
        return 0;
    }

    static int asyncMain() throws InterruptedException {
        boolean virtual = Thread.currentThread().isVirtual();
        System.out.println("main on a virtual thread: " + virtual);
        long start = System.nanoTime();
        int result = returnZero(); // await return_zero()
        System.out.println("return_zero() returned " + result);
        System.out.println("elapsed: " + secondsSince(start));
        return result;
    }

    public static void main(String[] args) throws Exception {
        var main = new FutureTask<>(Await::asyncMain);
        Thread.ofVirtual().start(main);
        System.out.println("main() returned " + main.get());
    }
    // end::main[]

    static String secondsSince(long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f", secs) + "s";
    }
}
