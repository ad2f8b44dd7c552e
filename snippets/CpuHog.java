///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//JAVA_OPTIONS -Djdk.virtualThreadScheduler.parallelism=1
//DESCRIPTION CPU work hogs its carrier; a platform pool frees it

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

public class CpuHog {

    // tag::main[]
    static void spin(Runnable eachTurn) {
        long end = System.nanoTime() + 500_000_000L; // 0.5 s of CPU
        while (System.nanoTime() < end) {
            eachTurn.run();
        }
    }

    // A real park gives the carrier away, like await asyncio.sleep(0);
    // Thread.yield() is only a hint, which JDK 25 ignores here.
    static void park() {
        LockSupport.parkNanos(1);
    }

    static volatile boolean busy;

    interface Work {
        void run() throws Exception;
    }

    static int ticksWhile(Work work) throws InterruptedException {
        var ticks = new AtomicInteger();
        busy = true;
        Thread heartbeat = Thread.ofVirtual().start(() -> {
            while (busy) {
                try {
                    Thread.sleep(Duration.ofMillis(100));
                } catch (InterruptedException e) {
                    return;
                }
                if (busy) {
                    ticks.incrementAndGet();
                }
            }
        });
        Thread worker = Thread.ofVirtual().start(() -> {
            try {
                work.run();
            } catch (Exception e) {
                throw new RuntimeException(e);
            } finally {
                busy = false;
            }
        });
        worker.join();
        heartbeat.join();
        return ticks.get();
    }

    public static void main(String[] args) throws Exception {
        System.out.println("ticks while spinning: "
                + ticksWhile(() -> spin(() -> {})));
        System.out.println("ticks while spinning with Thread.yield(): "
                + ticksWhile(() -> spin(Thread::yield)));
        System.out.println("ticks while giving way each turn: "
                + ticksWhile(() -> spin(CpuHog::park)));
        try (var pool = Executors.newFixedThreadPool(2)) {
            System.out.println("ticks while a pool spins: "
                    + ticksWhile(() -> pool.submit(
                            () -> spin(() -> {})).get()));
        }
    }
    // end::main[]
}
