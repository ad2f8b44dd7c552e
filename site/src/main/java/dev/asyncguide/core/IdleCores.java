package dev.asyncguide.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * How many of the machine's cores nothing else is using: the idle time of
 * all cores ({@code /proc/stat}) over a short while, plus what this JVM
 * itself used meanwhile ({@code /proc/self/stat}), which the caller is
 * about to hand over to its own work. Time taken by processes of lowered
 * priority ({@code nice}, e.g. a build's own snippet compiles at nice 5)
 * counts as idle too: what the caller starts at a higher priority takes
 * that time first. Two CPU hogs on 2 cores read about 0; an idle machine,
 * or one busy only with niced work, about 2. Empty where {@code /proc} is
 * missing.
 */
public final class IdleCores {

    private IdleCores() {}

    public static Optional<Double> sample(Duration over) throws InterruptedException {
        try {
            long[] before = ticks();
            Thread.sleep(over);
            long[] after = ticks();
            long total = after[0] - before[0];
            long free = after[1] - before[1] + after[2] - before[2];
            if (total <= 0) {
                return Optional.empty();
            }
            int cores = Runtime.getRuntime().availableProcessors();
            return Optional.of(Math.min(cores, (double) free / total * cores));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not Linux, or a /proc of another shape
        }
    }

    /** All cores' ticks, their free ticks (idle, iowait, niced), this process's. */
    private static long[] ticks() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst();
        long[] f = Arrays.stream(cpu.substring("cpu".length()).strip().split("\\s+"))
                .mapToLong(Long::parseLong).toArray();
        // user nice system idle iowait irq softirq steal (guest time is
        // counted in user already)
        long total = 0;
        for (int i = 0; i < Math.min(8, f.length); i++) {
            total += f[i];
        }
        String self = Files.readString(Path.of("/proc/self/stat"));
        String[] s = self.substring(self.lastIndexOf(')') + 2).split(" ");
        // utime and stime: fields 14 and 15 of the line, 12 and 13 here
        return new long[] {total, f[1] + f[3] + f[4],
                Long.parseLong(s[11]) + Long.parseLong(s[12])};
    }
}
