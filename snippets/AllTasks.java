///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION current_task and all_tasks: currentThread and a dump

import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

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

        var dumped = virtualThreadsInDump();
        System.out.println("virtual threads in the dump: "
                + (dumped.isEmpty() ? "none"
                        : String.join(", ", dumped)));
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
        collectVirtual(Json.parse(json), names);
        return names.stream().sorted().toList();
    }

    // every JSON object with "virtual": true is a virtual thread
    static void collectVirtual(Object node, List<String> names) {
        if (node instanceof Map<?, ?> object) {
            if (Boolean.TRUE.equals(object.get("virtual"))) {
                names.add((String) object.get("name"));
            }
            object.values().forEach(v -> collectVirtual(v, names));
        } else if (node instanceof List<?> array) {
            array.forEach(v -> collectVirtual(v, names));
        }
    }
    // end::main[]

    /** Just enough JSON: objects, arrays, strings, literals. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            return new Json(s).value();
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            if (c == '{') {
                var object = new LinkedHashMap<String, Object>();
                i++;
                while (!next('}')) {
                    next(',');
                    space();
                    String key = string();
                    space();
                    next(':');
                    object.put(key, value());
                }
                return object;
            }
            if (c == '[') {
                var array = new ArrayList<Object>();
                i++;
                while (!next(']')) {
                    next(',');
                    array.add(value());
                }
                return array;
            }
            if (c == '"') {
                return string();
            }
            int from = i;
            while (",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String word = s.substring(from, i);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> word;
            };
        }

        private boolean next(char c) {
            space();
            if (s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private void space() {
            while (Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private String string() {
            var out = new StringBuilder();
            i++; // the opening quote
            for (char c; (c = s.charAt(i++)) != '"'; ) {
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(
                                s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
            }
            return out.toString();
        }
    }
}
