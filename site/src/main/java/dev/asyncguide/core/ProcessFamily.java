package dev.asyncguide.core;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Keeps every process a run starts inside the run, with what Linux gives
 * (bash's job control, util-linux {@code setpriv}, {@code prctl} and
 * {@code kill} through the FFM API):
 * <ul>
 * <li>each run is a process group of its own, started by a small
 *     {@code bash} leader as a job ({@code set -m}); killing the group kills
 *     every process that stayed in it, double-forked ones included. Not a
 *     session of its own: Linux shares the CPU between sessions first
 *     (autogroups), so a run in its own session would get as much CPU as
 *     everything else on the machine together, and none of the runs'
 *     CPU priorities ({@code nice}) would count against the others';
 * <li>every process of a run carries a variable naming the run
 *     ({@value #MARK}); one that left the group ({@code setsid}) is found
 *     by it in /proc;
 * <li>this JVM is a child subreaper: a process whose parent died comes
 *     back to it instead of to init, and one outside this JVM's process
 *     group that it did not start itself is an orphan of a run;
 * <li>the leader has a parent-death signal: when this JVM dies, even by
 *     SIGKILL, it kills its job's group and every process carrying its
 *     mark. The signal follows the <em>thread</em> that forked it, so
 *     every process starts from one platform thread that lives as long as
 *     the JVM (a virtual thread's carrier may end at any time).
 * </ul>
 * Where a mechanism is missing (not Linux, no bash or util-linux) the run
 * starts plainly and is killed process by process; that is said once.
 */
public final class ProcessFamily {

    /** The environment variable that names a run's family. */
    public static final String MARK = "ASYNCGUIDE_RUN";

    /** The leader: starts the program as a job, a process group of its
     *  own (job control on only for that, so bash prints no job notices),
     *  and kills that group and every process carrying the mark when the
     *  JVM dies (SIGTERM from the parent-death signal); else waits for the
     *  program and passes on its exit code. */
    private static final String LEADER = """
            trap 'kill -9 -- -$job $(grep -lsxz "%1$s=$%1$s" /proc/[0-9]*/environ \
            | sed "s,^/proc/\\([0-9]*\\)/.*,\\1," | grep -vx $$) 2>/dev/null; exit 143' TERM HUP
            set -m
            "$@" &
            job=$!
            set +m
            wait $job
            """.formatted(MARK);

    private static final String PREFIX = HexFormat.of().toHexDigits(
            ProcessHandle.current().pid()) + HexFormat.of().toHexDigits(System.nanoTime());
    private static final AtomicLong SERIAL = new AtomicLong();
    private static final boolean LINUX = Files.isDirectory(Path.of("/proc/self/task"));
    private static final boolean CONTAINED = LINUX && onPath("setpriv") && onPath("bash");
    private static final boolean SUBREAPER;
    /** Processes this JVM started and has not reaped yet: never orphans. */
    private static final Set<Long> STARTED = ConcurrentHashMap.newKeySet();
    /** The marks of runs not over yet: their processes are no orphans. */
    private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();
    private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("process-launcher").daemon().factory());

    private static final int PR_SET_CHILD_SUBREAPER = 36;
    private static final int SIGKILL = 9;
    private static final int WNOHANG = 1;

    private static final MethodHandle KILL;
    private static final MethodHandle WAITPID;

    static {
        MethodHandle kill = null;
        MethodHandle waitpid = null;
        boolean subreaper = false;
        if (LINUX) {
            try {
                Linker linker = Linker.nativeLinker();
                var libc = linker.defaultLookup();
                kill = linker.downcallHandle(libc.find("kill").orElseThrow(),
                        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
                waitpid = linker.downcallHandle(libc.find("waitpid").orElseThrow(),
                        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
                MethodHandle prctl = linker.downcallHandle(libc.find("prctl").orElseThrow(),
                        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG),
                        Linker.Option.firstVariadicArg(1));
                subreaper = (int) prctl.invokeExact(PR_SET_CHILD_SUBREAPER, 1L) == 0;
            } catch (Throwable e) {
                kill = null;
                waitpid = null;
            }
        }
        KILL = kill;
        WAITPID = waitpid;
        SUBREAPER = subreaper;
        List<String> missing = new ArrayList<>();
        if (!CONTAINED) {
            missing.add("no process group of its own and no parent-death signal"
                    + " (bash and util-linux setpriv on Linux)");
        }
        if (!SUBREAPER) {
            missing.add("orphans not brought back (prctl PR_SET_CHILD_SUBREAPER through the"
                    + " FFM API; --enable-native-access)");
        }
        if (!missing.isEmpty()) {
            System.err.println("note: a run's processes are killed one by one: "
                    + String.join("; ", missing) + "; a process a run leaves behind may"
                    + " outlive it");
        }
    }

    private ProcessFamily() {}

    /** A run's family: its leader and the mark its processes carry. */
    /** {@code cleared}: a kill found none of it left (a dead family
     *  cannot fork again, so a second kill has nothing to do). */
    public record Member(Process process, String mark, AtomicBoolean cleared) {}

    /**
     * Starts {@code pb}'s command as a family of its own (from the launcher
     * thread; the command is wrapped where containment is available).
     */
    public static Member start(ProcessBuilder pb) throws IOException {
        String mark = PREFIX + "-" + SERIAL.incrementAndGet();
        pb.environment().put(MARK, mark);
        if (CONTAINED) {
            List<String> cmd = new ArrayList<>(List.of("setpriv",
                    "--pdeathsig", "TERM", "bash", "-c", LEADER, "bash"));
            cmd.addAll(pb.command());
            pb.command(cmd);
        }
        LIVE.add(mark);
        try {
            Process p = LAUNCHER.submit(() -> {
                Process started = pb.start();
                STARTED.add(started.pid());
                return started;
            }).get();
            p.onExit().thenRun(() -> STARTED.remove(p.pid()));
            return new Member(p, mark, new AtomicBoolean());
        } catch (ExecutionException e) {
            LIVE.remove(mark);
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            LIVE.remove(mark);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting " + pb.command(), e);
        }
    }

    /**
     * Kills the whole family, and again while any of it is left (a process
     * may fork while it is being killed): the group, every process carrying
     * its mark, and the orphans that came back to this JVM from any run
     * that is over.
     */
    public static void kill(Member m) {
        if (m.cleared().get()) {
            return; // each read of /proc costs a few milliseconds per process run
        }
        long leader = m.process().pid();
        for (int round = 0; round < 100; round++) {
            Set<Long> groups = groups(leader, m.mark());
            groups.forEach(g -> signal(-g));
            m.process().descendants().forEach(ProcessHandle::destroyForcibly);
            // through its handle: Process.destroyForcibly would also close the
            // pipes, losing output not read yet from a run that ended by itself
            m.process().toHandle().destroyForcibly();
            List<Long> left = family(m.mark(), groups);
            left.forEach(ProcessFamily::signal);
            reapOrphans();
            if (left.isEmpty()) {
                m.cleared().set(true);
                LIVE.remove(m.mark());
                return;
            }
            sleepQuietly(20);
        }
        LIVE.remove(m.mark());
    }

    /** Live processes of a family: in one of its process groups (from
     *  {@link #groups}), carrying the mark, or orphans brought back to this
     *  JVM not of a live run. */
    private static List<Long> family(String mark, Set<Long> groups) {
        if (!LINUX) {
            return List.of();
        }
        byte[] wanted = (MARK + "=" + mark).getBytes(StandardCharsets.UTF_8);
        long self = ProcessHandle.current().pid();
        String group = stat(self).map(s -> s[2]).orElse("");
        List<Long> found = new ArrayList<>();
        for (long pid : pids()) {
            String[] s = stat(pid).orElse(null);
            if (s == null || s[0].equals("Z") || pid == self) {
                continue;
            }
            String env = environ(pid);
            boolean ours = groups.contains(Long.parseLong(s[2]))
                    || contains(env, wanted)
                    || (SUBREAPER && Long.parseLong(s[1]) == self && !s[2].equals(group)
                        && !STARTED.contains(pid) && LIVE.stream().noneMatch(l ->
                                contains(env, (MARK + "=" + l).getBytes(StandardCharsets.UTF_8))));
            if (ours) {
                found.add(pid);
            }
        }
        return found;
    }

    /** A family's process groups: its job's (the leader's child leads it)
     *  and those of its marked processes; never this JVM's own. */
    private static Set<Long> groups(long leader, String mark) {
        if (!CONTAINED) {
            return Set.of();
        }
        byte[] wanted = (MARK + "=" + mark).getBytes(StandardCharsets.UTF_8);
        String own = stat(ProcessHandle.current().pid()).map(s -> s[2]).orElse("");
        Set<Long> groups = new HashSet<>();
        for (long pid : pids()) {
            String[] s = stat(pid).orElse(null);
            if (s != null && !s[2].equals(own) && (Long.parseLong(s[1]) == leader
                    || contains(environ(pid), wanted))) {
                groups.add(Long.parseLong(s[2]));
            }
        }
        return groups;
    }

    /** Processes (not zombies) whose environment carries {@code mark}. */
    public static List<Long> marked(String mark) {
        byte[] wanted = (MARK + "=" + mark).getBytes(StandardCharsets.UTF_8);
        return pids().stream().filter(pid -> !zombie(pid))
                .filter(pid -> contains(environ(pid), wanted)).toList();
    }

    /** Reaps dead orphans (the JVM waits only for processes it started);
     *  never one in this JVM's process group, which other code may have
     *  started. */
    private static void reapOrphans() {
        if (!SUBREAPER || WAITPID == null) {
            return;
        }
        long self = ProcessHandle.current().pid();
        String group = stat(self).map(s -> s[2]).orElse("");
        for (long pid : pids()) {
            String[] s = stat(pid).orElse(null);
            if (s != null && s[0].equals("Z") && Long.parseLong(s[1]) == self
                    && !s[2].equals(group) && !STARTED.contains(pid)) {
                try {
                    int unused = (int) WAITPID.invokeExact((int) pid, MemorySegment.NULL,
                            WNOHANG);
                } catch (Throwable e) {
                    // left a zombie: it holds nothing but its pid
                }
            }
        }
    }

    private static String environ(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid),
                    "environ")), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return ""; // gone, or not ours to read
        }
    }

    /** Whether this JVM adopts orphans (tests). */
    public static boolean subreaper() {
        return SUBREAPER;
    }

    /** Whether runs get a process group and parent-death signal (tests). */
    public static boolean contained() {
        return CONTAINED;
    }

    private static boolean signal(long pid) {
        if (KILL == null) {
            return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly)
                    .orElse(false);
        }
        try {
            return (int) KILL.invokeExact((int) pid, SIGKILL) == 0;
        } catch (Throwable e) {
            return false;
        }
    }

    /** State, ppid, pgrp, session of a process, from /proc/PID/stat. */
    private static Optional<String[]> stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return Optional.of(new String[] {f[0], f[1], f[2], f[3]});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean zombie(long pid) {
        return stat(pid).map(s -> s[0].equals("Z")).orElse(true);
    }

    private static List<Long> pids() {
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+"))
                    .map(Long::valueOf).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether a NUL-separated environment holds exactly this entry. */
    private static boolean contains(String env, byte[] entry) {
        String e = new String(entry, StandardCharsets.ISO_8859_1);
        return env.startsWith(e + "\0") || env.contains("\0" + e + "\0")
                || env.equals(e) || env.endsWith("\0" + e);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(":"))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
