package dev.asyncguide.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The idle cores the capture stage sizes its lanes by, on the real kernel. */
class IdleCoresTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void cpuHogsStartedElsewhereLeaveNoIdleCore() throws Exception {
        // each in a session of its own, like a program started elsewhere
        double idle = idleBesideAHogPerCore("setsid", "bash", "-c", "while :; do :; done");
        assertTrue(idle < 0.5, "hogs on all " + CORES + " cores, yet " + idle
                + " cores read idle");
    }

    @Test
    void nicedWorkCountsAsIdle() throws Exception {
        // like build.sh's snippet compiles (nice 5), which the runs outrank
        double idle = idleBesideAHogPerCore("nice", "-n", "5", "bash", "-c",
                "while :; do :; done");
        assertTrue(idle > CORES - 0.5, "niced hogs on all " + CORES + " cores, yet only "
                + idle + " cores read idle");
    }

    private static double idleBesideAHogPerCore(String... hog) throws Exception {
        List<Process> hogs = new ArrayList<>();
        try {
            for (int i = 0; i < CORES; i++) {
                hogs.add(new ProcessBuilder(hog).redirectErrorStream(true).start());
            }
            Thread.sleep(300); // until they spin
            return IdleCores.sample(Duration.ofMillis(500)).orElseThrow();
        } finally {
            for (Process p : hogs) {
                p.destroyForcibly().waitFor();
            }
        }
    }
}
