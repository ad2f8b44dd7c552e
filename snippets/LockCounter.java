///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION asyncio.Lock as a ReentrantLock: no lost updates

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

public class LockCounter {

    // tag::main[]
    static final int TASKS = 10;
    static final int TIMES = 1_000;

    static int counter;
    static final ReentrantLock lock = new ReentrantLock();

    static void add() {
        int value = counter;
        LockSupport.parkNanos(1); // gives way, like sleep(0)
        counter = value + 1;
    }

    static void lockedAdd() {
        lock.lock();
        try {
            add();
        } finally {
            lock.unlock();
        }
    }

    static void runTasks(Runnable add) {
        counter = 0;
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < TASKS; t++) {
                ex.submit(() -> {
                    for (int i = 0; i < TIMES; i++) {
                        add.run();
                    }
                });
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int expected = TASKS * TIMES;
        runTasks(LockCounter::add);
        System.out.println("unsafe counter: " + counter
                + " of " + expected);
        runTasks(LockCounter::lockedAdd);
        System.out.println("locked counter: " + counter
                + " of " + expected);

        lock.lock();
        try {
            boolean again = lock.tryLock(100, TimeUnit.MILLISECONDS);
            System.out.println("lock again while holding it: "
                    + (again ? "ok" : "timed out"));
            System.out.println("hold count: " + lock.getHoldCount());
            if (again) {
                lock.unlock();
            }
        } finally {
            lock.unlock();
        }
    }
    // end::main[]
}
