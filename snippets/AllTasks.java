///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION current_task and all_tasks: currentThread and a dump

import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

public class AllTasks {

    // tag::main[]
    static void worker(CountDownLatch started, CountDownLatch done) {
        System.out.println("current: "
                + Thread.currentThread().getName());
        started.countDown();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("current: "
                + Thread.currentThread().getName());
        var started = new CountDownLatch(3);
        var done = new CountDownLatch(1);
        var workers = new ArrayList<Thread>();
        for (int i = 1; i <= 3; i++) {
            workers.add(Thread.ofVirtual().name("worker-" + i)
                    .start(() -> worker(started, done)));
        }
        started.await();

        System.out.println("virtual threads in the dump: "
                + String.join(", ", virtualThreadsInDump()));
        long seen = Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isVirtual).count();
        System.out.println("virtual in getAllStackTraces(): " + seen);

        done.countDown();
        for (Thread w : workers) {
            w.join();
        }
    }

    static List<String> virtualThreadsInDump() throws Exception {
        Path file = Files.createTempFile("threads", ".json");
        Path jcmd = Path.of(System.getProperty("java.home"),
                "bin", "jcmd");
        long pid = ProcessHandle.current().pid();
        int exit = new ProcessBuilder(jcmd.toString(),
                Long.toString(pid), "Thread.dump_to_file",
                "-format=json", "-overwrite", file.toString())
                .redirectOutput(Redirect.DISCARD)
                .start().waitFor();
        String json = Files.readString(file);
        Files.delete(file);
        if (exit != 0) {
            throw new IllegalStateException("jcmd exit " + exit);
        }
        var names = new ArrayList<String>();
        var m = Pattern.compile(
                "\"virtual\": true,\\s*\"name\": \"([^\"]*)\"")
                .matcher(json);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names.stream().sorted().toList();
    }
    // end::main[]
}
