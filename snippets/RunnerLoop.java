///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION asyncio.Runner as one executor kept open for several runs

import java.util.concurrent.Executors;

public class RunnerLoop {

    // tag::main[]
    static Thread whichThread() throws InterruptedException {
        Thread.sleep(100);
        return Thread.currentThread();
    }

    public static void main(String[] args) throws Exception {
        Thread first;
        Thread second;
        var runner = Executors.newSingleThreadExecutor();
        try (runner) {
            first = runner.submit(RunnerLoop::whichThread).get();
            second = runner.submit(RunnerLoop::whichThread).get();
            System.out.println("same loop both runs: "
                    + (first == second ? "yes" : "no"));
            System.out.println("closed inside: "
                    + (runner.isShutdown() ? "yes" : "no"));
        }
        System.out.println("closed after: "
                + (runner.isTerminated() ? "yes" : "no"));
        Thread a;
        Thread b;
        try (var once = Executors.newSingleThreadExecutor()) {
            a = once.submit(RunnerLoop::whichThread).get();
        }
        try (var again = Executors.newSingleThreadExecutor()) {
            b = again.submit(RunnerLoop::whichThread).get();
        }
        System.out.println("two asyncio.run calls, same loop: "
                + (a == b ? "yes" : "no"));
    }
    // end::main[]
}
