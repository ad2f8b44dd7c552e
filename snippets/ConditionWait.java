///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION asyncio.Condition as lock.newCondition(): wait until true

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class ConditionWait {

    // tag::main[]
    static final ReentrantLock lock = new ReentrantLock();
    static final Condition changed = lock.newCondition();
    static int level = 0;

    static void waitForLevel(int n) throws InterruptedException {
        lock.lock();
        try {
            while (level < n) { // cond.wait_for(lambda: level >= n)
                changed.await();
            }
            System.out.println("waiter " + n + " sees level " + level);
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws Exception {
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 3; n >= 1; n--) {
                int wanted = n;
                ex.submit(() -> {
                    waitForLevel(wanted);
                    return null;
                });
            }
            for (int step = 1; step <= 3; step++) {
                Thread.sleep(Duration.ofMillis(250));
                lock.lock();
                try {
                    level = step;
                    System.out.println("level " + level);
                    changed.signalAll(); // cond.notify_all()
                } finally {
                    lock.unlock();
                }
            }
        }
    }
    // end::main[]
}
