///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION A started thread lives without references; exit ends it

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

public class KeepReference {

    // tag::main[]
    static void waitForever() {
        try {
            new CountDownLatch(1).await(); // nobody can count it down
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void backgroundJob() {
        try {
            Thread.sleep(Duration.ofSeconds(10));
            System.out.println("background job: done");
        } catch (InterruptedException e) {
            System.out.println("background job: interrupted");
            Thread.currentThread().interrupt();
        } finally {
            System.out.println("background job: finally");
        }
    }

    public static void main(String[] args) throws Exception {
        var dropped = new WeakReference<>(
                Thread.ofVirtual().start(KeepReference::waitForever));
        Thread.sleep(Duration.ofMillis(100));
        System.gc();
        Thread thread = dropped.get();
        System.out.println("unreferenced thread alive: "
                + (thread != null && thread.isAlive()));
        thread = null;

        Thread.ofVirtual().start(KeepReference::backgroundJob);
        Thread.sleep(Duration.ofMillis(100));
        System.out.println("main returns");
    }
    // end::main[]
}
